import { TIERS, type Tier } from '../../../shared/domain/valuation/figures';
import { assess } from '../../backend/valuation/assess/assessment';
import { progressPrinter, type Command } from '../cliSupport';
import { assessmentMoment, exhibitionsToAssess, openWorkspace } from './valuationCli';

const pct = (v: number | null) => (v === null ? '—' : v.toFixed(3));
const n = (v: number) => v.toLocaleString('en');

export const assessCommand: Command = {
  name: 'assess',
  summary: 'assess customer value and rebooking probability, store a snapshot',
  usage: `Usage: exhibition-crm assess --db FILE [--exhibition ID] [--now YYYY-MM-DD] [--json]

Recomputes every figure of every relationship (customer × exhibition) and stores a dated
snapshot, as "Assess now" does in the app. Prints the relationships assessed, the tier counts
and the back-test of the rebooking prediction (ROC AUC beside the baseline "attended the
previous edition", Brier score, and whether the model beats the baseline).
  --db FILE          workspace file
  --exhibition ID    assess this exhibition only (default: every exhibition)
  --now YYYY-MM-DD   the assessment date (default: today)
  --json             print the result as JSON on stdout`,
  options: { db: { type: 'string' }, exhibition: { type: 'string' }, now: { type: 'string' } },
  async run(v, io) {
    const now = assessmentMoment(v.now);
    const db = openWorkspace(v.db, this.usage);
    try {
      const out = [];
      const lines: string[] = [];
      for (const x of exhibitionsToAssess(db, v.exhibition)) {
        const r = assess(db, { exhibitionId: x.id, now, reason: 'cli', progress: progressPrinter(io) });
        const tiers = Object.fromEntries(TIERS.map((t) => [t, 0])) as Record<Tier, number>;
        for (const f of r.figures) tiers[f.tier]++;
        const bt = r.snapshot!.model.backtest;
        const model = r.snapshot!.model;
        out.push({
          exhibitionId: x.id,
          exhibition: x.name,
          snapshotId: r.snapshot!.id,
          relationships: r.figures.length,
          tiers,
          model: { kind: model.kind, fallbackReason: model.fallbackReason, examples: model.examples },
          backtest: bt,
          ms: Math.round(r.ms),
        });
        const verdict = bt.beatsBaseline === null ? 'not comparable (one outcome only)' : bt.beatsBaseline ? 'beats the baseline' : 'does NOT beat the baseline';
        lines.push(
          `${x.name}: ${n(r.figures.length)} relationships assessed in ${(r.ms / 1000).toFixed(1)} s (snapshot ${r.snapshot!.id})`,
          `  tiers: ${TIERS.map((t) => `${t} ${n(tiers[t])}`).join(' · ')}`,
          bt.edition
            ? `  back-test on ${bt.edition.name}: AUC ${pct(bt.auc)} vs baseline ${pct(bt.baselineAuc)}, Brier ${pct(bt.brier)} — ${verdict}` +
                ` (${model.kind === 'logistic' ? 'logistic regression' : `fallback table: ${model.fallbackReason}`}, ${n(bt.trainExamples)} training examples)`
            : '  back-test: no closed edition to test on yet',
        );
      }
      io.result({ exhibitions: out }, lines.join('\n') || 'No exhibitions in this workspace.');
      return 0;
    } finally {
      db.close();
    }
  },
};

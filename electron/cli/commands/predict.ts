import { assess } from '../../backend/valuation/assess/assessment';
import type { Command } from '../cliSupport';
import { assessmentMoment, exhibitionsToAssess, openWorkspace } from './valuationCli';

export const predictCommand: Command = {
  name: 'predict',
  summary: "print each relationship's probability of taking part in the next edition",
  usage: `Usage: exhibition-crm predict --db FILE [--exhibition ID] [--now YYYY-MM-DD] [--json]

Trains the rebooking model on the workspace's history and prints, for every relationship
(customer × exhibition), the probability that it takes part in the exhibition's next
edition. Nothing is stored.
  --db FILE          workspace file
  --exhibition ID    this exhibition only (default: every exhibition)
  --now YYYY-MM-DD   the prediction date (default: today)
  --json             print [{customerId, exhibitionId, customerName, probability}] as JSON on stdout`,
  options: { db: { type: 'string' }, exhibition: { type: 'string' }, now: { type: 'string' } },
  async run(v, io) {
    const now = assessmentMoment(v.now);
    const db = openWorkspace(v.db, this.usage);
    try {
      const names = new Map(db.prepare('SELECT id, company_name FROM customers').raw().all() as [string, string][]);
      const rows: { customerId: string; exhibitionId: string; customerName: string; probability: number }[] = [];
      for (const x of exhibitionsToAssess(db, v.exhibition)) {
        const r = assess(db, { exhibitionId: x.id, now, reason: 'cli', store: false });
        for (const f of r.figures) {
          rows.push({ customerId: f.customerId, exhibitionId: x.id, customerName: names.get(f.customerId) ?? '', probability: Math.round(f.probability * 10_000) / 10_000 });
        }
      }
      io.result(rows, rows.map((r) => `${r.probability.toFixed(3)}  ${r.customerName}  (${r.customerId}, exhibition ${r.exhibitionId})`).join('\n'));
      return 0;
    } finally {
      db.close();
    }
  },
};

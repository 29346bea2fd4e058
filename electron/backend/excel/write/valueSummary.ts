/**
 * The Summary sheet of the value-assessment workbook: what was assessed, when, with which
 * settings, and the totals a manager reads first. Unfiltered, the totals are the ones stored
 * with the snapshot; with filters they are recomputed over the exported relationships only (one
 * extra pass over their figures) so the sheet agrees with the Customers sheet.
 */
import type { SnapshotInfo, SnapshotSummary, Totals } from '../../../../shared/api/valuation';
import { figureTotals, type FigureTotals } from '../../valuation/assess/snapshotSummary';
import { CUSTOMER_KINDS } from '../../../../shared/domain/customer';
import { STAGES } from '../../../../shared/domain/lifecycle';
import { QUADRANTS, TIERS, type RelationshipFigures } from '../../../../shared/domain/valuation/figures';
import { SCORE_COMPONENTS } from '../../../../shared/domain/valuation/settings';
import type { ExportColumnKind } from './columns';
import type { FreeCell } from './xlsxBook';
import type { WorkbookLabels } from './workbookLabels';

export type WorkbookTotals = Pick<SnapshotSummary, 'byStage' | 'byTier' | 'byQuadrant' | 'byKind' | 'expectedNextRevenue'>;

const cents = (v: number) => Math.round(v * 100) / 100;

/** Totals over figures as the API shows them (money in major units). */
export function totalsOf(figures: Iterable<RelationshipFigures>): FigureTotals {
  return figureTotals(figures, cents);
}

export interface SummaryInput {
  exhibitionName: string;
  generatedAt: string;
  snapshot: SnapshotInfo;
  stored: SnapshotSummary;
  /** Totals of the exported relationships (the stored ones when nothing filters). */
  totals: WorkbookTotals;
  exported: number;
  /** Human-readable filters, or null when nothing filters. */
  filters: string | null;
  /** The workspace's currency (ISO code): every money figure is in it. */
  currency: string;
}

const label = (text: string): FreeCell => ({ value: text, style: 'label' });
const header = (...texts: string[]): FreeCell[] => texts.map((t) => ({ value: t, style: 'header' }));
const v = (value: unknown, kind: ExportColumnKind = 'text', numFmt?: string): FreeCell => ({ value, kind, numFmt });

export const SUMMARY_WIDTHS = [36, 18, 16, 16];

export function summaryRows(L: WorkbookLabels, s: SummaryInput): FreeCell[][] {
  const S = L.summary;
  const rows: FreeCell[][] = [];
  const blank = () => rows.push([]);
  const section = (title: string) => {
    blank();
    rows.push([{ value: title, style: 'section' }]);
  };
  const info = s.snapshot;

  rows.push([{ value: S.title, style: 'title' }]);
  blank();
  rows.push([label(S.exhibition), v(s.exhibitionName)]);
  rows.push([label(S.currency), v(s.currency)]);
  rows.push([label(S.generatedAt), v(s.generatedAt, 'datetime')]);
  rows.push([label(S.assessedAt), v(info.takenAt, 'datetime')]);
  rows.push([label(S.relationships), v(info.relationships, 'integer')]);
  if (s.filters !== null) {
    rows.push([label(S.filters), v(s.filters)]);
    rows.push([label(S.filtered), v(s.exported, 'integer')]);
  }
  rows.push([label(S.nextEdition), v(info.nextEdition ? `${info.nextEdition.name} (${info.nextEdition.startDate})` : S.nextEditionNew)]);

  section(S.window);
  if (info.window.length === 0) rows.push([v(S.noWindow)]);
  else {
    rows.push(header(S.edition, S.startDate));
    for (const e of info.window) rows.push([v(e.name), v(e.startDate, 'date')]);
  }

  section(S.settings);
  rows.push(header(S.setting, S.value));
  const set = info.settings;
  rows.push([v(S.windowEditions), v(set.windowEditions, 'integer')]);
  for (const c of SCORE_COMPONENTS) rows.push([v(`${S.weight} · ${L.component[c]}`), v(set.weights[c], 'number')]);
  for (const t of ['a', 'b', 'c'] as const) {
    rows.push([v(S.tierCutoff.replace('{{tier}}', t.toUpperCase())), v(set.tierCutoffs[t] / 100, 'percent', '0%')]);
  }
  rows.push([v(S.economicHigh), v(set.economicHigh, 'number', '0.00')]);
  rows.push([v(S.strategicHigh), v(set.strategicHigh, 'number', '0.00')]);

  const totalsBlock = <K extends string>(title: string, keyHeader: string, keys: readonly K[], names: Record<K, string>, t: Record<K, Totals>) => {
    section(title);
    rows.push(header(keyHeader, S.count, S.revenue, S.profit));
    for (const k of keys) rows.push([v(names[k]), v(t[k].count, 'integer'), v(t[k].revenue, 'money'), v(t[k].profit, 'money')]);
  };
  // Said once, above the totals, where a reader first meets a profit above its revenue.
  blank();
  rows.push([{ value: S.profitNote, style: 'note' }]);
  totalsBlock(S.totalsBy.stage, L.figure.stage, STAGES, L.stage, s.totals.byStage);
  totalsBlock(S.totalsBy.tier, L.figure.tier, TIERS, L.tier, s.totals.byTier);
  totalsBlock(S.totalsBy.quadrant, L.figure.quadrant, QUADRANTS, L.quadrant, s.totals.byQuadrant);
  totalsBlock(S.totalsBy.kind, L.customer.kinds, CUSTOMER_KINDS, L.kind, s.totals.byKind);
  rows.push([{ value: S.kindNote, style: 'note' }]);

  // NPS is the exhibition's, stored with the assessment: a filter does not narrow it, and says so.
  section(s.filters === null ? S.nps : S.npsUnfiltered);
  rows.push(header(S.edition, S.startDate, S.npsValue, S.respondents));
  for (const n of s.stored.npsByEdition) rows.push([v(n.edition.name), v(n.edition.startDate, 'date'), v(n.nps, 'number', '0'), v(n.respondents, 'integer')]);
  rows.push([label(S.npsAll), v(null), v(s.stored.npsExhibition, 'number', '0')]);

  section(S.expected);
  rows.push(header(S.expectedValue, S.low, S.high));
  const e = s.totals.expectedNextRevenue;
  rows.push([v(e.expected, 'money'), v(e.low, 'money'), v(e.high, 'money')]);

  section(S.backtest);
  const b = info.model.backtest;
  rows.push([label(S.modelKind), v(L.modelKind[info.model.kind])]);
  rows.push([label(S.backtestEdition), v(b.edition ? `${b.edition.name} (${b.edition.startDate})` : S.none)]);
  rows.push([label(S.auc), v(b.auc, 'number', '0.000')]);
  rows.push([label(S.baselineAuc), v(b.baselineAuc, 'number', '0.000')]);
  rows.push([label(S.brier), v(b.brier, 'number', '0.000')]);
  rows.push([label(S.beats), v(b.beatsBaseline === null ? S.none : b.beatsBaseline ? S.yes : S.no)]);
  rows.push([label(S.trainExamples), v(b.trainExamples, 'integer')]);
  rows.push([label(S.testExamples), v(b.testExamples, 'integer')]);
  return rows;
}

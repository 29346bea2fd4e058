/**
 * The value-assessment workbook (issue 6 item 1): Summary, Customers, Stage history,
 * Participations and Interactions of one exhibition's snapshot (the latest unless named),
 * filtered like the value table, in English or Chinese. Streamed sheet by sheet to
 * `<path>.partial`, renamed into place when complete.
 */
import { ApiFailure } from '../../../../shared/api/result';
import type { SnapshotInfo } from '../../../../shared/api/valuation';
import type { Db } from '../../store/openDatabase';
import { loadEditionPlan } from '../../valuation/assess/editionWindow';
import { readSnapshotSummary } from '../../valuation/assess/snapshotStore';
import { resolveSnapshot } from '../../valuation/snapshotRows';
import { valueFilterSql, type ValueFilters } from '../../valuation/valueFilters';
import { writeAtomically } from './atomicFile';
import { customerColumns, customerRows, figureRows, TIER_FILLS, tierColumnIndex } from './valueCustomers';
import { interactionColumns, interactionRows, participationColumns, participationRows, stageHistoryColumns, stageHistoryRows } from './valueHistory';
import { SUMMARY_WIDTHS, summaryRows, totalsOf, type WorkbookTotals } from './valueSummary';
import { WORKBOOK_LABELS, type WorkbookLabels, type WorkbookLang } from './workbookLabels';
import { XlsxBook } from './xlsxBook';
import { FIGURES_FROM } from './snapshotAccess';
import type { Tier } from '../../../../shared/domain/valuation/figures';
import { moneyNumFmt } from '../../../../shared/domain/export/moneyFormat';
import { readSettings } from '../../workspace/workspaceSettings';

/** Job steps, in order (the renderer labels them as jobs.steps.<step>). */
export const EXPORT_STEPS = ['exportSummary', 'exportCustomers', 'exportStageHistory', 'exportParticipations', 'exportInteractions'] as const;
export type ExportStep = (typeof EXPORT_STEPS)[number];

export interface ValueWorkbookOptions {
  exhibitionId: string;
  snapshotId?: string | undefined;
  filters?: ValueFilters | undefined;
  lang: WorkbookLang;
  path: string;
  /** The moment of "generated at" and of "days in stage" (ISO). */
  now: string;
  /** false: Summary and Customers only (the history sheets are left out). */
  history?: boolean;
  progress?: (done: number, total: number, step: ExportStep) => void;
  cancelled?: () => boolean;
}

export interface ValueWorkbookResult {
  path: string;
  snapshotId: string;
  relationships: number;
  rows: { customers: number; stageHistory: number; participations: number; interactions: number };
  bytes: number;
  ms: number;
}

function describeFilters(db: Db, f: ValueFilters | undefined, L: WorkbookLabels): string | null {
  if (!f) return null;
  const parts: string[] = [];
  const list = <T extends string>(title: string, values: readonly T[] | undefined, names: Record<T, string>, all: number) => {
    if (values && values.length > 0 && new Set(values).size < all) parts.push(`${title}: ${values.map((v) => names[v]).join(', ')}`);
  };
  if (f.segmentId) {
    const name = db.prepare('SELECT name FROM segments WHERE id = ?').pluck().get(f.segmentId) as string | undefined;
    parts.push(`${L.summary.filters}: ${name ?? f.segmentId}`);
  }
  list(L.figure.stage, f.stages, L.stage, Object.keys(L.stage).length);
  list(L.figure.tier, f.tiers, L.tier, Object.keys(L.tier).length);
  list(L.figure.quadrant, f.quadrants, L.quadrant, Object.keys(L.quadrant).length);
  if (f.kinds && f.kinds.length > 0) parts.push(`${L.customer.kinds}: ${f.kinds.map((k) => L.kind[k]).join(', ')}`);
  if (f.q && f.q.trim()) parts.push(`“${f.q.trim()}”`);
  return parts.length ? parts.join('; ') : null;
}

/** 'YYYY-MM-DD' of a day key (YYYYMMDD); 0 = no lower bound. */
function dayText(key: number): string | null {
  if (key === 0) return null;
  const s = String(key);
  return `${s.slice(0, 4)}-${s.slice(4, 6)}-${s.slice(6, 8)}`;
}

function exhibitionName(db: Db, id: string): string {
  return db.prepare('SELECT name FROM exhibitions WHERE id = ?').pluck().get(id) as string;
}

export async function writeValueWorkbook(db: Db, opts: ValueWorkbookOptions): Promise<ValueWorkbookResult> {
  const started = performance.now();
  const L = WORKBOOK_LABELS[opts.lang];
  const snapshot: SnapshotInfo | null = resolveSnapshot(db, opts.exhibitionId, opts.snapshotId);
  if (!snapshot) throw new ApiFailure('invalid_input', 'err.invalidInput', { exhibitionId: 'err.export.notAssessed' });
  const stored = readSnapshotSummary(db, snapshot.id)!;
  const w = valueFilterSql(db, snapshot.id, opts.filters ?? {}, opts.now);
  if (w.nothing) {
    // Only punctuation was typed: nobody matches. The workbook still opens, with empty sheets.
    w.where = '0';
  }
  const filters = describeFilters(db, opts.filters, L);
  const steps = opts.history === false ? 2 : EXPORT_STEPS.length;
  const step = (i: number, s: ExportStep) => opts.progress?.(i, steps, s);

  step(0, 'exportSummary');
  // Unfiltered: the totals stored with the snapshot (Trash aside). Filtered: recomputed.
  let totals: WorkbookTotals;
  let exported: number;
  if (w.unfiltered) {
    totals = stored;
    exported = db.prepare(`SELECT count(*) FROM ${FIGURES_FROM} WHERE ${w.where}`).pluck().get(w.params) as number;
  } else {
    const t = totalsOf(figureRows(db, w));
    totals = t;
    exported = t.count;
  }

  const today = opts.now.slice(0, 10);
  const currency = readSettings(db).currency;
  const rows = { customers: 0, stageHistory: 0, participations: 0, interactions: 0 };
  const { bytes } = await writeAtomically(opts.path, async (partial) => {
    const book = new XlsxBook(partial, { moneyFormat: moneyNumFmt(currency, opts.lang) });
    try {
      book.addFreeSheet(
        L.sheets.summary,
        SUMMARY_WIDTHS,
        summaryRows(L, { exhibitionName: exhibitionName(db, opts.exhibitionId), generatedAt: opts.now, snapshot, stored, totals, exported, filters, currency }),
      );

      step(1, 'exportCustomers');
      const tierCol = tierColumnIndex(L);
      const tierByLabel = new Map<unknown, string>(Object.entries(L.tier).map(([t, name]) => [name, TIER_FILLS[t as Tier]]));
      rows.customers = await book.addTable({
        name: L.sheets.customers,
        columns: customerColumns(L),
        rows: customerRows(db, opts.exhibitionId, w, L, today),
        freezeColumns: 1,
        fill: (col, value) => (col === tierCol ? tierByLabel.get(value) : undefined),
        cancelled: opts.cancelled,
        // Customers is the long step: its share of the bar moves with its rows.
        progress: (n) => opts.progress?.(1 + (exported ? Math.min(1, n / exported) : 1), steps, 'exportCustomers'),
      });

      if (opts.history !== false) {
        const common = { cancelled: opts.cancelled, freezeColumns: 1 };
        step(2, 'exportStageHistory');
        rows.stageHistory = await book.addTable({ ...common, name: L.sheets.stageHistory, columns: stageHistoryColumns(L), rows: stageHistoryRows(db, opts.exhibitionId, w, L) });
        step(3, 'exportParticipations');
        rows.participations = await book.addTable({ ...common, name: L.sheets.participations, columns: participationColumns(L), rows: participationRows(db, opts.exhibitionId, w, L) });
        step(4, 'exportInteractions');
        const plan = loadEditionPlan(db, opts.exhibitionId, snapshot.takenAt.slice(0, 10), snapshot.settings.windowEditions);
        rows.interactions = await book.addTable({
          ...common,
          name: L.sheets.interactions,
          columns: interactionColumns(L),
          rows: interactionRows(db, opts.exhibitionId, w, L, dayText(plan.periodStart), snapshot.takenAt),
        });
      }
      await book.finish();
    } catch (e) {
      await book.abort();
      throw e;
    }
  });
  step(steps, steps === 2 ? 'exportCustomers' : 'exportInteractions');
  return { path: opts.path, snapshotId: snapshot.id, relationships: rows.customers, rows, bytes, ms: Math.round(performance.now() - started) };
}

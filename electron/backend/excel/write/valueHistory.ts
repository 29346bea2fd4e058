/**
 * The history sheets of the value-assessment workbook: stage history, participations (every
 * edition of the exhibition) and interactions (window period only), of the exported
 * relationships. Each is one SQL statement iterated row by row, so they stream however large
 * they are; ordered by company, then date. `+c.num IN (…)` keeps the exported set a membership
 * test: as an index constraint SQLite probed the whole list for every row (36,000 stage moves ×
 * 10,000 customers: 88 s instead of 0.4 s).
 */
import { fromMinor } from '../../../../shared/domain/money';
import type { Db } from '../../store/openDatabase';
import type { FilterSql } from '../../valuation/valueFilters';
import type { ExportColumn } from './columns';
import { exportedCustomerNums as exported } from './snapshotAccess';
import type { WorkbookLabels } from './workbookLabels';


const label = <T extends string>(names: Record<T, string>, v: unknown): string | null => (typeof v === 'string' ? (names[v as T] ?? v) : null);

export function stageHistoryColumns(L: WorkbookLabels): ExportColumn[] {
  const H = L.history;
  return [
    { header: H.company, kind: 'text', width: 32 },
    { header: H.seq, kind: 'integer', width: 6 },
    { header: H.from, kind: 'text', width: 13 },
    { header: H.to, kind: 'text', width: 13 },
    { header: H.at, kind: 'date' },
    { header: H.changedBy, kind: 'text', width: 14 },
    { header: H.reason, kind: 'text', width: 40 },
    { header: H.signal, kind: 'text', width: 26 },
  ];
}

export function* stageHistoryRows(db: Db, exhibitionId: string, w: FilterSql, L: WorkbookLabels): Generator<unknown[]> {
  const stmt = db.prepare(
    `SELECT c.company_name, t.seq, t.from_stage, t.to_stage, t.at, t.changed_by, t.reason, t.signal
       FROM stage_transitions t JOIN customers c ON c.id = t.customer_id
      WHERE t.exhibition_id = @x AND +c.num IN ${exported(w)}
      ORDER BY c.name_sort, t.customer_id, t.seq`,
  );
  for (const r of stmt.raw().iterate({ ...w.params, x: exhibitionId }) as Iterable<unknown[]>) {
    yield [r[0], r[1], label(L.stage, r[2]), label(L.stage, r[3]), r[4], r[5], r[6], label(L.signal, r[7])];
  }
}

export function participationColumns(L: WorkbookLabels): ExportColumn[] {
  const P = L.participation;
  return [
    { header: P.company, kind: 'text', width: 32 },
    { header: P.edition, kind: 'text', width: 20 },
    { header: P.startDate, kind: 'date' },
    { header: P.role, kind: 'text', width: 16 },
    { header: P.status, kind: 'text', width: 11 },
    { header: P.statusAt, kind: 'date' },
    { header: P.stand, kind: 'text', width: 9 },
    { header: P.hall, kind: 'text', width: 8 },
    { header: P.area, kind: 'number', numFmt: '#,##0.0' },
    { header: P.listPrice, kind: 'money' },
    { header: P.priceCharged, kind: 'money' },
    { header: P.otherRevenue, kind: 'money' },
    { header: P.satisfaction, kind: 'integer' },
    { header: P.intent, kind: 'text', width: 10 },
    { header: P.leads, kind: 'integer', width: 8 },
    { header: P.meetings, kind: 'integer', width: 8 },
    { header: P.cancelReason, kind: 'text', width: 28 },
  ];
}

export function* participationRows(db: Db, exhibitionId: string, w: FilterSql, L: WorkbookLabels): Generator<unknown[]> {
  const stmt = db.prepare(
    `SELECT c.company_name, e.name, e.start_date, p.role, p.status, p.status_at, p.stand_number, p.hall, p.stand_area,
            p.list_price, p.price_charged, p.other_revenue, p.satisfaction, p.intent_to_return, p.leads, p.meetings, p.cancel_reason
       FROM editions e
       JOIN participations p ON p.edition_id = e.id
       JOIN customers c ON c.id = p.customer_id
      WHERE e.exhibition_id = @x AND +c.num IN ${exported(w)}
      ORDER BY c.name_sort, p.customer_id, e.start_date, p.role`,
  );
  const money = (v: unknown) => (typeof v === 'number' ? fromMinor(v) : null);
  for (const r of stmt.raw().iterate({ ...w.params, x: exhibitionId }) as Iterable<unknown[]>) {
    yield [
      r[0], r[1], r[2], label(L.role, r[3]), label(L.status, r[4]), r[5], r[6], r[7], r[8],
      money(r[9]), money(r[10]), money(r[11]), r[12], label(L.intent, r[13]), r[14], r[15], r[16],
    ];
  }
}

export function interactionColumns(L: WorkbookLabels): ExportColumn[] {
  const I = L.interaction;
  return [
    { header: I.company, kind: 'text', width: 32 },
    { header: I.at, kind: 'datetime' },
    { header: I.type, kind: 'text', width: 14 },
    { header: I.direction, kind: 'text', width: 12 },
    { header: I.staff, kind: 'text', width: 14 },
    { header: I.edition, kind: 'text', width: 18 },
    { header: I.summary, kind: 'text', width: 48 },
    { header: I.outcome, kind: 'text', width: 28 },
    { header: I.cost, kind: 'money' },
    { header: I.followUp, kind: 'date' },
    { header: I.complaint, kind: 'text', width: 10 },
  ];
}

/**
 * Interactions from `from` ('YYYY-MM-DD', the window period's first day; null = all) up to the
 * snapshot: those about this exhibition's editions or about none — the ones whose costs the
 * assessment counts for this exhibition (assessFacts.ts; an unlinked cost is shared between the
 * customer's exhibitions there, shown whole here). Another exhibition's are its workbook's; only
 * the prediction's contact and complaint counts take in every exhibition's.
 */
export function* interactionRows(db: Db, exhibitionId: string, w: FilterSql, L: WorkbookLabels, from: string | null, until: string): Generator<unknown[]> {
  const stmt = db.prepare(
    `SELECT c.company_name, i.at, i.type, i.direction, i.staff, e.name, i.summary, i.outcome, i.cost, i.follow_up_on, i.complaint_state
       FROM customers c
       JOIN interactions i ON i.customer_id = c.id AND i.at >= @from AND i.at <= @until
       LEFT JOIN editions e ON e.id = i.edition_id
      WHERE c.num IN ${exported(w)} AND (i.edition_id IS NULL OR e.exhibition_id = @x)
      ORDER BY c.name_sort, c.id, i.at`,
  );
  for (const r of stmt.raw().iterate({ ...w.params, x: exhibitionId, from: from ?? '', until }) as Iterable<unknown[]>) {
    yield [
      r[0], r[1], label(L.interactionType, r[2]), label(L.direction, r[3]), r[4], r[5], r[6], r[7],
      typeof r[8] === 'number' ? fromMinor(r[8]) : null, r[9], label(L.complaint, r[10]),
    ];
  }
}

import type { DuplicateReason } from '../../../shared/api/customers';
import type { DuplicateDecision, ImportDateReading, ImportSummary } from '../../../shared/api/imports';
import { dateOrderEvidence, detectNumberStyle, type DateOrder, type NumberStyle } from '../../../shared/domain/import/cellValues';
import { statusImpliedByDateHeader, type ImportField } from '../../../shared/domain/import/columnMapping';
import type { BookingStatus } from '../../../shared/domain/participation';
import type { Db } from '../store/openDatabase';
import { duplicateKeys, REASON_BY_PREFIX, WorkspaceMatcher, type WorkspaceMatch } from './duplicateKeys';
import { isBlankRow, NUMBER_FIELDS, rowBase, rowContext, rowWithEdition, type RowBase, type RowContext, type RowValues } from './rowValues';

// Every data row of a session, validated and checked for duplicates against the workspace and
// against the earlier rows of the file. Reads the database, never writes it. Computed once
// per (sheet, header row, mapping, edition) and kept until one of them changes.

export interface RowAnalysis {
  /** Index of the row in the sheet (0-based); the sheet row number is index + 1. */
  index: number;
  /** What the row gives whatever the edition (kept for another edition: rederive). */
  base: RowBase;
  values: RowValues;
  workspace: WorkspaceMatch[];
  /** The first earlier valid row sharing a key with this one. */
  fileDup: { index: number; reasons: DuplicateReason[] } | null;
}

export interface Analysis {
  rows: RowAnalysis[];
  summary: ImportSummary;
  /** The edition the participations were validated for. */
  editionId: string | null;
  /** The database as the workspace matches were taken (dbStamp): reused only while it holds. */
  stamp: string;
  /** How the date column's dates were read (null: no date column mapped). */
  dates: ImportDateReading | null;
}

export interface AnalysisInput {
  rows: readonly (readonly (string | null)[])[];
  headerRow: number;
  mapping: readonly (ImportField | null)[];
  edition: { id: string; status: string } | null;
  /** The day/month order for dates such as 3/7/2025 given for this file; absent or null: as the column tells, else day first. */
  dateOrder?: ChosenDateOrder | null;
}

/** A day/month order given for a file: by the user, or by the saved template proposed for it. */
export interface ChosenDateOrder {
  order: DateOrder;
  from: 'chosen' | 'template';
}

/**
 * Changes when anything was written to the database since: PRAGMA data_version moves with
 * every commit of another connection (an import's commit, a thread's assessment), the
 * connection's total_changes() with its own. An analysis kept across a write would miss the
 * customers it created, and the commit would duplicate them.
 */
export function dbStamp(db: Db): string {
  const own = db.prepare('SELECT total_changes()').pluck().get() as number;
  return `${othersStamp(db)}:${own}`;
}

/** The part of dbStamp that moves with other connections' commits only. */
function othersStamp(db: Db): string {
  const version = db.pragma('data_version', { simple: true }) as number;
  // Both counters start again with each connection: another workspace (or a restored one)
  // opened in the backend must not pass for this one.
  let serial = connections.get(db);
  if (serial === undefined) connections.set(db, (serial = ++lastConnection));
  return `${serial}:${version}`;
}

const connections = new WeakMap<Db, number>();
let lastConnection = 0;

/**
 * Runs a write of this connection that cannot change any match (a mapping template saved) and
 * keeps `a` current if it was before: else that write alone would make the next call match
 * every row again. Not when another connection committed meanwhile (its data_version moved).
 */
export function withoutMatchChange<T>(db: Db, a: Analysis | null, write: () => T): T {
  const before = dbStamp(db);
  const others = othersStamp(db);
  const result = write();
  if (a && a.stamp === before && othersStamp(db) === others) a.stamp = dbStamp(db);
  return result;
}

export function isDuplicate(r: RowAnalysis): boolean {
  return r.values.issues.length === 0 && (r.workspace.length > 0 || r.fileDup !== null);
}

/** The decimal mark of the file's number columns, told together: one file, one convention. */
export function numberStyleOf(input: Omit<AnalysisInput, 'edition'>): NumberStyle | null {
  const numberCols = input.mapping.flatMap((f, col) => (f && NUMBER_FIELDS.has(f) ? [col] : []));
  if (!numberCols.length) return null;
  return detectNumberStyle(input.rows.slice(input.headerRow + 1).flatMap((r) => numberCols.map((c) => r[c] ?? null)));
}

/** How the file writes dates and numbers, told from whole columns (or, for dates, chosen). */
interface Conventions {
  /** How the rows' dates are read, with an edition or not (a row's base is kept for another edition: rederive). */
  dateOrder: DateOrder;
  /** What is said of it: only with an edition, when the date is imported. */
  dates: ImportDateReading | null;
  numberStyle: NumberStyle | null;
  /** The status a dated row without one has, from the date column's title (a contract date: contracted). */
  dateImpliesStatus: BookingStatus | null;
}

function conventionsOf(input: AnalysisInput): Conventions {
  const dateCol = input.mapping.indexOf('statusAt');
  let dates: ImportDateReading | null = null;
  if (dateCol >= 0) {
    const told = dateOrderEvidence(input.rows.slice(input.headerRow + 1).map((r) => r[dateCol] ?? null));
    const given = input.dateOrder ?? null;
    // The user's choice first; then what this file shows, over what a template says of files like it.
    const [order, source]: [DateOrder, ImportDateReading['source']] =
      given?.from === 'chosen'
        ? [given.order, 'chosen']
        : told.order
          ? [told.order, 'file']
          : given
            ? [given.order, 'template']
            : ['dmy', told.mixed ? 'mixed' : 'default'];
    dates = { column: dateCol, order, source, ambiguous: told.ambiguous, example: told.example };
  }
  return {
    dateOrder: dates?.order ?? 'dmy',
    // The date is a participation's: without an edition it is not imported, and nothing is said.
    dates: input.edition ? dates : null,
    numberStyle: numberStyleOf(input),
    dateImpliesStatus: dateCol >= 0 ? statusImpliedByDateHeader(input.rows[input.headerRow]?.[dateCol] ?? null) : null,
  };
}

export function analyse(db: Db, input: AnalysisInput): Analysis {
  const a = new Analyser(db, input.headerRow, input.mapping, input.edition, conventionsOf(input));
  a.add(input.rows, input.rows.length);
  return a.result();
}

/**
 * `prev` (an analysis of the same rows with the same header row, mapping and date order) for another
 * edition, or for the database as it is now: only the participations are validated again — the
 * customers, the costly part, are kept — then validity, duplicates and the summary follow (the
 * workspace matches again only if the database changed). The same result as analyse() with
 * that edition.
 */
export function rederive(db: Db, prev: Analysis, input: AnalysisInput): Analysis {
  if (prev.editionId === (input.edition?.id ?? null) && prev.stamp === dbStamp(db)) return prev;
  const a = new Analyser(db, input.headerRow, input.mapping, input.edition, conventionsOf(input));
  a.addAgain(prev);
  return a.result();
}

/**
 * The analysis built row by row, in sheet order: analyse() in one go, or the rows handed over
 * while the file is still being read (importSpeculation.ts). The same rows, header row, mapping,
 * edition and date order give the same analysis either way.
 */
export class Analyser {
  private readonly ctx: RowContext;
  private readonly matcher: WorkspaceMatcher;
  private readonly firstRowByKey = new Map<string, number>();
  private readonly out: RowAnalysis[] = [];
  private readonly summary: ImportSummary = { rows: 0, valid: 0, rejected: 0, duplicates: 0, duplicatesInFile: 0, duplicatesInWorkspace: 0 };
  /** Taken before the first match: a write after it, even between rows, makes the result stale. */
  private readonly stamp: string;
  private readonly dates: ImportDateReading | null;
  /** Rows of the sheet before this index are done. */
  done: number;

  /** `conventions`: of the whole file; a head start begun before it is all read knows none (importSpeculation.ts). */
  constructor(db: Db, headerRow: number, mapping: readonly (ImportField | null)[], edition: AnalysisInput['edition'], conventions: Conventions | null) {
    const c = conventions;
    this.ctx = rowContext(mapping, edition, c?.dateOrder ?? 'dmy', c?.numberStyle ?? null, c?.dateImpliesStatus ?? null);
    this.dates = c?.dates ?? null;
    this.stamp = dbStamp(db);
    this.matcher = new WorkspaceMatcher(db);
    this.done = headerRow + 1;
  }

  /** Analyses the rows from where it stopped up to `to` (exclusive). */
  add(rows: readonly (readonly (string | null)[])[], to: number): void {
    for (let i = this.done; i < to; i++) {
      const cells = rows[i]!;
      if (isBlankRow(cells)) continue;
      const base = rowBase(cells, this.ctx);
      this.take(i, base, rowWithEdition(base, this.ctx), null);
    }
    if (to > this.done) this.done = to;
  }

  /** The rows of `prev` (same rows, header row and mapping) again, for this analyser's edition. */
  addAgain(prev: Analysis): void {
    const values = prev.rows.map((r) => rowWithEdition(r.base, this.ctx));
    // The workspace changed since `prev`: every valid row is matched again.
    const fresh = prev.stamp === this.stamp;
    // Mostly every row stays as valid as it was (participations rarely fail): then duplicates
    // and counts are those of `prev`, and the duplicate keys need not be made again.
    if (fresh && values.every((v, k) => (v.customer === null) === (prev.rows[k]!.values.customer === null))) {
      prev.rows.forEach((r, k) => this.out.push({ index: r.index, base: r.base, values: values[k]!, workspace: r.workspace, fileDup: r.fileDup }));
      Object.assign(this.summary, prev.summary);
      return;
    }
    prev.rows.forEach((r, k) => this.take(r.index, r.base, values[k]!, fresh && r.values.customer ? r.workspace : null));
  }

  /**
   * One non-blank row, its values already made for this edition; `workspace`: its matches when
   * known already (they depend on the customer alone).
   */
  private take(i: number, base: RowBase, values: RowValues, workspace: WorkspaceMatch[] | null): void {
    const { firstRowByKey, summary } = this;
    summary.rows++;
    const r: RowAnalysis = { index: i, base, values, workspace: [], fileDup: null };
    this.out.push(r);
    if (!values.customer) {
      summary.rejected++;
      return;
    }
    summary.valid++;
    const keys = duplicateKeys(values.customer);
    r.workspace = workspace ?? this.matcher.match(keys);
    let first: number | null = null;
    for (const k of keys) {
      const at = firstRowByKey.get(k);
      if (at === undefined) firstRowByKey.set(k, i);
      else if (first === null || at < first) first = at;
    }
    if (first !== null) {
      const reasons: DuplicateReason[] = [];
      for (const k of keys) {
        const reason = REASON_BY_PREFIX[k[0]!]!;
        if (firstRowByKey.get(k) === first && !reasons.includes(reason)) reasons.push(reason);
      }
      r.fileDup = { index: first, reasons };
    }
    if (r.workspace.length || r.fileDup) summary.duplicates++;
    if (r.workspace.length) summary.duplicatesInWorkspace++;
    if (r.fileDup) summary.duplicatesInFile++;
  }

  result(): Analysis {
    return { rows: this.out, summary: { ...this.summary }, editionId: this.ctx.edition?.id ?? null, stamp: this.stamp, dates: this.dates };
  }
}

export interface Decisions {
  default: DuplicateDecision;
  rows: Map<number, { decision: DuplicateDecision; customerId?: string }>;
}

/** What happens to a row: null for rejected and blank rows, 'create' for new ones, else the decision. */
export function decisionOf(r: RowAnalysis, d: Decisions): DuplicateDecision | null {
  if (!r.values.customer) return null;
  if (!isDuplicate(r)) return 'create';
  return d.rows.get(r.index + 1)?.decision ?? d.default;
}

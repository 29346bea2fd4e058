import type { DuplicateReason } from '../../../shared/api/customers';
import type { DuplicateDecision, ImportSummary } from '../../../shared/api/imports';
import { detectDateOrder } from '../../../shared/domain/import/cellValues';
import type { ImportField } from '../../../shared/domain/import/columnMapping';
import type { Db } from '../store/openDatabase';
import { duplicateKeys, REASON_BY_PREFIX, WorkspaceMatcher, type WorkspaceMatch } from './duplicateKeys';
import { isBlankRow, rowContext, rowValues, type RowValues } from './rowValues';

// Every data row of a session, validated and checked for duplicates against the workspace and
// against the earlier rows of the file. Reads the database, never writes it. Computed once
// per (sheet, header row, mapping, edition) and kept until one of them changes.

export interface RowAnalysis {
  /** Index of the row in the sheet (0-based); the sheet row number is index + 1. */
  index: number;
  values: RowValues;
  workspace: WorkspaceMatch[];
  /** The first earlier valid row sharing a key with this one. */
  fileDup: { index: number; reasons: DuplicateReason[] } | null;
}

export interface Analysis {
  rows: RowAnalysis[];
  summary: ImportSummary;
}

export interface AnalysisInput {
  rows: readonly (readonly (string | null)[])[];
  headerRow: number;
  mapping: readonly (ImportField | null)[];
  edition: { id: string; status: string } | null;
}

export function isDuplicate(r: RowAnalysis): boolean {
  return r.values.issues.length === 0 && (r.workspace.length > 0 || r.fileDup !== null);
}

export function analyse(db: Db, input: AnalysisInput): Analysis {
  const dateCol = input.mapping.indexOf('statusAt');
  const dateOrder = dateCol >= 0 ? (detectDateOrder(input.rows.slice(input.headerRow + 1).map((r) => r[dateCol] ?? null)) ?? 'dmy') : 'dmy';
  const ctx = rowContext(input.mapping, input.edition, dateOrder);
  const matcher = new WorkspaceMatcher(db);
  const firstRowByKey = new Map<string, number>();
  const out: RowAnalysis[] = [];
  const summary: ImportSummary = { rows: 0, valid: 0, rejected: 0, duplicates: 0, duplicatesInFile: 0, duplicatesInWorkspace: 0 };
  for (let i = input.headerRow + 1; i < input.rows.length; i++) {
    const cells = input.rows[i]!;
    if (isBlankRow(cells)) continue;
    summary.rows++;
    const values = rowValues(cells, ctx);
    const r: RowAnalysis = { index: i, values, workspace: [], fileDup: null };
    out.push(r);
    if (!values.customer) {
      summary.rejected++;
      continue;
    }
    summary.valid++;
    const keys = duplicateKeys(values.customer);
    r.workspace = matcher.match(keys);
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
  return { rows: out, summary };
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

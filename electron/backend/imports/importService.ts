import type { z } from 'zod';
import type {
  ImportCounts,
  ImportDecisionsInput,
  ImportPreview,
  ImportRowResult,
  ImportSettingsInput,
  ImportValidateInput,
  ImportValidation,
  ImportCommitResult,
} from '../../../shared/api/imports';
import type { JobInfo } from '../../../shared/api/jobs';
import { ApiFailure } from '../../../shared/api/result';
import { guessMapping, type ImportField } from '../../../shared/domain/import/columnMapping';
import { detectHeaderRow } from '../../../shared/domain/import/headerDetection';
import { translateError, type Language } from '../../../shared/i18n/errors';
import type { Backend } from '../backend';
import { checkpointSoon } from '../store/checkpointInThread';
import { writesAlsoWaitFor } from '../store/sameThreadWriter';
import { startAssessment } from '../valuation/assessJobs';
import { analyse, dbStamp, decisionOf, isDuplicate, rederive, type Analysis, type RowAnalysis } from './importAnalysis';
import { checkpointsInThread, type ImportJobArgs } from './importJob';
import { buildPlan } from './importPlan';
import { readSheet, type ImportSession } from './importSessions';
import { applyTemplate, templateFor } from './importTemplates';
import { storedValues } from './rowValues';
import type { UndoJobArgs } from './undoImport';
import { undoableBatch } from './undoPlan';

type Settings = z.output<typeof ImportSettingsInput>;

export const COMMIT_JOB = 'imports.commit';
export const UNDO_JOB = 'imports.undo';
const PREVIEW_ROWS = 20;

function width(s: ImportSession): number {
  return s.content.rows.reduce((w, r) => Math.max(w, r.length), 0);
}

export function headersOf(s: ImportSession): (string | null)[] {
  const row = s.content.rows[s.headerRow ?? 0] ?? [];
  return Array.from({ length: width(s) }, (_, i) => row[i] ?? null);
}

/** Rows looked at for a column's sample: enough for a sparse column, bounded for a wide sheet. */
const SAMPLE_ROWS = 200;

/**
 * Each column's first non-empty cell below the header row, as the file has it: what lets the
 * user tell a column whose title is missing or merged away (the mapping step shows it).
 */
export function samplesOf(s: ImportSession): (string | null)[] {
  const from = (s.headerRow ?? 0) + 1;
  const rows = s.content.rows.slice(from, from + SAMPLE_ROWS);
  return Array.from({ length: width(s) }, (_, col) => {
    for (const r of rows) {
      const v = r[col];
      if (v !== null && v !== undefined && v.trim() !== '') return v.length > 80 ? `${v.slice(0, 79)}…` : v;
    }
    return null;
  });
}

function invalid(field: string, key: string): never {
  throw new ApiFailure('invalid_input', 'err.invalidInput', { [field]: key });
}

/**
 * Applies the choices of a call to the session and (re)validates when one changed. `asIs`: the
 * caller needs no fresh workspace matches (the rejected rows, the mapping to save), so a write
 * since the analysis does not make it match every row again.
 */
export async function applySettings(
  b: Backend,
  s: ImportSession,
  input: Omit<Settings, 'sessionId'>,
  matches: 'fresh' | 'asIs' = 'fresh',
): Promise<Analysis> {
  const db = b.context().db;
  let changed = s.analysis === null;
  if (input.sheet !== undefined && input.sheet !== s.content.sheet) {
    if (!s.content.sheets.some((x) => x.name === input.sheet)) invalid('sheet', 'err.import.sheetMissing');
    s.content = await readSheet(b, s.path, input.sheet);
    Object.assign(s, { headerRow: null, mapping: null, mappingChosen: false });
    changed = true;
  }
  if (input.headerRow !== undefined && input.headerRow !== s.headerRow) {
    if (input.headerRow >= s.content.rows.length) invalid('headerRow', `err.tooLarge:${Math.max(0, s.content.rows.length - 1)}`);
    s.headerRow = input.headerRow;
    if (!s.mappingChosen) s.mapping = null;
    changed = true;
  }
  if (s.headerRow === null) {
    s.headerRow = detectHeaderRow(s.content.rows);
    changed = true;
  }
  const headers = headersOf(s);
  if (input.mapping) {
    s.mapping = headers.map((_, i) => input.mapping![i] ?? null);
    s.mappingChosen = true;
    changed = true;
  }
  if (s.mapping === null) {
    const t = templateFor(db, headers);
    s.templateMatch = t ? { id: t.id, name: t.name } : null;
    s.mapping = t ? applyTemplate(t, headers) : guessMapping(headers);
    // The template's date order comes with it, unless the user chose one for this file.
    if (s.dateOrder?.from !== 'chosen') s.dateOrder = t?.dateOrder ? { order: t.dateOrder, from: 'template' } : null;
    changed = true;
  }
  if (input.editionId !== undefined && input.editionId !== s.editionId) {
    if (input.editionId && !db.prepare('SELECT 1 FROM editions WHERE id = ?').get(input.editionId)) invalid('editionId', 'err.editionMissing');
    s.editionId = input.editionId;
    changed = true;
  }
  if (input.dateOrder !== undefined && (input.dateOrder !== (s.dateOrder?.order ?? null) || s.dateOrder?.from === 'template')) {
    s.dateOrder = input.dateOrder ? { order: input.dateOrder, from: 'chosen' } : null;
    changed = true;
  }
  // Also when anything was written since (another import's commit, say): the workspace matches
  // are taken again, nothing else. Not once this file's commit runs or is done: its own
  // customers would then match every row, for nobody (the session is read-only by then).
  const stale = matches === 'fresh' && !committed(b, s) && s.analysis !== null && s.analysis.stamp !== dbStamp(db);
  if (changed || !s.analysis || stale) {
    const edition = s.editionId
      ? (db.prepare('SELECT id, status FROM editions WHERE id = ?').get(s.editionId) as { id: string; status: string } | undefined) ?? null
      : null;
    const input = { rows: s.content.rows, headerRow: s.headerRow, mapping: s.mapping, edition, dateOrder: s.dateOrder };
    const basis = JSON.stringify([s.content.sheet, s.headerRow, s.mapping, s.dateOrder]);
    // The same rows and columns as an analysis at hand (begun while reading, or the last one):
    // only the edition's participations are validated again.
    const prev = s.speculation?.take(db, { sheet: s.content.sheet, rows: s.content.rows, headerRow: s.headerRow, mapping: s.mapping }) ??
      (s.analysis && s.analysisOf === basis ? s.analysis : null);
    s.speculation = null;
    s.analysis = prev ? rederive(db, prev, input) : analyse(db, input);
    s.analysisOf = basis;
  }
  return s.analysis;
}

/** The batch of the undo job under way (one at a time), to say "already being undone" for it. */
const undoing = new WeakMap<Backend, string>();

function running(b: Backend, kind: string): boolean {
  return b.jobs.list().some((j) => j.kind === kind && j.status === 'running');
}

/**
 * Starts undoing a batch (undoImport.ts), inline like the commit and for the same reason: it
 * holds the write lock across its yields. One import or undo at a time. A batch that cannot be
 * undone (unknown, undone already) is refused at once, not as a failed job.
 */
export function startUndo(b: Backend, batchId: string): JobInfo {
  const ctx = b.context();
  if (b.workspaceInfo()?.readOnly) throw new ApiFailure('read_only', 'err.readOnly');
  undoableBatch(ctx.db, batchId);
  if (running(b, UNDO_JOB) && undoing.get(b) === batchId) throw new ApiFailure('conflict', 'err.import.undoing');
  if (running(b, COMMIT_JOB) || running(b, UNDO_JOB)) throw new ApiFailure('conflict', 'err.import.undoWaits');
  const args: UndoJobArgs = { path: ctx.db.name, batchId, now: ctx.now(), staffName: ctx.staffName() };
  undoing.set(b, batchId);
  return b.jobs.start(
    UNDO_JOB,
    args,
    (result) => {
      for (const what of ['customers', 'participations', 'editions', 'exhibitions', 'lifecycle', 'imports'] as const) ctx.changed(what);
      return result;
    },
    { inline: true },
  );
}

function committed(b: Backend, s: ImportSession): boolean {
  if (!s.commitJobId) return false;
  try {
    const status = b.jobs.get(s.commitJobId).status;
    return status === 'running' || status === 'done';
  } catch {
    return false; // the job is no longer known: as if never started
  }
}

function rowResult(s: ImportSession, r: RowAnalysis, lang: Language): ImportRowResult {
  const mapping = s.mapping ?? [];
  const column = (f: ImportField | null) => (f && mapping.includes(f) ? mapping.indexOf(f) : null);
  const valid = r.values.customer !== null;
  let values: ImportRowResult['values'];
  if (valid) values = storedValues(r.values);
  else {
    // A rejected row shows what the file holds, as text.
    values = {};
    const cells = s.content.rows[r.index] ?? [];
    mapping.forEach((f, i) => {
      if (f && cells[i] != null && values[f] === undefined) values[f] = cells[i];
    });
  }
  const nameCol = column('companyName');
  const duplicates: ImportRowResult['duplicates'] = r.workspace.map((m) => ({
    source: 'workspace' as const,
    customerId: m.customerId,
    row: null,
    companyName: m.companyName,
    reasons: m.reasons,
  }));
  if (r.fileDup) {
    duplicates.push({
      source: 'file',
      customerId: null,
      row: r.fileDup.index + 1,
      companyName: (nameCol !== null ? s.content.rows[r.fileDup.index]?.[nameCol] : null) ?? '',
      reasons: r.fileDup.reasons,
    });
  }
  return {
    row: r.index + 1,
    status: !valid ? 'rejected' : isDuplicate(r) ? 'duplicate' : 'ok',
    values,
    issues: r.values.issues.map((i) => ({ field: i.field, column: column(i.field), message: translateError(i.key, lang) })),
    duplicates,
    decision: decisionOf(r, s.decisions),
  };
}

export async function preview(b: Backend, s: ImportSession, input: Omit<Settings, 'sessionId'>, lang: Language): Promise<ImportPreview> {
  const a = await applySettings(b, s, input);
  return {
    sheet: s.content.sheet,
    headerRow: s.headerRow!,
    headers: headersOf(s),
    samples: samplesOf(s),
    mapping: s.mapping!,
    templateMatch: s.templateMatch,
    editionId: s.editionId,
    dates: a.dates,
    rows: a.rows.slice(0, PREVIEW_ROWS).map((r) => rowResult(s, r, lang)),
    summary: a.summary,
  };
}

export async function validate(b: Backend, s: ImportSession, input: z.output<typeof ImportValidateInput>, lang: Language): Promise<ImportValidation> {
  const { sessionId: _id, filter, offset, limit, ...settings } = input;
  const a = await applySettings(b, s, settings);
  const keep = (r: RowAnalysis) =>
    filter === 'all' ||
    (filter === 'rejected' && !r.values.customer) ||
    (filter === 'duplicates' && isDuplicate(r)) ||
    (filter === 'ok' && r.values.customer !== null && !isDuplicate(r));
  const matching = filter === 'all' ? a.rows : a.rows.filter(keep);
  return {
    summary: a.summary,
    rows: matching.slice(offset, offset + limit).map((r) => rowResult(s, r, lang)),
    total: matching.length,
    defaultDecision: s.decisions.default,
  };
}

export async function setDecisions(b: Backend, s: ImportSession, input: z.output<typeof ImportDecisionsInput>): Promise<ImportCounts> {
  s.decisions.default = input.default;
  for (const r of input.rows ?? []) s.decisions.rows.set(r.row, { decision: r.decision, customerId: r.customerId });
  return dryRun(b, s);
}

export async function dryRun(b: Backend, s: ImportSession): Promise<ImportCounts> {
  return buildPlan(await applySettings(b, s, {}), s.decisions).counts;
}

/** Starts the commit job. The session stays open (the rejected rows can still be saved). */
export async function commit(b: Backend, s: ImportSession): Promise<JobInfo> {
  if (s.commitJobId) {
    const prev = b.jobs.get(s.commitJobId);
    if (prev.status === 'running') return prev;
    if (prev.status === 'done') throw new ApiFailure('conflict', 'err.import.alreadyCommitted');
  }
  if (b.workspaceInfo()?.readOnly) throw new ApiFailure('read_only', 'err.readOnly');
  const plan = buildPlan(await applySettings(b, s, {}), s.decisions);
  if (plan.rows.length === 0) throw new ApiFailure('invalid_input', 'err.import.nothingToImport');
  // One commit at a time: the job holds the write lock while it yields, so a second one would
  // back the workspace up only to be refused the lock (sameThreadWriter.ts). Said at once here,
  // after the last await, so that nothing can start between the check and the job.
  if (running(b, COMMIT_JOB)) throw new ApiFailure('conflict', 'err.import.anotherCommitting');
  if (running(b, UNDO_JOB)) throw new ApiFailure('conflict', 'err.import.undoRunning');
  const ctx = b.context();
  const editionId = s.editionId;
  const args: ImportJobArgs = {
    path: ctx.db.name,
    batchId: ctx.newId(),
    fileName: s.fileName,
    sheet: s.content.sheet,
    editionId,
    plan,
    now: ctx.now(),
    staffName: ctx.staffName(),
  };
  const batchId = args.batchId;
  // Inline, in the backend's thread (on its own connection; it yields every 1,000 rows, so calls
  // are answered meanwhile): posting the plan to a thread of its own copied 100,000 rows' values
  // beside the session's, and the import's peak went from ~830 MB to over 1 GB.
  // A save made while the commit holds the lock runs once the job has ended (after the
  // checkpoint below is handed over, else that save would checkpoint the import in this thread).
  let ended!: () => void;
  writesAlsoWaitFor(ctx.db.name, new Promise<void>((resolve) => (ended = resolve)));
  const job = b.jobs.start(COMMIT_JOB, args, (result): ImportCommitResult => {
    const counts = result as ImportCounts;
    // Before any write of this connection: the checkpoint the commit left (importJob.ts).
    const entry = b.opts.jobWorkerEntry;
    if (checkpointsInThread(plan.rows.length, entry)) void checkpointSoon(ctx.db, entry, b.opts.nativeBinding);
    ended();
    ctx.changed('backups'); // the job's first step: the pre-import backup
    ctx.changed('customers');
    ctx.changed('imports');
    let assessJobId: string | null = null;
    if (editionId && counts.participations > 0) {
      ctx.changed('participations');
      ctx.changed('editions');
      ctx.changed('exhibitions');
      const x = ctx.db.prepare('SELECT exhibition_id FROM editions WHERE id = ?').pluck().get(editionId) as string | undefined;
      // The figures changed: the edition's exhibition is assessed again (issue 5), in its own job.
      if (x) assessJobId = startAssessment(b, x, 'import').id;
    }
    return { ...counts, batchId, assessJobId };
  }, {
    inline: true,
    // Stopped after its backup (a change found under the write lock, a full disk, a cancel while
    // the rows were written): the backup is kept, and the backups' status shown must say so.
    onStopped: () => {
      ended();
      ctx.changed('backups');
    },
  });
  s.commitJobId = job.id;
  return job;
}

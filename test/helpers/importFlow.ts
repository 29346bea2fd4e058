import fs from 'node:fs';
import path from 'node:path';
import type { DuplicateDecision, ImportCommitResult, ImportUndoResult } from '../../shared/api/imports';
import type { JobInfo } from '../../shared/api/jobs';
import type { tempBackend } from './tempBackend';

// Helpers of the import tests: files written for the test, the whole flow in one call, and
// counts of every table (to prove that nothing was written).

export type T = ReturnType<typeof tempBackend>;

export function writeFile(t: T, name: string, content: string | Buffer): string {
  const file = path.join(t.dir, name);
  fs.writeFileSync(file, content);
  return file;
}

export function csv(rows: (string | number | null)[][]): string {
  const cell = (v: string | number | null) => {
    const s = v === null ? '' : String(v);
    return /[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  return rows.map((r) => r.map(cell).join(',')).join('\n') + '\n';
}

/** Counts of every table (FTS shadow tables included): equal counts before and after = nothing written. */
export function tableCounts(t: T): Record<string, number> {
  const db = t.db();
  const names = db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").pluck().all() as string[];
  return Object.fromEntries(names.map((n) => [n, db.prepare(`SELECT count(*) FROM "${n}"`).pluck().get() as number]));
}

export async function runImport(
  t: T,
  file: string,
  opts: { decision?: DuplicateDecision; editionId?: string | null; rows?: { row: number; decision: DuplicateDecision }[] } = {},
): Promise<{ job: JobInfo; result: ImportCommitResult; sessionId: string }> {
  const { sessionId } = await t.call('imports.open', { path: file });
  await t.call('imports.preview', { sessionId, editionId: opts.editionId ?? null });
  await t.call('imports.setDecisions', { sessionId, default: opts.decision ?? 'skip', rows: opts.rows });
  const started = await t.call('imports.commit', { sessionId });
  const job = await t.backend.jobs.wait(started.id);
  if (job.status !== 'done') throw new Error(`import job ${job.status}: ${job.error}`);
  return { job, result: job.result as ImportCommitResult, sessionId };
}

/** Undoes a batch (the 'imports.undo' job) and waits for it: its result, or the test fails with why not. */
export async function undoImport(t: T, batchId: string): Promise<ImportUndoResult> {
  const started = await t.call('imports.undo', { batchId });
  const job = await t.backend.jobs.wait(started.id);
  if (job.status !== 'done') throw new Error(`undo job ${job.status}: ${job.error}`);
  return job.result as ImportUndoResult;
}

import { isErrorKey } from '../../../shared/i18n/errors';
import { isBusyError } from '../store/sameThreadWriter';
import { fileProblem } from '../store/fileProblem';

/**
 * A failed job's error as an error key the UI and the CLI translate (shared/i18n/errors.ts):
 * what the job itself refused (an ApiFailure's key) as it is; a full or failing disk, a file
 * without access or in use, a busy, read-only or damaged workspace in words; anything else as
 * err.jobFailed with the original message as its detail — kept, unlike a call's err.internal,
 * because a job's end is seen later, away from the log, and the detail is what a support
 * question needs. Never throws: it runs inside the runner's failure path.
 */
export function jobErrorKey(e: unknown): string {
  const message = messageOf(e);
  if (isErrorKey(message)) return message;
  if (isBusyError(e)) return 'err.busy';
  return systemErrorKey(e) ?? `err.jobFailed:${message}`;
}

/**
 * A failure of the machine rather than of the app, in words: a full or failing disk, a file
 * without access or in use, a read-only or damaged workspace. Null for anything else. Serves
 * jobs (above) and calls (dispatcher.ts), so that a save on a full disk says so instead of
 * "something went wrong".
 */
export function systemErrorKey(e: unknown): string | null {
  try {
    const code = (e as { code?: unknown } | null)?.code;
    const sqlite = typeof code === 'string' && code.startsWith('SQLITE_') ? code : '';
    // Only the plain code: SQLITE_READONLY_DBMOVED and the like are not "opened read-only".
    if (sqlite === 'SQLITE_READONLY') return 'err.readOnly';
    if (/^SQLITE_(CORRUPT|NOTADB)/.test(sqlite)) return 'err.workspaceDamaged';
    if (sqlite.startsWith('SQLITE_IOERR')) return 'err.diskIo';
    const problem = fileProblem(e);
    if (problem === 'diskFull') return 'err.diskFull';
    if (problem === 'noAccess') return 'err.noAccess';
    if (problem === 'inUse') return 'err.fileInUse';
    return null;
  } catch {
    return null; // an error object that throws on access: no worse than unknown
  }
}

function messageOf(e: unknown): string {
  try {
    const m = e instanceof Error ? e.message : (e as { message?: unknown } | null)?.message;
    return typeof m === 'string' && m !== '' ? m : String(e);
  } catch {
    // An object without a string form (a null prototype): say at least what it was.
    return Object.prototype.toString.call(e);
  }
}

/** What a job's thread posts when the job failed: message, code and stack (strings only: structured-clonable). */
export function threadFailure(e: unknown): { type: 'failed'; error: string; code?: string; stack?: string } {
  const code = (e as { code?: unknown } | null)?.code;
  const stack = e instanceof Error ? e.stack : undefined;
  return { type: 'failed', error: messageOf(e), ...(typeof code === 'string' ? { code } : {}), ...(stack ? { stack } : {}) };
}

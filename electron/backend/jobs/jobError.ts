import { isErrorKey } from '../../../shared/i18n/errors';
import { isBusyError } from '../store/sameThreadWriter';
import { fileProblem } from '../store/fileProblem';

/**
 * A failed job's error as an error key the UI and the CLI translate (shared/i18n/errors.ts):
 * what the job itself refused (an ApiFailure's key) as it is; a full disk, a folder without
 * access, a busy or damaged workspace in words; anything else as err.jobFailed with the
 * original message as its detail — kept, unlike a call's err.internal, because a job's end is
 * seen later, away from the log, and the detail is what a support question needs.
 */
export function jobErrorKey(e: unknown): string {
  const message = e instanceof Error ? e.message : typeof (e as { message?: unknown })?.message === 'string' ? (e as { message: string }).message : String(e);
  if (isErrorKey(message)) return message;
  if (isBusyError(e)) return 'err.busy';
  const code = (e as { code?: unknown } | null)?.code;
  if (code === 'SQLITE_READONLY') return 'err.readOnly';
  if (code === 'SQLITE_CORRUPT' || code === 'SQLITE_NOTADB') return 'err.workspaceDamaged';
  const problem = fileProblem(e);
  if (problem === 'diskFull') return 'err.diskFull';
  if (problem === 'noAccess') return 'err.noAccess';
  return `err.jobFailed:${message}`;
}

/** What a job's thread posts when the job failed: the message and the code (structured-clonable). */
export function threadFailure(e: unknown): { type: 'failed'; error: string; code?: unknown } {
  return { type: 'failed', error: e instanceof Error ? e.message : String(e), code: (e as { code?: unknown } | null)?.code };
}

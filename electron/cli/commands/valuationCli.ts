import path from 'node:path';
import { ApiFailure } from '../../../shared/api/result';
import { translateError } from '../../../shared/i18n/errors';
import { openDatabase, type Db } from '../../backend/store/openDatabase';
import { CliError } from '../cliSupport';

// What the assess and predict commands share: opening the workspace, choosing the exhibitions,
// the assessment date.

/** Opens an existing workspace (migrating it like the app does); failures as one clear line. */
export function openWorkspace(file: unknown, usage: string): Db {
  if (typeof file !== 'string') throw new CliError(`--db FILE is required\n\n${usage}`, 2);
  try {
    // No quick check (it reads the whole file; `check` does that): the assessment reads what it needs.
    return openDatabase(path.resolve(file), { skipCheck: true });
  } catch (e) {
    if (e instanceof ApiFailure) throw new CliError(translateError(e.message));
    throw e;
  }
}

export interface ExhibitionRow {
  id: string;
  name: string;
}

/** The named exhibition, or every exhibition (oldest first) when none is named. */
export function exhibitionsToAssess(db: Db, id: unknown): ExhibitionRow[] {
  if (id !== undefined) {
    const row = db.prepare('SELECT id, name FROM exhibitions WHERE id = ?').get(String(id)) as ExhibitionRow | undefined;
    if (!row) throw new CliError(`no exhibition with id "${String(id)}" in this workspace`);
    return [row];
  }
  return db.prepare('SELECT id, name FROM exhibitions ORDER BY created_at, name').all() as ExhibitionRow[];
}

/** --now YYYY-MM-DD (the assessment date; default: now). */
export function assessmentMoment(v: unknown): string {
  if (v === undefined) return new Date().toISOString();
  const day = String(v);
  const at = `${day}T12:00:00.000Z`;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day) || Number.isNaN(Date.parse(at)) || new Date(at).toISOString() !== at) {
    throw new CliError(`--now must be a date YYYY-MM-DD (got "${day}")`, 2);
  }
  return at;
}

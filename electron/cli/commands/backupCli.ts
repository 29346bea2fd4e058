import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { BackupCounts } from '../../../shared/api/backups';
import { ApiFailure } from '../../../shared/api/result';
import { translateError } from '../../../shared/i18n/errors';
import { APPLICATION_ID, type Db } from '../../backend/store/openDatabase';
import { CliError } from '../cliSupport';

// What the backup and restore commands share.

/** An ApiFailure as one clear line (the field messages included). */
export function cliFailure(e: unknown): never {
  if (e instanceof ApiFailure) {
    const fields = e.fields ? Object.values(e.fields).map((k) => translateError(k)) : [];
    const main = e.code === 'invalid_input' && fields.length ? '' : translateError(e.message);
    throw new CliError([main, ...fields].filter(Boolean).join(' '));
  }
  throw e;
}

export function requirePath(v: unknown, flag: string, usage: string): string {
  if (typeof v !== 'string' || v.trim() === '') throw new CliError(`--${flag} FILE is required\n\n${usage}`, 2);
  return path.resolve(v);
}

/**
 * Opens an existing workspace without migrating it (a backup must copy what is there), on a
 * read-write connection unless `readOnly`. Refuses files that are not workspaces.
 */
export function openExisting(file: string, readOnly: boolean): Db {
  if (!fs.existsSync(file)) throw new CliError(`${file}: file not found`);
  let db: Db;
  try {
    db = new Database(file, { readonly: readOnly, fileMustExist: true });
    db.pragma('busy_timeout = 5000');
  } catch (e) {
    throw new CliError(`${file}: cannot be opened (${(e as Error).message})`);
  }
  let appId: number;
  try {
    appId = db.pragma('application_id', { simple: true }) as number;
  } catch (e) {
    db.close();
    throw new CliError(`${file}: DAMAGED (${(e as Error).message})`);
  }
  if (appId !== APPLICATION_ID) {
    db.close();
    throw new CliError(`${file}: not an Exhibition CRM workspace`);
  }
  return db;
}

export function countsLine(c: BackupCounts | null): string {
  if (!c) return 'contents unreadable';
  const n = (v: number | null) => (v === null ? '-' : v.toLocaleString('en'));
  return `${n(c.customers)} customers, ${n(c.participations)} participations, ${n(c.interactions)} interactions`;
}

export const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

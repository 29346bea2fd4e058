import fs from 'node:fs';
import Database from 'better-sqlite3';
import { APPLICATION_ID } from './openDatabase';
import { SCHEMA_VERSION } from './migrations';

export interface CheckReport {
  path: string;
  ok: boolean;
  /** ok | damaged | not_workspace | too_new | missing */
  status: 'ok' | 'damaged' | 'not_workspace' | 'too_new' | 'missing';
  integrity: string[];
  schemaVersion: number | null;
  appSchemaVersion: number;
  sizeBytes: number | null;
  customers: number | null;
  deep: boolean;
  /** --deep only: rows whose foreign key points at nothing (null when not checked). */
  foreignKeyViolations: number | null;
}

/** Read-only health report of a workspace file; never migrates or writes. */
export function checkDatabase(file: string, deep = false, nativeBinding?: string): CheckReport {
  const base: CheckReport = {
    path: file, ok: false, status: 'missing', integrity: [], schemaVersion: null,
    appSchemaVersion: SCHEMA_VERSION, sizeBytes: null, customers: null, deep, foreignKeyViolations: null,
  };
  if (!fs.existsSync(file)) return base;
  base.sizeBytes = fs.statSync(file).size;
  let db: Database.Database | undefined;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true, ...(nativeBinding ? { nativeBinding } : {}) });
    const rows = db.pragma(deep ? 'integrity_check' : 'quick_check') as Record<string, string>[];
    base.integrity = rows.map((r) => Object.values(r)[0]!).slice(0, 20);
    if (base.integrity.length !== 1 || base.integrity[0] !== 'ok') return { ...base, status: 'damaged' };
    base.schemaVersion = db.pragma('user_version', { simple: true }) as number;
    if ((db.pragma('application_id', { simple: true }) as number) !== APPLICATION_ID) return { ...base, status: 'not_workspace' };
    if (base.schemaVersion > SCHEMA_VERSION) return { ...base, status: 'too_new' };
    base.customers = db.prepare('SELECT count(*) FROM customers WHERE deleted_at IS NULL').pluck().get() as number;
    if (deep) {
      // The deep check also proves the references hold: no row points at a deleted parent.
      const fk = db.pragma('foreign_key_check') as { table: string; rowid: number | null; parent: string; fkid: number }[];
      base.foreignKeyViolations = fk.length;
      if (fk.length > 0) {
        const lines = fk.slice(0, 20).map((r) => `foreign key: ${r.table} row ${r.rowid ?? '?'} → missing ${r.parent}`);
        return { ...base, status: 'damaged', integrity: [...base.integrity, ...lines] };
      }
    }
    return { ...base, ok: true, status: 'ok' };
  } catch (e) {
    return { ...base, status: 'damaged', integrity: [...base.integrity, (e as Error).message] };
  } finally {
    db?.close();
  }
}

import { randomUUID } from 'node:crypto';
import type { Db } from './store/openDatabase';

/** What a service needs for one call: the open workspace and the facts of "now" and "who". */
export interface Context {
  db: Db;
  now(): string;
  newId(): string;
  /** The staff member named in the workspace settings (who screened, who changed). */
  staffName(): string | null;
  /** Tells every client that data of this domain changed (they refetch). */
  changed(domain: string): void;
}

export function makeContext(db: Db, opts: Partial<Omit<Context, 'db'>> = {}): Context {
  return {
    db,
    now: opts.now ?? (() => new Date().toISOString()),
    newId: opts.newId ?? randomUUID,
    staffName:
      opts.staffName ??
      (() => {
        const v = db.prepare("SELECT value FROM settings WHERE key = 'staffName'").pluck().get() as string | undefined;
        return v ? (JSON.parse(v) as string | null) : null;
      }),
    changed: opts.changed ?? (() => {}),
  };
}

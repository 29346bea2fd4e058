import type { WorkspaceSettings } from '../../../shared/api/app';
import type { Db } from '../store/openDatabase';

const DEFAULTS: WorkspaceSettings = { currency: 'CNY', organisationName: null, staffName: null };

export function readSettings(db: Db): WorkspaceSettings {
  const rows = db.prepare('SELECT key, value FROM settings').all() as { key: string; value: string }[];
  const out: Record<string, unknown> = { ...DEFAULTS };
  for (const r of rows) if (r.key in DEFAULTS) out[r.key] = JSON.parse(r.value);
  return out as unknown as WorkspaceSettings;
}

export function writeSettings(db: Db, patch: Record<string, unknown>, now: string): void {
  const up = db.prepare(`
    INSERT INTO settings (key, value, created_at, updated_at) VALUES (?, ?, ?, ?)
    ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at`);
  db.transaction(() => {
    for (const [k, v] of Object.entries(patch)) if (v !== undefined) up.run(k, JSON.stringify(v), now, now);
  })();
}

export function readFlag(db: Db, key: string): boolean {
  const v = db.prepare('SELECT value FROM settings WHERE key = ?').pluck().get(key) as string | undefined;
  return v ? JSON.parse(v) === true : false;
}

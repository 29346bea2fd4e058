import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { csv, runImport, writeFile } from '../../../test/helpers/importFlow';
import { tempBackend } from '../../../test/helpers/tempBackend';
import { backupDirFor } from '../store/backups';
import { dailyBackupSettled, scheduleDailyBackup } from './dailyBackup';

type T = ReturnType<typeof tempBackend>;
const open: T[] = [];
function backend(lang?: 'en' | 'zh'): T {
  const t = tempBackend(lang ? { lang } : {});
  open.push(t);
  return t;
}
afterEach(() => {
  for (const t of open.splice(0)) t.cleanup();
});

/** Every row of the tables a restore must bring back, in a stable order. */
function snapshot(t: T) {
  const db = t.db();
  return {
    customers: db.prepare('SELECT * FROM customers ORDER BY id').all(),
    settings: db.prepare("SELECT key, value FROM settings WHERE key NOT LIKE 'backup%' AND key NOT LIKE '%Changed%' ORDER BY key").all(),
  };
}

describe('backups API', () => {
  it('backs up now, lists with counts, and reports the status', async () => {
    const t = backend();
    expect(await t.call('backups.status', {})).toMatchObject({ lastGoodAt: null, stale: true, count: 0, fallback: false });
    await t.call('customers.create', { companyName: 'Acme Lighting' });
    await t.call('customers.create', { companyName: 'Bolt Fasteners' });
    const made = await t.call('backups.create', {});
    expect(made).toMatchObject({ reason: 'manual', counts: { customers: 2, participations: 0, interactions: 0 } });
    expect(made.size).toBeGreaterThan(0);
    const list = await t.call('backups.list', {});
    expect(list.map((b) => b.path)).toEqual([made.path]);
    const status = await t.call('backups.status', {});
    expect(status).toMatchObject({ lastGoodAt: made.createdAt, stale: false, count: 1, folder: backupDirFor(t.file), staleAfterDays: 7 });
    expect(t.events).toContainEqual({ type: 'data.changed', domain: 'backups' });
  });

  it('restores a backup: data as at backup time, the state before kept as a pre-restore backup', async () => {
    const t = backend();
    const acme = await t.call('customers.create', { companyName: 'Acme Lighting' });
    await t.call('settings.update', { staffName: 'Wang Fang' });
    const before = snapshot(t);
    const backup = await t.call('backups.create', {});

    // Changes after the backup: an edit, a new customer, a trashed one.
    await t.call('customers.update', { id: acme.id, version: acme.version, patch: { companyName: 'Acme Lighting Co' } });
    const later = await t.call('customers.create', { companyName: 'Later Ltd' });
    await t.call('customers.trash', { ids: [later.id] });
    await t.call('settings.update', { staffName: 'Li Lei' });
    const changed = snapshot(t);
    expect(changed).not.toEqual(before);

    const r = await t.call('backups.restore', { path: backup.path });
    expect(r.workspace.path).toBe(t.file);
    expect(r.workspace.customerCount).toBe(1);
    expect(snapshot(t)).toEqual(before);
    expect(t.db().pragma('journal_mode', { simple: true })).toBe('wal');
    expect(fs.existsSync(`${t.file}.restoring`)).toBe(false);

    // The pre-restore backup holds the state just before the restore, and restores too.
    expect(r.preRestore.reason).toBe('pre-restore');
    expect(r.preRestore.counts?.customers).toBe(1); // Later Ltd is in the Trash
    const back = await t.call('backups.restore', { path: r.preRestore.path });
    expect(back.workspace.customerCount).toBe(1);
    expect(snapshot(t)).toEqual(changed);
    const reasons = (await t.call('backups.list', {})).map((b) => b.reason);
    expect(reasons.filter((x) => x === 'pre-restore')).toHaveLength(2);

    // Another window (a second connection) on the same file: refused, the workspace stays open.
    const other = new Database(t.file);
    other.prepare('SELECT count(*) FROM customers').get();
    const busy = await t.raw('backups.restore', { path: backup.path }, 'zh');
    other.close();
    expect(busy).toMatchObject({ ok: false, error: { code: 'busy', message: '此工作区正在另一个窗口或程序中打开。请先在那里关闭。' } });
    expect(snapshot(t)).toEqual(changed);
    expect(fs.existsSync(`${t.file}.restoring`)).toBe(false);
  });

  it('refuses to restore a damaged or foreign file, in the caller’s language, changing nothing', async () => {
    const t = backend();
    await t.call('customers.create', { companyName: 'Acme Lighting' });
    const foreign = path.join(t.dir, 'other.sqlite');
    const raw = new Database(foreign);
    raw.exec('CREATE TABLE t (x)');
    raw.close();
    const en = await t.raw('backups.restore', { path: foreign });
    expect(en).toMatchObject({ ok: false, error: { code: 'invalid_input', fields: { path: 'This file is not an intact Exhibition CRM workspace or backup.' } } });
    const zh = await t.raw('backups.restore', { path: path.join(t.dir, 'missing.sqlite') }, 'zh');
    expect(zh).toMatchObject({ ok: false, error: { code: 'invalid_input', fields: { path: '此文件不存在（或已被删除）。' } } });
    expect(await t.raw('backups.restore', { path: 'relative.sqlite' })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect((await t.call('backups.list', {})).length).toBe(0);
    expect(t.backend.workspaceInfo()?.customerCount).toBe(1);
  });

  it('settings: folder validated (exists, writable), retention stored', async () => {
    const t = backend();
    const s = await t.call('backups.settings', {});
    expect(s).toEqual({ folder: null, defaultFolder: backupDirFor(t.file), retention: { daily: 7, weekly: 4, monthly: 12, eventDays: 30 } });
    const missing = await t.raw('backups.updateSettings', { folder: path.join(t.dir, 'no-such-stick') });
    expect(missing).toMatchObject({ ok: false, error: { code: 'invalid_input', fields: { folder: 'This folder does not exist (or the drive is not connected).' } } });
    const bad = await t.raw('backups.updateSettings', { retention: { daily: -1, weekly: 1.5 } }, 'zh');
    expect(bad.ok).toBe(false);
    expect(Object.keys((bad as { error: { fields: Record<string, string> } }).error.fields).sort()).toEqual(['retention.daily', 'retention.weekly']);

    const stick = path.join(t.dir, 'stick');
    fs.mkdirSync(stick);
    const saved = await t.call('backups.updateSettings', { folder: stick, retention: { daily: 3 } });
    expect(saved).toMatchObject({ folder: stick, retention: { daily: 3, weekly: 4, monthly: 12, eventDays: 30 } });
    const made = await t.call('backups.create', {});
    expect(path.dirname(made.path)).toBe(stick);
    expect((await t.call('backups.updateSettings', { folder: null })).folder).toBeNull();
    // Backups in the previously picked folder are no longer listed once it is unset; the new ones go beside.
    expect(path.dirname((await t.call('backups.create', {})).path)).toBe(backupDirFor(t.file));
  });

  it('exports the workspace as one file and imports it as a new workspace', async () => {
    const t = backend();
    await t.call('customers.create', { companyName: 'Acme Lighting' });
    const out = path.join(t.dir, 'move', 'Fair export.sqlite');
    expect(await t.raw('workspace.export', { path: out })).toMatchObject({ ok: false, error: { fields: { path: 'This folder does not exist (any more). Choose another one.' } } });
    expect(await t.raw('workspace.export', { path: t.file })).toMatchObject({ ok: false, error: { fields: { path: 'Choose a different file than the open workspace.' } } });
    expect(await t.raw('workspace.export', { path: path.join(t.dir, 'x.xlsx') })).toMatchObject({ ok: false, error: { fields: { path: 'The file name must end in .sqlite.' } } });
    fs.mkdirSync(path.dirname(out));
    const exp = await t.call('workspace.export', { path: out });
    expect(exp).toMatchObject({ path: out, counts: { customers: 1 } });

    const info = await t.call('workspace.import', { path: out });
    expect(info.name).toBe('Fair export');
    expect(path.dirname(info.path)).toBe(t.backend.workspacesDir);
    expect(info.customerCount).toBe(1);
    expect(info.readOnly).toBe(false);
    // Importing a file that is not a workspace: a field error, no workspace switch.
    const junk = path.join(t.dir, 'junk.sqlite');
    fs.writeFileSync(junk, 'not a database at all'.repeat(100));
    expect(await t.raw('workspace.import', { path: junk })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(t.backend.workspaceInfo()?.path).toBe(info.path);
  });

  it('opens a backup read-only: backups cannot be taken from it, nothing can be written', async () => {
    const t = backend();
    await t.call('customers.create', { companyName: 'Acme Lighting' });
    const made = await t.call('backups.create', {});
    const info = await t.call('workspace.open', { path: made.path, readOnly: true });
    expect(info).toMatchObject({ readOnly: true, customerCount: 1 });
    expect(await t.raw('backups.create', {})).toMatchObject({ ok: false, error: { code: 'read_only' } });
    expect(await t.raw('customers.create', { companyName: 'X' })).toMatchObject({ ok: false, error: { code: 'read_only' } });
  });

  it('an import commit is preceded by a verified pre-import backup holding the data before it', async () => {
    const t = backend();
    await t.call('customers.create', { companyName: 'Acme Lighting' });
    const file = writeFile(t, 'leads.csv', csv([['Company name', 'City'], ['Bolt Fasteners', 'Ningbo'], ['Cedar Print', 'Xiamen']]));
    await runImport(t, file);
    expect(t.backend.workspaceInfo()?.customerCount).toBe(3);
    const list = await t.call('backups.list', {});
    expect(list.map((b) => b.reason)).toEqual(['pre-import']);
    expect(list[0]!.counts?.customers).toBe(1);
  });

  it('takes the daily backup a moment after a workspace with data opens, once', async () => {
    const t = backend();
    // An empty new workspace: nothing to back up yet.
    scheduleDailyBackup(t.backend, t.backend.context(), { delayMs: 0, anyHost: true });
    await dailyBackupSettled(t.backend.context());
    expect((await t.call('backups.list', {})).length).toBe(0);
    await t.call('customers.create', { companyName: 'Acme Lighting' });
    scheduleDailyBackup(t.backend, t.backend.context(), { delayMs: 0, anyHost: true });
    await dailyBackupSettled(t.backend.context());
    scheduleDailyBackup(t.backend, t.backend.context(), { delayMs: 0, anyHost: true });
    await dailyBackupSettled(t.backend.context());
    expect((await t.call('backups.list', {})).map((b) => b.reason)).toEqual(['daily']);
    // The CLI host (one-shot commands, tests) takes none by itself.
    fs.rmSync(backupDirFor(t.file), { recursive: true });
    scheduleDailyBackup(t.backend, t.backend.context(), { delayMs: 0 });
    await dailyBackupSettled(t.backend.context());
    expect((await t.call('backups.list', {})).length).toBe(0);
  });
});

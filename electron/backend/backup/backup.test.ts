import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiFailure } from '../../../shared/api/result';
import { translateError } from '../../../shared/i18n/errors';
import { tempDir } from '../../../test/helpers/tempBackend';
import { backupBeforeImport } from '../imports/importHooks';
import { JobCancelled } from '../jobs/jobTypes';
import { SOURCE_WORKER_ENTRY } from '../jobs/sourceWorkerEntry';
import { backupDirFor, backupPathFor, listBackups } from '../store/backups';
import { SCHEMA_VERSION } from '../store/migrations';
import { APPLICATION_ID, openDatabase, type Db } from '../store/openDatabase';
import { applyRetention, backupStatus, ensureDailyBackup, takeBackup, takeBackupSync } from './backupService';
import { writeBackupSettings } from './backupSettings';
import { CHECK_IN_THREAD_FROM, verifyBackup, verifyBackupOffThread } from './writeBackup';

let dir: string;
beforeAll(() => {
  dir = tempDir('excrm-backup-');
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

let n = 0;
/** A fresh workspace with a batch table of its own (~4 MB, so a backup takes many steps). */
function workspace(rows = 4000): { file: string; db: Db } {
  const file = path.join(dir, `ws${++n}`, 'Fair.sqlite');
  const db = openDatabase(file, { create: true });
  db.exec('CREATE TABLE t_batches (batch INTEGER NOT NULL, i INTEGER NOT NULL, pad TEXT NOT NULL)');
  const ins = db.prepare('INSERT INTO t_batches VALUES (?, ?, ?)');
  db.transaction(() => {
    for (let i = 0; i < rows; i++) ins.run(0, i, 'x'.repeat(1000));
  })();
  return { file, db };
}

/** Overwrites 16 KiB in the middle of a file with noise (what a bad sector or a bug does). */
function damage(file: string): void {
  const buf = fs.readFileSync(file);
  const from = Math.floor(buf.length / 2 / 4096) * 4096;
  for (let i = from; i < Math.min(buf.length, from + 16384); i++) buf[i] = (i * 31 + 7) & 0xff;
  fs.writeFileSync(file, buf);
}

const tick = () => new Promise<void>((r) => setImmediate(r));

describe('taking a backup', () => {
  it('is consistent while another connection keeps writing in WAL mode', async () => {
    const { file, db } = workspace();
    const writer = new Database(file);
    writer.pragma('journal_mode = WAL');
    writer.pragma('busy_timeout = 5000');
    const ins = writer.prepare('INSERT INTO t_batches VALUES (?, ?, ?)');
    const batch = writer.transaction((b: number) => {
      for (let i = 0; i < 50; i++) ins.run(b, i, 'y'.repeat(200));
    });

    let settled = false;
    const backup = takeBackup(db, 'manual').finally(() => {
      settled = true;
    });
    // Writes interleave with the backup's steps: each one from another connection restarts the copy.
    let written = 0;
    while (!settled && written < 150) {
      batch(++written);
      await tick();
    }
    const entry = await backup;
    writer.close();
    expect(written).toBeGreaterThan(0);

    expect(verifyBackup(entry.path, { applicationId: APPLICATION_ID, userVersion: SCHEMA_VERSION })).toEqual({ ok: true, problem: null });
    const copy = new Database(entry.path, { readonly: true });
    // Every batch is all or nothing, and the batches present are exactly the first k.
    const perBatch = copy.prepare('SELECT batch, count(*) AS n FROM t_batches WHERE batch > 0 GROUP BY batch ORDER BY batch').all() as { batch: number; n: number }[];
    for (const b of perBatch) expect(b.n).toBe(50);
    expect(perBatch.map((b) => b.batch)).toEqual(perBatch.map((_, i) => i + 1));
    expect(copy.prepare('SELECT count(*) FROM t_batches WHERE batch = 0').pluck().get()).toBe(4000);
    // Self-contained: a rollback journal, no -wal needed beside it.
    expect(copy.pragma('journal_mode', { simple: true })).toBe('delete');
    copy.close();
    expect(fs.existsSync(`${entry.path}-wal`)).toBe(false);
    expect(entry).toMatchObject({ reason: 'manual', schemaVersion: SCHEMA_VERSION, counts: { customers: 0, participations: 0, interactions: 0 } });
    db.close();
  });

  it('deletes a backup that fails its check, and says so in the status', async () => {
    const { file, db } = workspace();
    const failure = await takeBackup(db, 'manual', { onWritten: damage }).then(
      () => null,
      (e: unknown) => e,
    );
    expect(failure).toBeInstanceOf(ApiFailure);
    expect((failure as ApiFailure).message).toBe('err.backup.verifyFailed');
    // Nothing with a backup's name, and no partial file left behind.
    expect(listBackups(file)).toEqual([]);
    expect(fs.readdirSync(backupDirFor(file))).toEqual([]);
    const status = backupStatus(db);
    expect(status).toMatchObject({ lastGoodAt: null, stale: true, count: 0 });
    expect(status.lastError?.message).toBe('err.backup.verifyFailed');

    // The synchronous variant (pre-import, pre-migration) checks the same way.
    expect(() => takeBackupSync(db, 'pre-import', { onWritten: damage })).toThrow('err.backup.verifyFailed');
    // The next good backup clears the error.
    await takeBackup(db, 'manual');
    expect(backupStatus(db).lastError).toBeNull();
    db.close();
  });

  it('verify catches files damaged, truncated or foreign', async () => {
    const { db } = workspace();
    const good = await takeBackup(db, 'manual');
    const expected = { applicationId: APPLICATION_ID, userVersion: SCHEMA_VERSION };
    expect(verifyBackup(good.path, expected).ok).toBe(true);
    expect(verifyBackup(good.path, { ...expected, userVersion: SCHEMA_VERSION + 1 }).ok).toBe(false);

    const hurt = path.join(dir, 'hurt.sqlite');
    fs.copyFileSync(good.path, hurt);
    damage(hurt);
    expect(verifyBackup(hurt, expected).ok).toBe(false);

    const cut = path.join(dir, 'cut.sqlite');
    fs.writeFileSync(cut, fs.readFileSync(good.path).subarray(0, 40_000));
    expect(verifyBackup(cut, expected).ok).toBe(false);

    const garbage = path.join(dir, 'garbage.sqlite');
    fs.writeFileSync(garbage, Buffer.alloc(8192, 0x41));
    expect(verifyBackup(garbage, expected).ok).toBe(false);
    db.close();
  });

  it('checks a big backup in a thread: the calling thread keeps turning, and damage is still caught', async () => {
    const { file, db } = workspace();
    const expected = { applicationId: APPLICATION_ID, userVersion: SCHEMA_VERSION };
    const good = await takeBackup(db, 'manual');
    const hurt = path.join(dir, 'hurt-in-thread.sqlite');
    fs.copyFileSync(good.path, hurt);
    damage(hurt);
    // Turns of this thread's event loop while a check runs: none when it runs here, in one piece.
    const turnsDuring = async (check: () => Promise<unknown>) => {
      let turns = 0;
      const timer = setInterval(() => turns++, 1);
      const result = await check();
      clearInterval(timer);
      return { result, turns };
    };
    const inThread = { checkInThreadFrom: 0, workerEntry: SOURCE_WORKER_ENTRY };
    const goodInThread = await turnsDuring(() => verifyBackupOffThread(good.path, expected, inThread));
    expect(goodInThread.result).toEqual({ ok: true, problem: null });
    expect(goodInThread.turns).toBeGreaterThan(0);
    const hurtInThread = await turnsDuring(() => verifyBackupOffThread(hurt, expected, inThread));
    expect(hurtInThread.result).toMatchObject({ ok: false });
    expect((hurtInThread.result as { problem: string }).problem).not.toBe('');
    // A small file (the default threshold is far above this one) is checked here: no turns.
    expect(fs.statSync(good.path).size).toBeLessThan(CHECK_IN_THREAD_FROM);
    const here = await turnsDuring(() => verifyBackupOffThread(hurt, expected, { workerEntry: SOURCE_WORKER_ENTRY }));
    expect(here).toEqual({ result: hurtInThread.result, turns: 0 });
    // And so is any file when no worker entry is given (the CLI).
    expect(await turnsDuring(() => verifyBackupOffThread(hurt, expected, { checkInThreadFrom: 0 }))).toEqual(here);
    // A thread that cannot start does not fail the check: it runs here instead, as strictly.
    const noThread = { checkInThreadFrom: 0, workerEntry: path.join(dir, 'missing-worker.js') };
    expect(await verifyBackupOffThread(good.path, expected, noThread)).toEqual({ ok: true, problem: null });
    expect(await verifyBackupOffThread(hurt, expected, noThread)).toEqual(hurtInThread.result);

    // The whole backup with its check in a thread: a damaged copy is refused and removed.
    const failure = await takeBackup(db, 'manual', { ...inThread, onWritten: damage }).catch((e: unknown) => e);
    expect((failure as ApiFailure).message).toBe('err.backup.verifyFailed');
    expect(listBackups(file).map((b) => b.path)).toEqual([good.path]);
    const next = await takeBackup(db, 'manual', inThread);
    expect(verifyBackup(next.path, expected).ok).toBe(true);
    db.close();
  });

  it('takes the daily backup once per day', async () => {
    const { db } = workspace(10);
    const first = await ensureDailyBackup(db);
    expect(first?.reason).toBe('daily');
    expect(await ensureDailyBackup(db)).toBeNull();
    // Tomorrow, a new one.
    const tomorrow = new Date(Date.now() + 86_400_000);
    expect((await ensureDailyBackup(db, { now: tomorrow }))?.reason).toBe('daily');
    db.close();
  });

  it('writes pre-import and pre-migration backups, verified, with the same naming', async () => {
    const { file, db } = workspace(10);
    const steps: [number, number, string][] = [];
    await backupBeforeImport(db, { progress: (done, total, step) => steps.push([done, total, step]), cancelled: () => false });
    // Its progress is the job's: pages copied of all, ending complete.
    expect(steps.length).toBeGreaterThan(0);
    expect(steps.every(([, , step]) => step === 'backup')).toBe(true);
    expect(listBackups(file).map((b) => b.reason)).toEqual(['pre-import']);
    db.pragma(`user_version = ${SCHEMA_VERSION - 1}`);
    db.close();
    // Reopening runs the last migration again … on a file whose schema already has it: it fails,
    // but only after the pre-migration backup was taken and verified.
    expect(() => openDatabase(file)).toThrow();
    expect(listBackups(file).map((b) => b.reason).sort()).toEqual(['pre-import', `pre-migration-v${SCHEMA_VERSION - 1}`]);
    const pre = listBackups(file).find((b) => b.reason.startsWith('pre-migration'))!;
    expect(verifyBackup(pre.path, { applicationId: APPLICATION_ID, userVersion: SCHEMA_VERSION - 1 }).ok).toBe(true);
  });

  it('a backup that cannot be written says why, in the status too, in both languages', async () => {
    const { file, db } = workspace(10);
    // A file where the backups folder goes: mkdir fails with EEXIST.
    fs.writeFileSync(backupDirFor(file), 'not a folder');
    const key = 'err.backup.writeFailed:notFolder';
    await expect(takeBackup(db, 'manual')).rejects.toMatchObject({ message: key });
    expect(() => takeBackupSync(db, 'manual')).toThrow(key);
    expect(backupStatus(db).lastError).toMatchObject({ reason: 'manual', message: key });
    expect(translateError(key, 'en')).toBe('The backup could not be written: a file stands where the backup folder should be.');
    expect(translateError(key, 'zh')).toBe('无法写入备份：备份文件夹的位置上有一个同名文件。');
    // A reason the app cannot name keeps the general hint.
    expect(translateError('err.backup.writeFailed', 'en')).toBe('The backup could not be written (disk full, folder removed or not writable?).');
    db.close();
  });

  it('a cancelled pre-import backup keeps no file and is not recorded as a failure', async () => {
    const { file, db } = workspace(10);
    // Cancelled when the copy reports its first step.
    await expect(backupBeforeImport(db, { progress: () => {}, cancelled: () => true })).rejects.toBeInstanceOf(JobCancelled);
    expect(listBackups(file)).toEqual([]);
    expect(fs.readdirSync(backupDirFor(file)).filter((f) => f.endsWith('.partial'))).toEqual([]);
    expect(backupStatus(db).lastError).toBeNull();
    db.close();
  });

  it('goes to the picked folder, falls back beside the workspace when it is gone, and prunes by the rule', async () => {
    const { file, db } = workspace(10);
    const stick = path.join(dir, 'usb-stick');
    fs.mkdirSync(stick);
    writeBackupSettings(db, { folder: stick }, new Date().toISOString());
    const a = await takeBackup(db, 'manual');
    expect(path.dirname(a.path)).toBe(stick);
    fs.rmSync(stick, { recursive: true });
    const b = await takeBackup(db, 'manual');
    expect(path.dirname(b.path)).toBe(backupDirFor(file));
    expect(backupStatus(db)).toMatchObject({ fallback: true, folder: backupDirFor(file), count: 1, stale: false });

    // Ten old daily backups (written straight into the folder), then a rule keeping 2 days.
    fs.mkdirSync(stick);
    for (let d = 1; d <= 10; d++) await takeBackup(db, 'daily', { out: backupPathFor(file, 'daily', new Date(Date.UTC(2026, 9, d, 12)), stick) });
    writeBackupSettings(db, { retention: { daily: 2, weekly: 0, monthly: 0, eventDays: 0 } }, new Date().toISOString());
    const deleted = applyRetention(db, new Date(Date.UTC(2026, 10, 22, 12)));
    expect(deleted).toHaveLength(9);
    const left = [...listBackups(file, stick), ...listBackups(file)].map((f) => `${f.reason}@${f.createdAt.slice(0, 10)}`).sort();
    // The newest (today's manual, also the newest day) and the newest other day remain.
    expect(left).toEqual(['daily@2026-10-10', `manual@${b.createdAt.slice(0, 10)}`].sort());
    db.close();
  });
});

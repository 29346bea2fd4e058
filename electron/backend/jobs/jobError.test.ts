import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { ApiFailure } from '../../../shared/api/result';
import { translateError } from '../../../shared/i18n/errors';
import { tempDir } from '../../../test/helpers/tempBackend';
import { jobErrorKey, threadFailure } from './jobError';

const dir = tempDir('excrm-joberror-');
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** Real errors, each from the library or the system that raises it. */
function caught(fn: () => unknown): unknown {
  try {
    fn();
  } catch (e) {
    return e;
  }
  throw new Error('expected a throw');
}

let fulls = 0;
function sqliteFull(): unknown {
  const db = new Database(path.join(dir, `full${++fulls}.sqlite`));
  db.exec('CREATE TABLE t (x TEXT)');
  // The database may not grow past its current pages: the next big insert finds it full.
  db.pragma(`max_page_count = ${db.pragma('page_count', { simple: true }) as number}`);
  const e = caught(() => db.prepare('INSERT INTO t VALUES (?)').run('x'.repeat(100_000)));
  db.close();
  return e;
}

describe('a failed job in words', () => {
  it('keeps what the job itself refused, as its key', () => {
    expect(jobErrorKey(new ApiFailure('conflict', 'err.import.workspaceChanged'))).toBe('err.import.workspaceChanged');
    expect(jobErrorKey(new ApiFailure('internal', 'err.backup.writeFailed:diskFull'))).toBe('err.backup.writeFailed:diskFull');
  });

  it('words a full disk, a busy or read-only or damaged workspace from SQLite’s own errors', () => {
    expect(jobErrorKey(sqliteFull())).toBe('err.diskFull');
    const file = path.join(dir, 'ro.sqlite');
    new Database(file).exec('CREATE TABLE t (x)');
    const ro = new Database(file, { readonly: true });
    expect(jobErrorKey(caught(() => ro.exec('INSERT INTO t VALUES (1)')))).toBe('err.readOnly');
    ro.close();
    const a = new Database(file);
    const b = new Database(file, { timeout: 0 });
    a.exec('BEGIN IMMEDIATE');
    expect(jobErrorKey(caught(() => b.exec('BEGIN IMMEDIATE')))).toBe('err.busy');
    a.exec('ROLLBACK');
    a.close();
    b.close();
    const junk = path.join(dir, 'junk.sqlite');
    fs.writeFileSync(junk, Buffer.alloc(8192, 7));
    expect(jobErrorKey(caught(() => new Database(junk).prepare('SELECT * FROM sqlite_schema').all()))).toBe('err.workspaceDamaged');
  });

  it('words a file system refusal; anything else keeps its message as the detail', () => {
    const blocker = path.join(dir, 'a-file');
    fs.writeFileSync(blocker, '');
    // Under a file: ENOTDIR, which no job-level key names, so its message is the detail.
    const notDir = caught(() => fs.mkdirSync(path.join(blocker, 'sub')));
    expect(jobErrorKey(notDir)).toBe(`err.jobFailed:${(notDir as Error).message}`);
    expect(jobErrorKey(Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' }))).toBe('err.noAccess');
    expect(jobErrorKey(new TypeError('x is undefined'))).toBe('err.jobFailed:x is undefined');
    expect(translateError('err.jobFailed:x is undefined', 'zh')).toBe('发生意外错误（x is undefined）。');
  });

  it('classifies by code, extended codes too, and never throws', () => {
    const coded = (code: string) => Object.assign(new Error(`${code} happened`), { code });
    expect(jobErrorKey(coded('SQLITE_CORRUPT_INDEX'))).toBe('err.workspaceDamaged');
    expect(jobErrorKey(coded('SQLITE_IOERR_SHMSIZE'))).toBe('err.diskIo');
    // Windows: replacing a workbook open in Excel; not worded as a permission matter alone.
    expect(jobErrorKey(coded('EPERM'))).toBe('err.fileInUse');
    expect(jobErrorKey(coded('EBUSY'))).toBe('err.fileInUse');
    // Moved or other read-only variants are not "opened read-only": the message stays.
    expect(jobErrorKey(coded('SQLITE_READONLY_DBMOVED'))).toBe('err.jobFailed:SQLITE_READONLY_DBMOVED happened');
    expect(jobErrorKey(coded('SQLITE_CANTOPEN'))).toBe('err.jobFailed:SQLITE_CANTOPEN happened');
    // Throwables without a usable string form.
    expect(jobErrorKey(Object.create(null))).toBe('err.jobFailed:[object Object]');
    expect(jobErrorKey(null)).toBe('err.jobFailed:null');
    expect(jobErrorKey(new Error(''))).toBe('err.jobFailed:Error');
    // A code that is not a string is not posted (it might not survive the copy).
    expect(threadFailure(Object.assign(new Error('x'), { code: () => 1 }))).not.toHaveProperty('code');
    expect(translateError('err.jobFailed:EISDIR: illegal operation', 'en')).toBe('An unexpected error occurred (EISDIR: illegal operation).');
  });

  it('the code survives the way from a job’s thread to the runner', () => {
    // What the thread posts is copied (structured clone): only the message and the code arrive.
    const posted = structuredClone(threadFailure(sqliteFull()));
    expect(posted).toMatchObject({ type: 'failed', code: 'SQLITE_FULL' });
    expect(jobErrorKey({ message: posted.error, code: posted.code })).toBe('err.diskFull');
    expect(jobErrorKey({ message: 'err.busy', code: undefined })).toBe('err.busy');
  });
});

import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Backend } from '../../electron/backend/backend';
import { dispatch } from '../../electron/backend/dispatcher';
import { demoJob } from '../../electron/backend/jobs/demoJob';
import { openDatabase } from '../../electron/backend/store/openDatabase';
import { tempDir } from '../helpers/tempBackend';
import { RELIABILITY_LARGE, writeReliabilityFigures } from './reliabilityFigures';

// Issue 7 item 7: two programs on one workspace — this process (the app's backend) and another
// process writing at the same time (as the CLI or a second app would) — never corrupt it, never
// lose a committed write, and an edit based on a record someone changed meanwhile is refused
// with a 'conflict' instead of overwriting.

const WORKLOAD = path.join(path.dirname(fileURLToPath(import.meta.url)), 'crashWorkload.ts');
const SECONDS = RELIABILITY_LARGE ? 60 : 4;

let dir: string;
let file: string;
beforeAll(() => {
  dir = tempDir('excrm-concurrency-');
  file = path.join(dir, 'Shared.sqlite');
  demoJob({ path: file, customers: 200, seed: 9, now: '2026-11-22T10:00:00.000Z' }, { progress: () => {}, cancelled: () => false });
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function backend(name: string): Backend {
  const b = new Backend({ dataDir: path.join(dir, name), host: 'cli', version: 'test' });
  b.open(file);
  return b;
}

async function call<T>(b: Backend, method: string, input: unknown): Promise<{ ok: true; data: T } | { ok: false; code: string }> {
  const r = await dispatch(b, method, input);
  return r.ok ? { ok: true, data: r.data as T } : { ok: false, code: r.error.code };
}

describe('two programs writing to one workspace', () => {
  it('keep every committed write of both, and the file intact', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', WORKLOAD, '--file', file, '--kind', 'writes', '--seed', '77'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let acked = 0;
    let theirBusy = 0;
    let theirError: string | null = null;
    let buf = '';
    let ready!: () => void;
    const isReady = new Promise<void>((r) => (ready = r));
    child.stdout.on('data', (d: Buffer) => {
      buf += d.toString();
      for (let i; (i = buf.indexOf('\n')) >= 0; buf = buf.slice(i + 1)) {
        const line = JSON.parse(buf.slice(0, i)) as { ready?: boolean; ack?: string; busy?: boolean; error?: string };
        if (line.ready) ready();
        if (line.ack) acked++;
        if (line.busy) theirBusy++;
        if (line.error) theirError = line.error;
      }
    });
    // Read its stderr too: a full pipe would block the other program mid-write.
    let theirStderr = '';
    child.stderr.on('data', (d: Buffer) => (theirStderr = (theirStderr + d.toString()).slice(-4000)));
    const exited = new Promise<void>((r) => child.on('exit', () => r()));
    await isReady;

    // Meanwhile this process creates customers and edits existing ones, as fast as it can.
    const b = backend('app');
    const mine: string[] = [];
    let busy = 0;
    const ids = b.context().db.prepare('SELECT id FROM customers ORDER BY num LIMIT 50').pluck().all() as string[];
    const until = Date.now() + SECONDS * 1000;
    for (let n = 0; Date.now() < until; n++) {
      // A person writes a few times a second at most; 2 ms between writes is still far busier,
      // and leaves the other program moments to take the lock (a writer that never pauses
      // starves the other one into 'busy' answers — correct, but not what two users do).
      await new Promise((r) => setTimeout(r, 2));
      const created = await call<{ id: string }>(b, 'customers.create', { companyName: `App write ${n}`, kinds: ['exhibitor'] });
      if (created.ok) mine.push(created.data.id);
      else if (created.code === 'busy') busy++;
      else throw new Error(`create failed: ${created.code}`);
      const id = ids[n % ids.length]!;
      const cur = await call<{ version: number }>(b, 'customers.get', { id });
      if (cur.ok) {
        const up = await call(b, 'customers.update', { id, version: cur.data.version, patch: { notes: `edited ${n}` } });
        if (!up.ok && up.code === 'busy') busy++;
        else if (!up.ok) throw new Error(`update failed: ${up.code}`);
      }
    }
    child.kill('SIGKILL');
    await exited;
    b.close();
    expect(theirError, theirStderr).toBeNull();

    const db = openDatabase(file);
    try {
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      const present = db.prepare("SELECT count(*) FROM customers WHERE company_name LIKE 'App write %'").pluck().get() as number;
      expect(present).toBe(mine.length);
      const theirs = db.prepare("SELECT count(*) FROM customers WHERE company_name LIKE 'Crash write 77-%'").pluck().get() as number;
      // Every write the other program reported is there (one more may have committed unreported).
      expect(theirs === acked || theirs === acked + 1).toBe(true);
      expect(mine.length).toBeGreaterThan(10);
      // Both made progress the whole time (the other one did not stop early).
      expect(acked).toBeGreaterThan(SECONDS * 20);
      writeReliabilityFigures('concurrency', { seconds: SECONDS, appWrites: mine.length, otherProcessWrites: acked, busyAnswers: { app: busy, other: theirBusy }, integrity: 'ok' });
    } finally {
      db.close();
    }
  }, 120_000 + SECONDS * 2000);

  it('refuses an edit based on a version someone else changed meanwhile', async () => {
    const a = backend('window-a');
    const b = backend('window-b');
    try {
      const id = a.context().db.prepare('SELECT id FROM customers ORDER BY num LIMIT 1').pluck().get() as string;
      const seenByA = await call<{ version: number; notes: string | null }>(a, 'customers.get', { id });
      const seenByB = await call<{ version: number }>(b, 'customers.get', { id });
      if (!seenByA.ok || !seenByB.ok) throw new Error('get failed');
      expect(await call(b, 'customers.update', { id, version: seenByB.data.version, patch: { notes: 'B was first' } })).toMatchObject({ ok: true });
      expect(await call(a, 'customers.update', { id, version: seenByA.data.version, patch: { notes: 'A overwrites?' } })).toEqual({ ok: false, code: 'conflict' });
      const now = await call<{ notes: string }>(a, 'customers.get', { id });
      expect(now).toMatchObject({ ok: true, data: { notes: 'B was first' } });
    } finally {
      a.close();
      b.close();
    }
  });
});

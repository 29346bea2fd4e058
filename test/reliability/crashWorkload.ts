// The process the crash test kills (crash.test.ts): opens a workspace through the real backend
// and does heavy writes of one kind in a loop until it is killed, telling the parent on stdout
// what each batch is about to do ("intent") and what has been committed ("ack"), one JSON line
// each, written synchronously before the next step. Kinds:
//   writes — customers created one by one                   (customers +1 each)
//   import — a 300-row CSV imported as new customers       (customers +300, all or nothing)
//   rebook — a new edition, then everyone rebooked into it (participations +n, all or nothing)
//   stages — every pending lifecycle suggestion accepted    (stage_transitions +n, all or nothing;
//            when none are left it waits for the kill)
//   assess — a value assessment stored as a snapshot       (value_figures rows = its relationships)
//   demo   — a demo workspace generated beside this one    (renamed into place only when complete)
//   node --import tsx test/reliability/crashWorkload.ts --file WORKSPACE --kind KIND --seed N

import fs from 'node:fs';
import path from 'node:path';
import { Backend } from '../../electron/backend/backend';
import { dispatch } from '../../electron/backend/dispatcher';
import { demoJob } from '../../electron/backend/jobs/demoJob';

import type { CrashKind } from './crashKinds';

const IMPORT_ROWS = 300;

const arg = (name: string) => {
  const at = process.argv.indexOf(name);
  return at >= 0 ? process.argv[at + 1]! : '';
};
const pause = new Int32Array(new SharedArrayBuffer(4));
/**
 * One line to the parent, written through before the next step. stdout is a non-blocking pipe:
 * when the parent is slow to read (busy writing itself), a write may take only part of the
 * line or none (EAGAIN) — then wait a moment and write the rest.
 */
function say(m: Record<string, unknown>): void {
  let buf = Buffer.from(`${JSON.stringify(m)}\n`);
  while (buf.length > 0) {
    try {
      buf = buf.subarray(fs.writeSync(1, buf));
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EAGAIN') throw e;
      Atomics.wait(pause, 0, 0, 2);
    }
  }
}

async function main(): Promise<void> {
  const file = arg('--file');
  const kind = arg('--kind') as CrashKind;
  const seed = Number(arg('--seed'));
  const dir = path.dirname(file);
  const b = new Backend({ dataDir: path.join(dir, 'app'), host: 'cli', version: 'crash' });
  b.open(file);
  const db = b.context().db;
  const count = (table: string) => db.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;
  const call = async <T>(method: string, input: unknown): Promise<T> => {
    const r = await dispatch(b, method, input);
    if (!r.ok) throw new Error(`${method}: ${JSON.stringify(r.error)}`);
    return r.data as T;
  };
  const waitJob = async (id: string) => {
    const job = await b.jobs.wait(id, 5);
    if (job.status !== 'done') throw new Error(`job ${job.status}: ${job.error}`);
    return job;
  };
  const x = JSON.parse(db.prepare("SELECT value FROM settings WHERE key = 'currentExhibitionId'").pluck().get() as string) as string;
  say({ ready: true });

  for (let n = 0; ; n++) {
    const tag = `${seed}-${n}`;
    if (kind === 'writes') {
      const before = count('customers');
      say({ intent: 'customers', before, n: 1 });
      const r = await dispatch(b, 'customers.create', { companyName: `Crash write ${tag}`, kinds: ['trade_buyer'] });
      // Another program held the write lock past the busy timeout: nothing was written; go on.
      if (!r.ok && r.error.code === 'busy') {
        say({ busy: true });
        continue;
      }
      if (!r.ok) throw new Error(`customers.create: ${JSON.stringify(r.error)}`);
      say({ ack: 'customers', after: count('customers') });
    } else if (kind === 'import') {
      const csv = path.join(dir, `import-${tag}.csv`);
      const rows = Array.from({ length: IMPORT_ROWS }, (_, i) => `Crash import ${tag} row ${i},crash${tag.replace('-', 'x')}r${i}@example.com`);
      fs.writeFileSync(csv, `Company name,Email\n${rows.join('\n')}\n`);
      const { sessionId } = await call<{ sessionId: string }>('imports.open', { path: csv });
      await call('imports.preview', { sessionId, editionId: null });
      await call('imports.setDecisions', { sessionId, default: 'create' });
      const before = count('customers');
      say({ intent: 'customers', before, n: IMPORT_ROWS });
      await waitJob((await call<{ id: string }>('imports.commit', { sessionId })).id);
      say({ ack: 'customers', after: count('customers') });
      fs.rmSync(csv, { force: true });
    } else if (kind === 'rebook') {
      const start = `2030-0${1 + (n % 9)}-${String(1 + (seed % 27)).padStart(2, '0')}`;
      const ed = await call<{ id: string }>('editions.create', { exhibitionId: x, name: `Crash edition ${tag}`, startDate: start, endDate: start, status: 'planned' });
      const from = db
        .prepare("SELECT id FROM editions WHERE exhibition_id = ? AND status = 'closed' ORDER BY start_date DESC LIMIT 1")
        .pluck()
        .get(x) as string;
      const input = { fromEditionId: from, toEditionId: ed.id, scope: { kind: 'all' } };
      const preview = await call<{ willCreate: number }>('editions.rebookPreview', input);
      const before = count('participations');
      say({ intent: 'participations', before, n: preview.willCreate });
      await call('editions.rebook', input);
      say({ ack: 'participations', after: count('participations') });
    } else if (kind === 'stages') {
      await call('lifecycle.refresh', { exhibitionId: x });
      const list = await call<{ rows: { customerId: string; exhibitionId: string; fingerprint: string }[] }>('lifecycle.suggestions', { exhibitionId: x, limit: 500 });
      if (list.rows.length === 0) {
        // Nothing left to accept: wait for the kill (the check then finds no batch in flight).
        say({ idle: true });
        await new Promise((r) => setTimeout(r, 50));
        continue;
      }
      const before = count('stage_transitions');
      say({ intent: 'stage_transitions', before, n: list.rows.length });
      await call('lifecycle.accept', { items: list.rows.map((s) => ({ customerId: s.customerId, exhibitionId: s.exhibitionId, fingerprint: s.fingerprint })) });
      say({ ack: 'stage_transitions', after: count('stage_transitions') });
    } else if (kind === 'assess') {
      say({ intent: 'assessment' });
      const job = await waitJob((await call<{ id: string }>('valuation.assess', { exhibitionId: x })).id);
      say({ ack: 'assessment', snapshotId: (job.result as { snapshotId: string }).snapshotId });
    } else if (kind === 'demo') {
      const target = path.join(dir, `demo-${tag}.sqlite`);
      say({ intent: 'demo', path: target, customers: 400 });
      demoJob({ path: target, customers: 400, seed: seed + n, now: '2026-11-22T10:00:00.000Z' }, { progress: () => {}, cancelled: () => false });
      say({ ack: 'demo', path: target });
    }
  }
}

main().catch((e: unknown) => {
  say({ error: e instanceof Error ? e.message : String(e) });
  process.exit(3);
});

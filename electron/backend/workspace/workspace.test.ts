import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { tempBackend, tempDir } from '../../../test/helpers/tempBackend';
import { Backend } from '../backend';
import { dispatch } from '../dispatcher';
import type { JobInfo } from '../../../shared/api/jobs';

const cleanups: (() => void)[] = [];
afterEach(() => {
  while (cleanups.length) cleanups.pop()!();
});
function backend(open = true) {
  const t = tempBackend({ open });
  cleanups.push(t.cleanup);
  return t;
}

describe('workspaces', () => {
  it('a new workspace is fresh until started, then remembered as recent', async () => {
    const t = backend(false);
    expect((await t.call('app.info', {})).workspace).toBeNull();
    const ws = await t.call('workspace.create', { name: 'Trade Fairs 2026' });
    expect(ws).toMatchObject({ name: 'Trade Fairs 2026', fresh: true, customerCount: 0, isDemo: false });
    expect(ws.path).toBe(path.join(t.dir, 'workspaces', 'Trade Fairs 2026.sqlite'));
    expect((await t.call('workspace.start', {})).fresh).toBe(false);
    const recent = await t.call('workspace.recent', {});
    expect(recent[0]).toMatchObject({ path: ws.path, exists: true });
    // A second workspace of the same name gets a numbered file, not the same one.
    expect((await t.call('workspace.create', { name: 'Trade Fairs 2026' })).path).toMatch(/Trade Fairs 2026 2\.sqlite$/);
  });

  it('reopens the last workspace on start, and survives a missing one', async () => {
    const t = backend();
    await t.call('customers.create', { companyName: 'Kept Co' });
    t.backend.close();
    const again = new Backend({ dataDir: t.dir, host: 'cli', version: 'test' });
    again.openLast();
    expect(again.workspaceInfo()).toMatchObject({ customerCount: 1 });
    again.close();
    fs.rmSync(t.file);
    const none = new Backend({ dataDir: t.dir, host: 'cli', version: 'test' });
    none.openLast();
    expect(none.workspaceInfo()).toBeNull();
  });

  it('opening a damaged file answers with the error and keeps the current workspace open', async () => {
    const t = backend();
    const bad = path.join(t.dir, 'bad.sqlite');
    fs.writeFileSync(bad, 'garbage'.repeat(2000));
    const r = await t.raw('workspace.open', { path: bad }, 'zh');
    expect(r).toMatchObject({ ok: false, error: { code: 'workspace_damaged' } });
    expect(!r.ok && r.error.message).toMatch(/损坏/);
    expect((await t.call('app.info', {})).workspace?.path).toBe(t.file);
  });

  it('remembers preferences across restarts', async () => {
    const t = backend();
    await t.call('prefs.update', { language: 'zh', columns: { customers: ['companyName', 'city'] } });
    const again = new Backend({ dataDir: t.dir, host: 'cli', version: 'test' });
    expect(await dispatch(again, 'prefs.get', {})).toEqual({ ok: true, data: { language: 'zh', columns: { customers: ['companyName', 'city'] } } });
  });

  it('settings: currency defaults to CNY, updates validate and persist', async () => {
    const t = backend();
    expect(await t.call('settings.get', {})).toEqual({ currency: 'CNY', organisationName: null, staffName: null });
    await t.call('settings.update', { currency: 'EUR', staffName: 'Li Na' });
    expect(await t.call('settings.get', {})).toMatchObject({ currency: 'EUR', staffName: 'Li Na' });
    const bad = await t.raw('settings.update', { currency: 'XYZ' });
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(!bad.ok && Object.keys(bad.error.fields!)).toEqual(['currency']);
    expect((await t.call('settings.get', {})).currency).toBe('EUR');
  });
});

describe('the demo job in a worker thread', () => {
  const jobWorkerEntry = fileURLToPath(new URL('../jobs/jobWorker.ts', import.meta.url));

  function workerBackend() {
    const dir = tempDir();
    const events: JobInfo[] = [];
    const b = new Backend({
      dataDir: dir,
      host: 'cli',
      version: 'test',
      jobWorkerEntry,
      emit: (e) => e.type === 'job' && events.push(e.job),
    });
    cleanups.push(() => {
      b.close();
      fs.rmSync(dir, { recursive: true, force: true });
    });
    return { b, dir, events };
  }

  it('reports progress, then opens the new demo workspace', async () => {
    const { b, events } = workerBackend();
    const r = await dispatch(b, 'workspace.createDemo', { customers: 3000, seed: 3 });
    expect(r.ok).toBe(true);
    const jobId = (r as { data: { jobId: string } }).data.jobId;
    const done = await b.jobs.wait(jobId);
    expect(done.status).toBe('done');
    expect(events.some((e) => e.status === 'running' && e.done > 0 && e.done < e.total)).toBe(true);
    const ws = b.workspaceInfo()!;
    expect(ws).toMatchObject({ customerCount: 3000, isDemo: true, fresh: false, name: 'Demo 3000' });
  });

  it('can be cancelled, leaving no half-made workspace behind', async () => {
    const { b, dir } = workerBackend();
    const r = await dispatch(b, 'workspace.createDemo', { customers: 100_000, seed: 1 });
    const jobId = (r as { data: { jobId: string } }).data.jobId;
    // Cancel as soon as the job reports progress.
    for (;;) {
      const j = b.jobs.get(jobId);
      if (j.done > 0 || j.status !== 'running') break;
      await new Promise((res) => setTimeout(res, 10));
    }
    b.jobs.cancel(jobId);
    const end = await b.jobs.wait(jobId);
    expect(end.error ?? end.status).toBe('cancelled');
    expect(fs.readdirSync(path.join(dir, 'workspaces'))).toEqual([]);
    expect(b.workspaceInfo()).toBeNull();
  });
});

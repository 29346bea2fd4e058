import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import type { JobInfo } from '../../shared/api/jobs';
import { tempDir } from '../../test/helpers/tempBackend';
import { BackendHost } from './backendHost';

// Stopping the backend (quitting the app) while a job runs in its thread: the job is cancelled,
// its thread let end, the workspace closed — and the backend says so, though the cancelled job's
// events reach the host first.

const dir = tempDir('excrm-host-');
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('stopping the backend with a job running', () => {
  it('ends with the backend saying it closed, the job cancelled', async () => {
    const { host, startError } = await BackendHost.start(fileURLToPath(new URL('./backendWorker.ts', import.meta.url)), {
      dataDir: dir,
      host: 'browser',
      version: 'test',
      jobWorkerEntry: fileURLToPath(new URL('../backend/jobs/jobWorker.ts', import.meta.url)),
      openPath: path.join(dir, 'ws.sqlite'),
    });
    expect(startError).toBeNull();
    const seen: JobInfo[] = [];
    host.onEvent((e) => {
      if (e.type === 'job') seen.push(e.job);
    });
    const r = await host.call('workspace.createDemo', { customers: 20_000, seed: 3 });
    expect(r.ok).toBe(true);
    const jobId = (r as { ok: true; data: { jobId: string } }).data.jobId;
    // Until the demo is writing, in its thread.
    for (let i = 0; i < 600 && !seen.some((j) => j.id === jobId && j.done > 0); i++) await new Promise((res) => setTimeout(res, 50));

    expect(await host.stop()).toBe(true);
    expect(seen.filter((j) => j.id === jobId).at(-1)?.status).toBe('cancelled');
    expect(fs.readdirSync(path.join(dir, 'workspaces')).filter((f) => f.startsWith('Demo'))).toEqual([]);
  }, 120_000);
});

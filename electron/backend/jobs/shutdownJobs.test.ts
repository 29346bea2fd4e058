import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { tempBackend, tempDir } from '../../../test/helpers/tempBackend';
import { openDatabase } from '../store/openDatabase';
import { SOURCE_WORKER_ENTRY } from './sourceWorkerEntry';
import { runThreadJob, threadJobsEnded } from './threadJob';

// Threads are let end rather than terminated: terminating a thread while better-sqlite3 throws
// an SQLite error aborts the whole process (JobRunner.stopAll). A thread ended by terminate()
// exits with code 1; one that ended by itself, with 0.

const dir = tempDir('excrm-shutdown-');
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('shutting the backend down with a job running', () => {
  it('cancels the job, lets its thread end by itself, then closes the workspace', async () => {
    const t = tempBackend({ jobWorkerEntry: SOURCE_WORKER_ENTRY });
    try {
      const { jobId } = t.backend.startDemo(20_000, 7);
      // Until the job is writing (past its thread's start).
      while (t.backend.jobs.get(jobId).done === 0) await new Promise((r) => setTimeout(r, 20));

      await t.backend.shutdown(60_000);

      const job = t.backend.jobs.get(jobId);
      expect(job.status).toBe('cancelled');
      expect(t.backend.jobs.list().filter((j) => j.status === 'running')).toEqual([]);
      expect(t.backend.workspaceInfo()).toBeNull();
      // A cancelled demo leaves nothing behind.
      const left = fs.readdirSync(path.join(t.dir, 'workspaces')).filter((f) => f.startsWith('Demo'));
      expect(left).toEqual([]);
    } finally {
      fs.rmSync(t.dir, { recursive: true, force: true });
    }
  }, 120_000);
});

describe('a helper thread that has answered', () => {
  it('ends by itself (exit code 0), and threadJobsEnded waits for it', async () => {
    const file = path.join(dir, 'Fair.sqlite');
    openDatabase(file, { create: true }).close();
    let exitCode: number | null = null;
    await runThreadJob(SOURCE_WORKER_ENTRY!, 'workspace.checkpoint', { file }, {
      timeoutMs: 60_000,
      onStart: (w) => w.once('exit', (code) => (exitCode = code)),
    });
    expect(await threadJobsEnded(30_000)).toBe(true);
    expect(exitCode).toBe(0);
  }, 90_000);
});

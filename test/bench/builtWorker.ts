// The job worker thread as the app runs it: bundled JavaScript, not TypeScript compiled by tsx
// as the thread starts (which adds ~100 ms to every start, and the assessment waits for its
// second thread's start). Built once per benchmark run into node_modules/.cache (so the
// packages, kept outside the bundle as in the app's build, resolve from there).

import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSync } from 'esbuild';

const ROOT = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const SOURCE = path.join(ROOT, 'electron', 'backend', 'jobs', 'jobWorker.ts');
let built: string | null = null;

/** Path of the bundled job worker (built on first use; the folder is removed at exit). */
export function builtJobWorker(): string {
  if (built) return built;
  fs.mkdirSync(path.join(ROOT, 'node_modules', '.cache'), { recursive: true });
  const dir = fs.mkdtempSync(path.join(ROOT, 'node_modules', '.cache', 'excrm-bench-worker-'));
  const outfile = path.join(dir, 'jobWorker.mjs');
  buildSync({ entryPoints: [SOURCE], bundle: true, platform: 'node', format: 'esm', target: 'node20', packages: 'external', outfile, logLevel: 'error' });
  process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
  built = outfile;
  return built;
}

import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The job worker from the TypeScript sources, for code running under tsx (CLI, tests, bench),
 * which is given no entry; undefined in a built bundle, where the app passes its own
 * (Backend opts.jobWorkerEntry).
 */
export const SOURCE_WORKER_ENTRY = import.meta.url.endsWith('.ts')
  ? path.join(path.dirname(fileURLToPath(import.meta.url)), 'jobWorker.ts')
  : undefined;

import { Worker, type ResourceLimits } from 'node:worker_threads';

const bootstrap = new URL('./tsWorkerBootstrap.js', import.meta.url);

/**
 * Starts a worker thread on `entry`. A TypeScript entry (running from source under tsx, as
 * the CLI and the tests do) goes through a bootstrap that registers tsx in the new thread,
 * since loaders registered in one thread do not carry over to workers. A built .js entry
 * (the packaged app) starts directly.
 */
export function spawnWorker(entry: string, workerData: Record<string, unknown>, resourceLimits?: ResourceLimits): Worker {
  if (/\.[cm]?ts$/.test(entry)) {
    return new Worker(bootstrap, { workerData: { ...workerData, __entry: entry }, resourceLimits });
  }
  return new Worker(entry.startsWith('file:') ? new URL(entry) : entry, { workerData, resourceLimits });
}

import { spawnWorker } from '../../host/spawnWorker';

/**
 * Runs one job kind in a thread of the job worker `entry` and resolves with its result: for a
 * short piece of synchronous work (no progress, no cancel) that would otherwise hold the
 * calling thread — the backend's — for seconds. Rejects when the job fails, the thread dies or
 * `timeoutMs` passes (the thread is then ended): no caller waits forever on a thread.
 */
export function runThreadJob<T>(entry: string, kind: string, args: unknown, nativeBinding: string | undefined, timeoutMs: number): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const worker = spawnWorker(entry, { kind, args, cancel: new SharedArrayBuffer(4), nativeBinding });
    let settled = false;
    const settle = (fn: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      fn();
    };
    const timer = setTimeout(() => {
      settle(() => reject(new Error(`${kind}: no answer in ${timeoutMs} ms`)));
      void worker.terminate();
    }, timeoutMs);
    worker.on('message', (m: { type?: string; result?: unknown; error?: string }) => {
      if (m.type === 'progress') return;
      if (m.type === 'done') settle(() => resolve(m.result as T));
      else settle(() => reject(new Error(m.error ?? `${kind} ${m.type ?? 'failed'}`)));
    });
    worker.on('error', (e) => settle(() => reject(e)));
    worker.on('exit', (code) => settle(() => reject(new Error(`${kind}: thread exited with code ${code}`))));
  });
}

import type { Worker } from 'node:worker_threads';
import type { ApiResult } from '../../shared/api';
import type { BackendEvent } from '../../shared/api/jobs';
import type { Language } from '../../shared/i18n/errors';
import type { BackendWorkerData } from './backendWorker';
import { SHUTDOWN_WAIT_MS } from './backendShutdown';
import { BACKEND_RESOURCE_LIMITS } from './backendHeap';
import { spawnWorker } from './spawnWorker';

type Pending = { resolve: (r: ApiResult<unknown>) => void };

/**
 * Runs the backend in a worker thread and relays calls and events: the one piece the
 * Electron main process and the CLI's HTTP server share. If the worker dies, pending calls
 * get an "internal" answer and a new worker is started on the same workspace settings.
 */
export class BackendHost {
  private worker!: Worker;
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();
  private readonly listeners = new Set<(e: BackendEvent) => void>();
  private stopping = false;

  private constructor(
    private readonly entry: string,
    private readonly data: BackendWorkerData,
  ) {}

  static async start(entry: string, data: BackendWorkerData): Promise<{ host: BackendHost; startError: { message: string } | null }> {
    const host = new BackendHost(entry, data);
    const startError = await host.spawn();
    return { host, startError };
  }

  private spawn(): Promise<{ message: string } | null> {
    return new Promise((resolve, reject) => {
      const w = spawnWorker(this.entry, this.data as unknown as Record<string, unknown>, BACKEND_RESOURCE_LIMITS);
      this.worker = w;
      w.on('message', (m: { type: string; id?: number; result?: ApiResult<unknown>; event?: BackendEvent; error?: { message: string } | null }) => {
        if (m.type === 'ready') resolve(m.error ?? null);
        else if (m.type === 'result') {
          this.pending.get(m.id!)?.resolve(m.result!);
          this.pending.delete(m.id!);
        } else if (m.type === 'event') for (const l of this.listeners) l(m.event!);
      });
      w.once('error', reject);
      w.on('exit', () => {
        for (const p of this.pending.values()) {
          p.resolve({ ok: false, error: { code: 'internal', message: 'The backend stopped unexpectedly; it is being restarted.' } });
        }
        this.pending.clear();
        if (!this.stopping) void this.spawn().catch(() => {});
      });
    });
  }

  call(method: string, input: unknown, lang: Language = 'en'): Promise<ApiResult<unknown>> {
    const id = this.nextId++;
    return new Promise((resolve) => {
      this.pending.set(id, { resolve });
      this.worker.postMessage({ type: 'call', id, method, input, lang });
    });
  }

  onEvent(listener: (e: BackendEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /**
   * Closes the workspace cleanly (checkpoint) and ends the worker. True if the backend said it
   * had closed, false if it was ended after waiting SHUTDOWN_WAIT_MS.
   */
  async stop(): Promise<boolean> {
    this.stopping = true;
    const worker = this.worker;
    const closed = await new Promise<boolean>((resolve) => {
      // Events (a cancelled job's, say) and answers still arrive before "closed".
      const onMessage = (m: { type: string }) => {
        if (m.type === 'closed') done(true);
      };
      const done = (said: boolean) => {
        clearTimeout(t);
        worker.off('message', onMessage);
        resolve(said);
      };
      const t = setTimeout(() => done(false), SHUTDOWN_WAIT_MS);
      worker.on('message', onMessage);
      worker.postMessage({ type: 'shutdown' });
    });
    await this.worker.terminate();
    return closed;
  }
}

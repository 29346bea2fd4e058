import { parentPort, workerData } from 'node:worker_threads';
import type { Language } from '../../shared/i18n/errors';
import { Backend, type BackendOptions } from '../backend/backend';
import { dispatch } from '../backend/dispatcher';
import { fileLog } from '../backend/log';
import { SHUTDOWN_JOBS_MS } from './backendShutdown';

// The backend's thread: every database call runs here, never on Electron's main thread.

export interface BackendWorkerData extends Omit<BackendOptions, 'emit' | 'now' | 'newId'> {
  /** Open this workspace at start (CLI `serve --db`), creating it if missing. */
  openPath?: string;
  /** Otherwise reopen the workspace used last (the desktop app). */
  openLast?: boolean;
}

type Inbound =
  | { type: 'call'; id: number; method: string; input: unknown; lang: Language }
  | { type: 'shutdown' };

const data = workerData as BackendWorkerData;
const port = parentPort!;
const log = fileLog(data.dataDir);
const backend = new Backend({ ...data, log, emit: (event) => port.postMessage({ type: 'event', event }) });

let startError: unknown = null;
try {
  if (data.openPath) backend.open(data.openPath, { create: true });
  else if (data.openLast) backend.openLast();
} catch (e) {
  startError = e;
  log.error('opening workspace at start failed', e);
}

let shuttingDown = false;

port.on('message', (m: Inbound) => {
  if (m.type === 'shutdown') {
    shuttingDown = true;
    void backend
      .shutdown(SHUTDOWN_JOBS_MS)
      .catch((e: unknown) => log.error('closing the workspace at shutdown failed', e))
      .finally(() => port.postMessage({ type: 'closed' }));
    return;
  }
  // Nothing new starts while running jobs are being stopped (the app is quitting).
  if (shuttingDown) {
    port.postMessage({ type: 'result', id: m.id, result: { ok: false, error: { code: 'internal', message: 'The app is closing.' } } });
    return;
  }
  void dispatch(backend, m.method, m.input, m.lang, log).then((result) => port.postMessage({ type: 'result', id: m.id, result }));
});

port.postMessage({
  type: 'ready',
  error: startError ? { message: (startError as Error).message, details: (startError as { details?: unknown }).details } : null,
});

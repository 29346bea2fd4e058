import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Backend } from '../../electron/backend/backend';
import { dispatch } from '../../electron/backend/dispatcher';
import type { InputOf, MethodName, OutputOf } from '../../shared/api';
import type { BackendEvent } from '../../shared/api/jobs';
import type { Language } from '../../shared/i18n/errors';

export function tempDir(prefix = 'excrm-test-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

/**
 * A real backend on a real workspace file built by the real migrations, in a temp folder.
 * `call` goes through the real dispatcher (validation included), like every transport does.
 */
export function tempBackend(opts: { open?: boolean; lang?: Language; jobWorkerEntry?: string } = {}) {
  const dir = tempDir();
  const events: BackendEvent[] = [];
  // Without a job worker entry (the default) jobs run inline and no helper thread is started.
  const backend = new Backend({ dataDir: dir, host: 'cli', version: 'test', emit: (e) => events.push(e), jobWorkerEntry: opts.jobWorkerEntry });
  const file = path.join(dir, 'workspaces', 'Test.sqlite');
  if (opts.open !== false) backend.open(file, { create: true });

  async function raw(method: string, input: unknown, lang: Language = opts.lang ?? 'en') {
    return dispatch(backend, method, input, lang);
  }
  /** Calls a method and returns its data, failing the test with the error if it failed. */
  async function call<M extends MethodName>(method: M, input: InputOf<M>): Promise<OutputOf<M>> {
    const r = await raw(method, input);
    if (!r.ok) throw new Error(`${method} failed: ${JSON.stringify(r.error)}`);
    return r.data as OutputOf<M>;
  }
  return {
    dir,
    file,
    backend,
    events,
    call,
    raw,
    db: () => backend.context().db,
    cleanup() {
      backend.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

import { fileURLToPath } from 'node:url';
import { translateError } from '../../shared/i18n/errors';
import { jobErrorKey } from '../backend/jobs/jobError';
import { BACKEND_RESOURCE_LIMITS } from '../host/backendHeap';
import { spawnWorker } from '../host/spawnWorker';

// A CLI command in a thread with the backend's heap limit (Command.backendThread). Without it
// V8 lets a 100,000-row import grow to ~1.2 GB of mostly uncollected garbage (backendHeap.ts).
// The thread runs main() itself with the same arguments and posts back the exit code; what it
// prints goes to this process's stdout and stderr.

/** Runs `exhibition-crm <argv>` in the thread; resolves with its exit code once it has ended. */
export function runInThread(argv: string[]): Promise<number> {
  // The CLI runs from the TypeScript sources (bin/exhibition-crm.js); spawnWorker starts tsx in the thread.
  const entry = fileURLToPath(new URL('./cliThreadEntry.ts', import.meta.url));
  return new Promise((resolve) => {
    const worker = spawnWorker(entry, { cliArgv: argv }, BACKEND_RESOURCE_LIMITS);
    let code = 1;
    worker.on('message', (m: { exitCode: number }) => {
      code = m.exitCode;
    });
    worker.on('error', (e) => {
      // Worded as main() words an unexpected failure (the heap limit reached, say).
      process.stderr.write(`exhibition-crm ${argv[0]}: ${translateError(jobErrorKey(e), 'en')}\n`);
      code = 1;
    });
    // 'exit' comes after the thread's output has been handed over.
    worker.on('exit', () => resolve(code));
  });
}

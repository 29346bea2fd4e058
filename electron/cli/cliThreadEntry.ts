import { parentPort, workerData } from 'node:worker_threads';
import { main } from './main';

// The thread of cliThread.ts: runs the command and reports its exit code. (A file of its own:
// main.ts imports cliThread.ts, and a thread entry there awaiting main.ts would wait on itself.)
const exitCode = await main((workerData as { cliArgv: string[] }).cliArgv);
parentPort!.postMessage({ exitCode });

// Worker-thread bootstrap for running TypeScript sources: registers tsx in this thread, then
// loads the real entry given by the parent (see spawnWorker.ts).
import { workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
await import(workerData.__entry);

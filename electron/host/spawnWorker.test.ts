import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { tempDir } from '../../test/helpers/tempBackend';
import { BACKEND_HEAP_MB, BACKEND_RESOURCE_LIMITS } from './backendHeap';
import { spawnWorker } from './spawnWorker';

// The backend thread's heap limit is what makes V8 collect sooner (backendHeap.ts): check that a
// thread started with it really has it, from a built .js entry (the app) and a .ts one (CLI, tests).
const dir = tempDir();
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const SOURCE = `import { parentPort } from 'node:worker_threads';
import v8 from 'node:v8';
parentPort.postMessage(v8.getHeapStatistics().heap_size_limit);
`;

function heapLimitMb(entry: string, limits?: Parameters<typeof spawnWorker>[2]): Promise<number> {
  return new Promise((resolve, reject) => {
    const w = spawnWorker(entry, {}, limits);
    w.once('message', (bytes: number) => {
      resolve(bytes / 1024 / 1024);
      void w.terminate();
    });
    w.once('error', reject);
  });
}

describe('spawnWorker', () => {
  it('gives a thread the backend heap limit, from a .js and from a TypeScript entry', async () => {
    for (const name of ['limit.mjs', 'limit.mts']) {
      const entry = path.join(dir, name);
      fs.writeFileSync(entry, SOURCE);
      const mb = await heapLimitMb(entry, BACKEND_RESOURCE_LIMITS);
      // The limit is the old generation's; the young generation comes on top of it.
      expect(mb, name).toBeGreaterThanOrEqual(BACKEND_HEAP_MB);
      expect(mb, name).toBeLessThan(BACKEND_HEAP_MB + 200);
    }
  });
});

import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { documents, emptyBatch, type SourceBatch } from '../demo/demoRows';
import { SOURCE_WORKER_ENTRY } from '../jobs/sourceWorkerEntry';
import { DocumentsHelper } from './documentsThread';

/** Batches of `size` customers with Chinese and Latin names, contacts and tags, numbered on from 1. */
function batches(count: number, size: number): SourceBatch[] {
  const out: SourceBatch[] = [];
  for (let k = 0; k < count; k++) {
    const b = emptyBatch(k * size + 1);
    for (let i = 0; i < size; i++) {
      const n = k * size + i;
      b.text.push(`id-${n}`, n % 2 ? `深圳市第${n}号电子科技有限公司` : `Firm ${n} Trading Co., Ltd.`, null, `info@firm${n}.com`, `0755 ${n}`, `www.firm${n}.com`);
      b.tagCounts.push(n % 3 ? 1 : 0);
      if (n % 3) b.tags.push('VIP');
      b.contactCounts.push(1);
      b.contacts.push(`王${n}`, `sales${n}@firm${n}.com`, `0138${n}`);
    }
    out.push(b);
  }
  return out;
}

/**
 * Submits every batch, turning the event loop between them as the commit does, then drains:
 * the document batches in the order they came out.
 */
async function run(helper: DocumentsHelper, all: SourceBatch[]): Promise<ReturnType<typeof documents>[]> {
  const out: ReturnType<typeof documents>[] = [];
  for (const b of all) {
    out.push(...helper.submit(b));
    await new Promise((r) => setTimeout(r, 5));
  }
  out.push(...helper.drain());
  helper.close();
  return out;
}

describe('search documents in a second thread', () => {
  const all = batches(12, 200);
  const expected = all.map((b) => documents(b));

  it('gives back the documents made here, in order, once the thread listens', async () => {
    const helper = new DocumentsHelper(SOURCE_WORKER_ENTRY!);
    // Before the thread listens, batches are made here; then the rest go there.
    const first = helper.submit(all[0]!);
    for (let waited = 0; !helper.listening && waited < 30_000; waited += 20) await new Promise((r) => setTimeout(r, 20));
    expect(helper.listening).toBe(true);
    const rest = await run(helper, all.slice(1));
    expect([...first, ...rest]).toEqual(expected);
    expect(helper.answered).toBe(all.length - 1);
  });

  it('makes every batch here when the thread cannot start, with the same result', async () => {
    const helper = new DocumentsHelper(path.join(path.dirname(SOURCE_WORKER_ENTRY!), 'no-such-worker.js'));
    expect(await run(helper, all)).toEqual(expected);
    expect(helper.answered).toBe(0);
  });
});

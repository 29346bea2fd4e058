import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { tempDir } from '../../../../test/helpers/tempBackend';
import { writeAtomically } from './atomicFile';

const dir = tempDir('excrm-atomic-');
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('writeAtomically', () => {
  it('puts the file in place only when complete; a failed write leaves neither file', async () => {
    const file = path.join(dir, 'a.xlsx');
    const r = await writeAtomically(file, async (p) => fs.writeFileSync(p, 'whole'));
    expect(r.bytes).toBe(5);
    expect(fs.readFileSync(file, 'utf8')).toBe('whole');
    const boom = new Error('write failed');
    await expect(writeAtomically(file, async (p) => {
      fs.writeFileSync(p, 'half');
      throw boom;
    })).rejects.toBe(boom);
    // The good file from before is untouched, the partial one gone.
    expect(fs.readFileSync(file, 'utf8')).toBe('whole');
    expect(fs.existsSync(`${file}.partial`)).toBe(false);
  });

  it('reports why the write failed even when the clean-up fails too', async () => {
    const file = path.join(dir, 'b.xlsx');
    // A folder in the partial file's place: the write fails, and removing it fails as well.
    fs.mkdirSync(`${file}.partial`);
    const err = await writeAtomically(file, async (p) => fs.writeFileSync(p, 'x')).catch((e: unknown) => e);
    expect(err).toMatchObject({ code: 'EISDIR', syscall: 'open' });
  });
});

/**
 * Writes a file under `<path>.partial` and renames it into place only when complete, so a
 * cancelled or failed export never leaves a half-written file under the name the user chose
 * (and never clobbers an older good file with a broken one).
 */
import { rename, rm, stat } from 'node:fs/promises';

export async function writeAtomically<T>(path: string, write: (partialPath: string) => Promise<T>): Promise<{ result: T; bytes: number }> {
  const partial = `${path}.partial`;
  try {
    const result = await write(partial);
    const { size } = await stat(partial);
    await rename(partial, path);
    return { result, bytes: size };
  } catch (e) {
    // The cleanup's own failure must not hide why the write failed (what the user is told).
    await rm(partial, { force: true }).catch(() => {});
    throw e;
  }
}

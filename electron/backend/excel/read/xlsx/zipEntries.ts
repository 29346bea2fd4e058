// The zip container of an .xlsx, read from its central directory (the authoritative list at the
// end of the file), and one entry's bytes streamed through inflate — never the whole archive
// in memory. Anything unusual (no directory, a method other than stored/deflate, an encrypted
// entry, sizes that do not add up) is reported as ZipUnsupported, so the caller can hand the
// file to SheetJS, which names the damage precisely.

import fs from 'node:fs';
import zlib from 'node:zlib';

export class ZipUnsupported extends Error {}

export interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
/** A workbook has a few dozen parts; a directory far beyond that is not one. */
const MAX_ENTRIES = 100_000;
const MAX_DIRECTORY_BYTES = 64 * 1024 * 1024;

function readAt(fd: number, position: number, length: number): Buffer {
  const b = Buffer.alloc(length);
  const n = fs.readSync(fd, b, 0, length, position);
  if (n !== length) throw new ZipUnsupported('truncated');
  return b;
}

/** Reads a 64-bit little-endian size as a safe number (zip64). */
function u64(b: Buffer, at: number): number {
  const v = b.readBigUInt64LE(at);
  if (v > BigInt(Number.MAX_SAFE_INTEGER)) throw new ZipUnsupported('zip64 size');
  return Number(v);
}

/** The entries of the archive in `fd` (of `fileSize` bytes), by name. */
export function zipEntries(fd: number, fileSize: number): Map<string, ZipEntry> {
  const tailLength = Math.min(fileSize, 22 + 0xffff);
  const tail = readAt(fd, fileSize - tailLength, tailLength);
  let eocd = -1;
  for (let i = tail.length - 22; i >= 0; i--) {
    if (tail.readUInt32LE(i) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new ZipUnsupported('no central directory');
  let count = tail.readUInt16LE(eocd + 10);
  let dirSize = tail.readUInt32LE(eocd + 12);
  let dirOffset = tail.readUInt32LE(eocd + 16);
  if (count === 0xffff || dirSize === 0xffffffff || dirOffset === 0xffffffff) {
    const locatorAt = eocd - 20;
    if (locatorAt < 0 || tail.readUInt32LE(locatorAt) !== ZIP64_LOCATOR) throw new ZipUnsupported('zip64 locator');
    const z = readAt(fd, u64(tail, locatorAt + 8), 56);
    if (z.readUInt32LE(0) !== ZIP64_EOCD) throw new ZipUnsupported('zip64 directory');
    count = u64(z, 32);
    dirSize = u64(z, 40);
    dirOffset = u64(z, 48);
  }
  if (count > MAX_ENTRIES || dirSize > MAX_DIRECTORY_BYTES || dirOffset + dirSize > fileSize) throw new ZipUnsupported('directory out of bounds');
  const dir = readAt(fd, dirOffset, dirSize);
  const entries = new Map<string, ZipEntry>();
  let at = 0;
  for (let n = 0; n < count; n++) {
    if (at + 46 > dir.length || dir.readUInt32LE(at) !== CENTRAL) throw new ZipUnsupported('directory entry');
    const flags = dir.readUInt16LE(at + 8);
    const method = dir.readUInt16LE(at + 10);
    let compressedSize = dir.readUInt32LE(at + 20);
    let size = dir.readUInt32LE(at + 24);
    const nameLength = dir.readUInt16LE(at + 28);
    const extraLength = dir.readUInt16LE(at + 30);
    const commentLength = dir.readUInt16LE(at + 32);
    let localOffset = dir.readUInt32LE(at + 42);
    const name = dir.toString(flags & 0x800 ? 'utf8' : 'latin1', at + 46, at + 46 + nameLength);
    // Zip64 sizes live in extra field 0x0001, in this order, only for the fields set to ~0.
    let x = at + 46 + nameLength;
    const xEnd = x + extraLength;
    while (x + 4 <= xEnd) {
      const id = dir.readUInt16LE(x);
      const len = dir.readUInt16LE(x + 2);
      if (id === 0x0001) {
        let p = x + 4;
        if (size === 0xffffffff) {
          size = u64(dir, p);
          p += 8;
        }
        if (compressedSize === 0xffffffff) {
          compressedSize = u64(dir, p);
          p += 8;
        }
        if (localOffset === 0xffffffff) localOffset = u64(dir, p);
      }
      x += 4 + len;
    }
    at = xEnd + commentLength;
    if (flags & 0x1) throw new ZipUnsupported('encrypted entry');
    if (method !== 0 && method !== 8) throw new ZipUnsupported(`compression method ${method}`);
    if (localOffset + compressedSize > fileSize) throw new ZipUnsupported('entry out of bounds');
    entries.set(name.replace(/^\/+/, ''), { name, method, compressedSize, size, localOffset });
  }
  return entries;
}

const CHUNK = 256 * 1024;

/**
 * The uncompressed bytes of `entry`, chunk by chunk. Stops with ZipUnsupported when the data
 * inflates to more than the directory declares (a lying archive, or a bomb).
 *
 * The compressed bytes are read synchronously and written into an inflate stream by hand (no
 * read stream, no pipeline): in the reading thread the prototypes are frozen, and Node's
 * AbortError — which a read stream or pipeline stopped early creates — cannot even be built
 * there (it assigns its own `name`).
 */
export async function* entryChunks(fd: number, entry: ZipEntry): AsyncGenerator<Buffer> {
  const local = readAt(fd, entry.localOffset, 30);
  if (local.readUInt32LE(0) !== LOCAL) throw new ZipUnsupported('local header');
  let pos = entry.localOffset + 30 + local.readUInt16LE(26) + local.readUInt16LE(28);
  const end = pos + entry.compressedSize;
  if (end > fs.fstatSync(fd).size) throw new ZipUnsupported('entry out of bounds');
  let total = 0;
  const count = (c: Buffer) => {
    total += c.length;
    if (total > entry.size) throw new ZipUnsupported('entry larger than declared');
    return c;
  };
  if (entry.method === 0) {
    while (pos < end) {
      const c = readAt(fd, pos, Math.min(CHUNK, end - pos));
      pos += c.length;
      yield count(c);
    }
    return;
  }
  const inflate = zlib.createInflateRaw({ chunkSize: CHUNK });
  const out: Buffer[] = [];
  let failure: Error | null = null;
  inflate.on('data', (c: Buffer) => out.push(c));
  inflate.on('error', (e: Error) => (failure = e));
  /** Resolves when `step` calls back, or the stream fails or ends meanwhile. */
  const settled = (step: (done: () => void) => void) =>
    new Promise<void>((resolve) => {
      inflate.once('error', () => resolve());
      inflate.once('end', () => resolve());
      step(() => resolve());
    }).finally(() => {
      inflate.removeAllListeners('end');
      inflate.removeAllListeners('error').on('error', (e: Error) => (failure = e));
    });
  try {
    while (pos < end) {
      const c = readAt(fd, pos, Math.min(CHUNK, end - pos));
      pos += c.length;
      await settled((done) => inflate.write(c, () => done()));
      if (failure) throw new ZipUnsupported((failure as Error).message);
      while (out.length) yield count(out.shift()!);
    }
    // All input written: 'end' comes once every byte of output has been delivered.
    await settled(() => inflate.end());
    if (failure) throw new ZipUnsupported((failure as Error).message);
    while (out.length) yield count(out.shift()!);
  } finally {
    inflate.removeAllListeners('data');
    inflate.close();
  }
}

/** A small entry (workbook, relationships, styles) whole, as text. */
export async function entryText(fd: number, entry: ZipEntry, maxBytes: number): Promise<string> {
  if (entry.size > maxBytes) throw new ZipUnsupported(`${entry.name} too large`);
  const parts: Buffer[] = [];
  for await (const c of entryChunks(fd, entry)) parts.push(c);
  return Buffer.concat(parts).toString('utf8');
}

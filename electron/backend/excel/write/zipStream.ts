/**
 * A streaming zip writer for the .xlsx package: each entry is deflated as its text is produced
 * and goes straight to the file, so a sheet of any length needs only a chunk of memory. Entries
 * use data descriptors (sizes and CRC written after the data, general purpose bit 3), which
 * Excel, LibreOffice and every zip reader accept. No zip64: an entry or the file beyond 4 GiB is
 * refused with an error (a workbook that size is far past what a spreadsheet program opens).
 */
import fs from 'node:fs';
import { once } from 'node:events';
import zlib from 'node:zlib';

/**
 * Deflate level 1: sheet XML is repetitive, so the fastest level still compresses it about 8:1
 * (a 10,000-relationship workbook: 91 MB of XML → 10.9 MB; level 3: 10.1 MB, level 6 slower still).
 */
const LEVEL = 1;
const MAX_32 = 0xffffffff;
/** Bytes of text queued for the deflater before the producer waits. */
const BACKLOG = 4 << 20;

interface Entry {
  name: Buffer;
  offset: number;
  crc: number;
  compressed: number;
  size: number;
  /** MS-DOS time and date of the entry. */
  time: number;
  date: number;
}

function dosTime(d: Date): { time: number; date: number } {
  return {
    time: (d.getHours() << 11) | (d.getMinutes() << 5) | Math.floor(d.getSeconds() / 2),
    date: (Math.max(0, d.getFullYear() - 1980) << 9) | ((d.getMonth() + 1) << 5) | d.getDate(),
  };
}

/** One entry being written: `write` text (or bytes) in order, then `end`. */
export interface ZipEntryWriter {
  write(chunk: string | Buffer): Promise<void>;
  end(): Promise<void>;
}

export class ZipStream {
  private readonly out: fs.WriteStream;
  private readonly entries: Entry[] = [];
  private offset = 0;
  private open = false;
  private failed: Error | null = null;
  private readonly stamp = dosTime(new Date());

  constructor(path: string) {
    this.out = fs.createWriteStream(path);
    this.out.on('error', (e) => (this.failed ??= e));
  }

  private async put(buf: Buffer): Promise<void> {
    if (this.failed) throw this.failed;
    this.offset += buf.length;
    // Like the deflater: the file is written on the thread pool while this thread goes on;
    // it waits only when a few megabytes are queued.
    this.out.write(buf);
    if (this.out.writableLength > BACKLOG) await once(this.out, 'drain');
  }

  /** Starts an entry; the previous one must have ended. */
  async entry(name: string): Promise<ZipEntryWriter> {
    if (this.open) throw new Error('zip: an entry is still open');
    this.open = true;
    const entry: Entry = { name: Buffer.from(name, 'utf8'), offset: this.offset, crc: 0, compressed: 0, size: 0, ...this.stamp };
    const head = Buffer.alloc(30);
    head.writeUInt32LE(0x04034b50, 0);
    head.writeUInt16LE(20, 4); // version needed: 2.0 (deflate)
    head.writeUInt16LE(0x0808, 6); // bit 3: sizes in the data descriptor; bit 11: UTF-8 name
    head.writeUInt16LE(8, 8); // deflate
    head.writeUInt16LE(entry.time, 10);
    head.writeUInt16LE(entry.date, 12);
    head.writeUInt16LE(entry.name.length, 26);
    await this.put(Buffer.concat([head, entry.name]));

    const deflate = zlib.createDeflateRaw({ level: LEVEL });
    const pending: Buffer[] = [];
    deflate.on('data', (c: Buffer) => pending.push(c));
    const flushOut = async () => {
      for (let c; (c = pending.shift()); ) {
        entry.compressed += c.length;
        await this.put(c);
      }
    };
    const ended = once(deflate, 'end');
    return {
      write: async (chunk) => {
        const buf = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
        entry.crc = zlib.crc32(buf, entry.crc);
        entry.size += buf.length;
        if (entry.size > MAX_32) throw new Error('zip: entry larger than 4 GiB');
        // The deflater works on libuv's thread pool: this thread goes on producing the next
        // chunk meanwhile, and waits only when a few megabytes are queued (memory stays bounded).
        deflate.write(buf);
        if (deflate.writableLength > BACKLOG) await once(deflate, 'drain');
        await flushOut();
      },
      end: async () => {
        deflate.end();
        await ended;
        await flushOut();
        const desc = Buffer.alloc(16);
        desc.writeUInt32LE(0x08074b50, 0);
        desc.writeUInt32LE(entry.crc >>> 0, 4);
        desc.writeUInt32LE(entry.compressed, 8);
        desc.writeUInt32LE(entry.size, 12);
        await this.put(desc);
        if (this.offset > MAX_32) throw new Error('zip: file larger than 4 GiB');
        this.entries.push(entry);
        this.open = false;
      },
    };
  }

  /** Writes a whole entry at once (the small package parts). */
  async add(name: string, text: string): Promise<void> {
    const e = await this.entry(name);
    await e.write(text);
    await e.end();
  }

  /** Writes the central directory and closes the file. */
  async finish(): Promise<void> {
    if (this.open) throw new Error('zip: an entry is still open');
    const start = this.offset;
    for (const e of this.entries) {
      const h = Buffer.alloc(46);
      h.writeUInt32LE(0x02014b50, 0);
      h.writeUInt16LE(20, 4); // made by: 2.0
      h.writeUInt16LE(20, 6);
      h.writeUInt16LE(0x0808, 8);
      h.writeUInt16LE(8, 10);
      h.writeUInt16LE(e.time, 12);
      h.writeUInt16LE(e.date, 14);
      h.writeUInt32LE(e.crc >>> 0, 16);
      h.writeUInt32LE(e.compressed, 20);
      h.writeUInt32LE(e.size, 24);
      h.writeUInt16LE(e.name.length, 28);
      h.writeUInt32LE(e.offset, 42);
      await this.put(Buffer.concat([h, e.name]));
    }
    const end = Buffer.alloc(22);
    end.writeUInt32LE(0x06054b50, 0);
    end.writeUInt16LE(this.entries.length, 8);
    end.writeUInt16LE(this.entries.length, 10);
    end.writeUInt32LE(this.offset - start, 12);
    end.writeUInt32LE(start, 16);
    await this.put(end);
    const closed = once(this.out, 'close');
    this.out.end();
    await closed;
    if (this.failed) throw this.failed;
  }

  /** After a failure or cancel: closes the file (so it can be deleted, also on Windows). */
  async abort(): Promise<void> {
    if (this.out.closed) return;
    const closed = once(this.out, 'close').catch(() => undefined);
    this.out.destroy();
    await closed;
  }
}

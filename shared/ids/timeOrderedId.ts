// Time-ordered ids (UUID version 7, RFC 9562) for records written in bulk.
//
// Why: every table keyed by a record's id (customers.id, contacts, participations, stage
// transitions, import records, history) is a B-tree. Random (version 4) ids land anywhere in
// it, so a bulk write of 100,000 rows touches a random page per row per index and thrashes the
// page cache; ids that grow with time are appended at the right edge instead. They stay valid
// UUIDs (the API's id fields accept any RFC 9562 version).
//
// Layout: 48 bits of Unix milliseconds, the version (7), 12 bits of sequence, the variant (10),
// 62 random bits. Within one millisecond the sequence counts up, so ids made by one generator
// are strictly increasing as text too (lower-case hex of fixed width sorts as the numbers do).

/** Random bytes: the Web Crypto API, present in the browser and in Node (globalThis.crypto). */
function randomBytes(n: number): Uint8Array<ArrayBuffer> {
  return globalThis.crypto.getRandomValues(new Uint8Array(n));
}

const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));

/** A generator of strictly increasing version 7 UUIDs. `now` is for tests. */
export function timeOrderedIds(now: () => number = Date.now): () => string {
  let lastMs = -1;
  let seq = 0;
  // Random bytes drawn in blocks: one getRandomValues call per 1,024 ids, not per id.
  let pool: Uint8Array<ArrayBuffer> = new Uint8Array(0);
  let at = 0;
  return () => {
    let ms = now();
    if (ms <= lastMs) {
      // Same millisecond (or the clock stepped back): keep the last time and count on.
      ms = lastMs;
      seq++;
      if (seq > 0xfff) {
        // 4,096 ids in one millisecond: borrow the next one (stays increasing).
        ms = lastMs + 1;
        seq = 0;
      }
    } else {
      seq = 0;
    }
    lastMs = ms;
    if (at + 8 > pool.length) {
      pool = randomBytes(8 * 1024);
      at = 0;
    }
    const b = new Uint8Array(16);
    // 48-bit time, big-endian (Math.floor/2 ** k: bitwise operators are 32-bit).
    let t = ms;
    for (let i = 5; i >= 0; i--) {
      b[i] = t % 256;
      t = Math.floor(t / 256);
    }
    b[6] = 0x70 | (seq >> 8);
    b[7] = seq & 0xff;
    b.set(pool.subarray(at, at + 8), 8);
    at += 8;
    b[8] = 0x80 | (b[8]! & 0x3f);
    let s = '';
    for (let i = 0; i < 16; i++) {
      if (i === 4 || i === 6 || i === 8 || i === 10) s += '-';
      s += HEX[b[i]!];
    }
    return s;
  };
}

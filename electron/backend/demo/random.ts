// A small seeded PRNG (mulberry32) and the draws the demo generator needs. The same seed
// gives the same sequence on every machine; Math.random is never used.

const POW10 = [1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9];
/** Two hex digits of every byte, and one of every nibble: a UUID is made of table look-ups. */
const HEX2 = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));
const HEX1 = Array.from({ length: 16 }, (_, i) => i.toString(16));

export class Random {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** 32 random bits as an unsigned integer. */
  u32(): number {
    let t = (this.state = (this.state + 0x6d2b79f5) | 0);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (t ^ (t >>> 14)) >>> 0;
  }

  /** Uniform in [0, 1). */
  next(): number {
    return this.u32() / 4294967296;
  }

  /** Integer in [min, max], both included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)]!;
  }

  /** A string of `n` decimal digits (leading zeros allowed), n ≤ 9. */
  digits(n: number): string {
    // 10^n + x has n + 1 digits, the first a 1: dropping it pads x with zeros to n digits.
    const p = POW10[n]!;
    return String(p + (this.u32() % p)).slice(1);
  }

  /** Time part of the last UUID made ("0190f3a2-7c41-7"), by its millisecond. */
  private uuidMs = -1;
  private uuidTime = '';

  /**
   * A version-7 UUID for time `ms` (RFC 9562: 48-bit Unix milliseconds, then random bits).
   * Ids made in time order are also in index order, so bulk inserts append to the B-trees.
   */
  uuid7(ms: number): string {
    const whole = Math.max(0, Math.floor(ms));
    if (whole !== this.uuidMs) {
      const t = whole.toString(16).padStart(12, '0');
      this.uuidMs = whole;
      this.uuidTime = `${t.slice(0, 8)}-${t.slice(8, 12)}-7`;
    }
    const a = this.u32();
    const b = this.u32();
    const c = this.u32();
    return (
      this.uuidTime + HEX1[a >>> 28]! + HEX2[(a >>> 20) & 0xff]! + '-' + HEX1[0x8 | ((a >>> 18) & 0x3)]! +
      HEX1[(a >>> 14) & 0xf]! + HEX2[(a >>> 6) & 0xff]! + '-' +
      HEX2[b >>> 24]! + HEX2[(b >>> 16) & 0xff]! + HEX2[(b >>> 8) & 0xff]! + HEX2[b & 0xff]! + HEX2[c >>> 24]! + HEX2[(c >>> 16) & 0xff]!
    );
  }
}

/** Picks items by weight; build once per list, draw many times. */
export class Weighted<T> {
  private readonly cumulative: number[] = [];
  private readonly total: number;

  constructor(
    private readonly items: readonly T[],
    weight: (item: T) => number,
  ) {
    let sum = 0;
    for (const it of items) this.cumulative.push((sum += weight(it)));
    this.total = sum;
  }

  draw(rng: Random): T {
    const x = rng.next() * this.total;
    let lo = 0;
    let hi = this.cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.cumulative[mid]! > x) hi = mid;
      else lo = mid + 1;
    }
    return this.items[lo]!;
  }
}

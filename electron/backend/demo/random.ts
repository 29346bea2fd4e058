// A small seeded PRNG (mulberry32) and the draws the demo generator needs. The same seed
// gives the same sequence on every machine; Math.random is never used.

const POW10 = [1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9];
const hex = (n: number, width: number) => n.toString(16).padStart(width, '0');

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
    return String(this.u32() % POW10[n]!).padStart(n, '0');
  }

  /**
   * A version-7 UUID for time `ms` (RFC 9562: 48-bit Unix milliseconds, then random bits).
   * Ids made in time order are also in index order, so bulk inserts append to the B-trees.
   */
  uuid7(ms: number): string {
    const t = hex(Math.max(0, Math.floor(ms)), 12);
    const a = this.u32();
    const b = this.u32();
    const c = this.u32();
    return (
      `${t.slice(0, 8)}-${t.slice(8, 12)}-7${hex(a >>> 20, 3)}-${hex(0x8 | ((a >>> 18) & 0x3), 1)}${hex((a >>> 6) & 0xfff, 3)}-` +
      `${hex(b, 8)}${hex(c >>> 16, 4)}`
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

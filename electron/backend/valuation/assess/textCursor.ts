// Reads the packed strings the assessment's queries return (one string per query, see
// assessFacts.ts) by hand: charCodeAt and integer arithmetic, no split() into millions of
// small strings.

export class TextCursor {
  p = 0;
  constructor(readonly s: string) {}

  get done(): boolean {
    return this.p >= this.s.length;
  }

  /** The character code at the cursor (NaN at the end). */
  peek(): number {
    return this.s.charCodeAt(this.p);
  }

  skip(n = 1): void {
    this.p += n;
  }

  /** The text up to (not including) the next `ch` (or the end), and moves past that `ch`. */
  until(ch: string): string {
    let end = this.s.indexOf(ch, this.p);
    if (end < 0) end = this.s.length;
    const out = this.s.slice(this.p, end);
    this.p = end + 1;
    return out;
  }

  /** A whole number of digits at the cursor (-1 when there are none). */
  int(): number {
    let v = -1;
    let ch = this.s.charCodeAt(this.p);
    while (ch >= 48 && ch <= 57) {
      v = (v < 0 ? 0 : v * 10) + ch - 48;
      ch = this.s.charCodeAt(++this.p);
    }
    return v;
  }

  /**
   * A number as SQLite prints it ('12', '36.0', '1.5e+20', '-3'), or NaN when there is none
   * (an empty field for NULL). Stops at the first character that cannot be part of it.
   */
  num(): number {
    const start = this.p;
    let v = 0;
    let simple = true;
    let ch = this.s.charCodeAt(this.p);
    while ((ch >= 48 && ch <= 57) || ch === 46 || ch === 101 || ch === 69 || ch === 43 || ch === 45) {
      if (ch >= 48 && ch <= 57) v = v * 10 + ch - 48;
      else simple = false;
      ch = this.s.charCodeAt(++this.p);
    }
    if (this.p === start) return NaN;
    return simple ? v : Number(this.s.slice(start, this.p));
  }
}

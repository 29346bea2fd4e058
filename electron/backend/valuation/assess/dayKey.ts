// Calendar days as integers for the assessment's inner loops: 'YYYY-MM-DD' → YYYYMMDD. Order
// is preserved (comparisons only; day arithmetic goes through addDays on the strings).

/** YYYYMMDD of the date at `at` in `s` (a 'YYYY-MM-DD' date or an ISO moment), read without slicing. */
export function dayKeyAt(s: string, at: number): number {
  return (
    s.charCodeAt(at) * 10_000_000 + s.charCodeAt(at + 1) * 1_000_000 + s.charCodeAt(at + 2) * 100_000 + s.charCodeAt(at + 3) * 10_000 +
    s.charCodeAt(at + 5) * 1000 + s.charCodeAt(at + 6) * 100 + s.charCodeAt(at + 8) * 10 + s.charCodeAt(at + 9) - 48 * 11_111_111
  );
}

export function dayKey(s: string): number {
  return dayKeyAt(s, 0);
}

/** 'YYYY-MM-DD' + n days (n may be negative). */
export function addDays(date: string, n: number): string {
  return new Date(Date.parse(`${date.slice(0, 10)}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
}

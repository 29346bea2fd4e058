import type { HistoryPoint } from '@shared/api/valuation';

// Trend arrows of the value panel: the latest snapshot against the one before it. Score moves
// in points (0–100); probability in percentage points. Changes smaller than half a display unit
// (0.05 points, 0.5 percentage points) read as "unchanged" so rounding noise shows no arrow.

export type Direction = 'up' | 'down' | 'flat';

export interface Trend {
  direction: Direction;
  /** Latest minus previous, in the figure's display unit (score points, percentage points). */
  delta: number;
  /** When the previous snapshot was taken. */
  since: string;
}

const EPS = { score: 0.05, probability: 0.5 } as const;

export function trendOf(history: readonly HistoryPoint[], figure: 'score' | 'probability'): Trend | null {
  const last = history.at(-1);
  const prev = history.at(-2);
  if (!last || !prev) return null;
  const scale = figure === 'probability' ? 100 : 1;
  const delta = Math.round((last[figure] - prev[figure]) * scale * 10) / 10;
  const direction: Direction = Math.abs(delta) < EPS[figure] ? 'flat' : delta > 0 ? 'up' : 'down';
  return { direction, delta: direction === 'flat' ? 0 : delta, since: prev.takenAt };
}

/** Chart rows: one per snapshot, probability as a percentage so both series share the 0–100 axis. */
export function chartRows(history: readonly HistoryPoint[], label: (iso: string) => string) {
  return history.map((h) => ({ date: label(h.takenAt), score: h.score, probability: Math.round(h.probability * 1000) / 10 }));
}

/** Relationships in display order: the current exhibition first, then by name. */
export function currentFirst<T extends { exhibitionId: string; exhibitionName: string }>(rels: readonly T[], currentId: string | null): T[] {
  return [...rels].sort(
    (a, b) => Number(b.exhibitionId === currentId) - Number(a.exhibitionId === currentId) || a.exhibitionName.localeCompare(b.exhibitionName),
  );
}

import type { HistoryPoint } from '@shared/api/valuation';
import { describe, expect, it } from 'vitest';
import { chartRows, currentFirst, trendOf } from './trend';

const point = (takenAt: string, score: number, probability: number): HistoryPoint => ({
  snapshotId: takenAt,
  takenAt,
  score,
  tier: 'B',
  probability,
  economic: 0,
  profit: 0,
});

describe('trendOf', () => {
  it('has no trend before a second snapshot', () => {
    expect(trendOf([], 'score')).toBeNull();
    expect(trendOf([point('2026-10-01', 50, 0.5)], 'probability')).toBeNull();
  });

  it('compares the latest snapshot with the one before it', () => {
    const h = [point('2026-09-01', 10, 0.1), point('2026-10-01', 40.2, 0.62), point('2026-11-01', 37.5, 0.71)];
    // score 37.5 − 40.2 = −2.7 points; probability 0.71 − 0.62 = +9 percentage points
    expect(trendOf(h, 'score')).toEqual({ direction: 'down', delta: -2.7, since: '2026-10-01' });
    expect(trendOf(h, 'probability')).toEqual({ direction: 'up', delta: 9, since: '2026-10-01' });
  });

  it('reads rounding noise as unchanged', () => {
    const h = [point('2026-10-01', 40, 0.5), point('2026-11-01', 40.01, 0.503)];
    expect(trendOf(h, 'score')?.direction).toBe('flat');
    expect(trendOf(h, 'probability')).toEqual({ direction: 'flat', delta: 0, since: '2026-10-01' });
  });
});

describe('chartRows', () => {
  it('puts probability on the 0–100 scale of the score', () => {
    expect(chartRows([point('2026-11-01', 61.3, 0.4567)], (d) => d.slice(5))).toEqual([{ date: '11-01', score: 61.3, probability: 45.7 }]);
  });
});

describe('currentFirst', () => {
  it('puts the current exhibition first, then by name', () => {
    const rels = [
      { exhibitionId: 'c', exhibitionName: 'Zeta' },
      { exhibitionId: 'a', exhibitionName: 'Beta' },
      { exhibitionId: 'b', exhibitionName: 'Alpha' },
    ];
    expect(currentFirst(rels, 'a').map((r) => r.exhibitionId)).toEqual(['a', 'b', 'c']);
    expect(currentFirst(rels, null).map((r) => r.exhibitionId)).toEqual(['b', 'a', 'c']);
  });
});

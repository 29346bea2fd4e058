import { describe, expect, it } from 'vitest';
import { stageAt } from './stageAt';

describe('stageAt', () => {
  const history = [
    { to: 'cultivation' as const, at: '2024-01-10' },
    { to: 'confirmation' as const, at: '2024-06-01' },
    { to: 'trust' as const, at: '2025-03-15T09:00:00.000Z' },
    { to: 'weakening' as const, at: '2026-02-01' },
  ];

  it('is cultivation before the first move and without history', () => {
    expect(stageAt(history, '2023-12-31')).toBe('cultivation');
    expect(stageAt([], '2026-01-01')).toBe('cultivation');
  });

  it('takes the last move on or before the date (a move and a cost on the same day: the new stage)', () => {
    expect(stageAt(history, '2024-05-31')).toBe('cultivation');
    expect(stageAt(history, '2024-06-01')).toBe('confirmation');
    expect(stageAt(history, '2025-03-15')).toBe('trust');
    expect(stageAt(history, '2025-03-15T08:00:00.000Z')).toBe('confirmation');
    expect(stageAt(history, '2026-11-22T10:00:00.000Z')).toBe('weakening');
  });

  it('follows seq order, not dates, when a later move was back-dated', () => {
    const h = [
      { to: 'confirmation' as const, at: '2025-01-01' },
      { to: 'trust' as const, at: '2024-12-01' },
    ];
    // both took effect by 2025-02-01: the later one in seq wins
    expect(stageAt(h, '2025-02-01')).toBe('trust');
    expect(stageAt(h, '2024-12-15')).toBe('trust');
  });
});

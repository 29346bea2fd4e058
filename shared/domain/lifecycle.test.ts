import { describe, expect, it } from 'vitest';
import { DEFAULT_THRESHOLDS, STAGES, canMove, mergeThresholds, moveNeedsReason, type Stage } from './lifecycle';

// Every (from, to) pair of the five stages, with the verdict of issue 4 §2.
const ALLOWED: [Stage, Stage][] = [
  ['cultivation', 'confirmation'],
  ['cultivation', 'trust'], // skipping confirmation when the evidence says so
  ['cultivation', 'weakening'],
  ['cultivation', 'lost'],
  ['confirmation', 'trust'],
  ['confirmation', 'weakening'],
  ['confirmation', 'lost'],
  ['trust', 'weakening'],
  ['trust', 'lost'],
  ['weakening', 'trust'],
  ['weakening', 'confirmation'],
  ['weakening', 'lost'],
  ['lost', 'cultivation'],
];
const allowed = new Set(ALLOWED.map(([a, b]) => `${a}>${b}`));
const ALL_PAIRS = STAGES.flatMap((from) => STAGES.map((to) => [from, to] as [Stage, Stage]));

describe('canMove', () => {
  it.each(ALL_PAIRS)('%s → %s', (from, to) => {
    expect(canMove(from, to)).toBe(allowed.has(`${from}>${to}`));
  });

  it('never allows staying in the same stage, nor leaving lost except to cultivation', () => {
    for (const s of STAGES) expect(canMove(s, s)).toBe(false);
    expect(STAGES.filter((s) => canMove('lost', s))).toEqual(['cultivation']);
  });
});

describe('moveNeedsReason', () => {
  it.each([
    ['cultivation', 'lost', null, true],
    ['confirmation', 'lost', 'skipped_editions', true],
    ['trust', 'lost', null, true],
    ['weakening', 'lost', null, false],
    ['cultivation', 'trust', null, true],
    ['cultivation', 'trust', 'repeat_attendance', false],
    ['cultivation', 'confirmation', null, false],
    ['trust', 'weakening', null, false],
    ['lost', 'cultivation', null, false],
  ] as [Stage, Stage, string | null, boolean][])('%s → %s (signal %s): %s', (from, to, signal, needs) => {
    expect(moveNeedsReason(from, to, signal)).toBe(needs);
  });
});

describe('mergeThresholds', () => {
  it('takes the defaults of the issue', () => {
    expect(mergeThresholds(null)).toEqual({
      trustEditions: 2, trustSatisfaction: 7, trustEditionsWithoutSatisfaction: 3, satisfactionDrop: 2,
      lowSatisfaction: 5, standAreaDropPercent: 30, complaintDays: 14, lostSkippedEditions: 2,
    });
  });

  it('keeps valid stored values and ignores unknown, fractional or out-of-bounds ones', () => {
    expect(mergeThresholds({ complaintDays: 30, trustSatisfaction: 11, lowSatisfaction: 4.5, bogus: 1 })).toEqual({
      ...DEFAULT_THRESHOLDS,
      complaintDays: 30,
    });
  });
});

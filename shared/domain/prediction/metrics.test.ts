import { describe, expect, it } from 'vitest';
import { brierScore, rocAuc } from './metrics';

/** O(n²) definition: P(score of a positive > score of a negative), ties half. */
function bruteAuc(scores: number[], labels: number[]): number | null {
  let wins = 0;
  let pairs = 0;
  for (let i = 0; i < scores.length; i++) {
    if (labels[i] !== 1) continue;
    for (let j = 0; j < scores.length; j++) {
      if (labels[j] === 1) continue;
      pairs++;
      wins += scores[i]! > scores[j]! ? 1 : scores[i] === scores[j] ? 0.5 : 0;
    }
  }
  return pairs === 0 ? null : wins / pairs;
}

describe('rocAuc', () => {
  it('is 1 when every positive outranks every negative, 0 when reversed', () => {
    expect(rocAuc([0.1, 0.2, 0.8, 0.9], [0, 0, 1, 1])).toBe(1);
    expect(rocAuc([0.9, 0.8, 0.2, 0.1], [0, 0, 1, 1])).toBe(0);
  });

  it('counts pairs by hand', () => {
    // Positives 0.35 and 0.8, negatives 0.1 and 0.4: 0.35 > 0.1 yes, 0.35 > 0.4 no,
    // 0.8 beats both → 3 of 4 pairs.
    expect(rocAuc([0.1, 0.4, 0.35, 0.8], [0, 0, 1, 1])).toBe(0.75);
  });

  it('counts a tie as half a pair', () => {
    // Positives 0.5 and 0.9, negatives 0.5 and 0.2: 0.5 vs 0.5 = ½, 0.5 > 0.2 = 1, 0.9 beats
    // both = 2 → 3.5 / 4.
    expect(rocAuc([0.5, 0.5, 0.2, 0.9], [1, 0, 0, 1])).toBe(0.875);
    // A constant score ranks nothing: 0.5, as for the 0/1 baseline with everyone equal.
    expect(rocAuc([1, 1, 1, 1, 1], [1, 0, 1, 0, 0])).toBe(0.5);
  });

  it('is undefined (null) with one class only or no examples', () => {
    expect(rocAuc([0.2, 0.7], [1, 1])).toBeNull();
    expect(rocAuc([0.2, 0.7], [0, 0])).toBeNull();
    expect(rocAuc([], [])).toBeNull();
  });

  it('reads only the first n entries of typed arrays', () => {
    const scores = new Float64Array([0.1, 0.9, 0.5, 0.0]);
    const labels = new Uint8Array([0, 1, 1, 1]);
    expect(rocAuc(scores, labels, 2)).toBe(1);
    expect(rocAuc(scores, labels, 1)).toBeNull();
  });

  it('agrees with the pair-counting definition on data full of ties', () => {
    let seed = 42;
    const rand = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
    for (let round = 0; round < 20; round++) {
      const n = 5 + Math.floor(rand() * 200);
      const scores = Array.from({ length: n }, () => Math.floor(rand() * 6) / 5);
      const labels = scores.map((s) => (rand() < 0.2 + 0.6 * s ? 1 : 0));
      const expected = bruteAuc(scores, labels);
      const actual = rocAuc(scores, labels);
      if (expected === null) expect(actual).toBeNull();
      else expect(actual).toBeCloseTo(expected, 12);
    }
  });
});

describe('brierScore', () => {
  it('is the mean squared error of the probabilities', () => {
    // (1 − 1)² + (0 − 0)² + (0.5 − 1)² = 0.25, over 3.
    expect(brierScore([1, 0, 0.5], [1, 0, 1])).toBeCloseTo(0.25 / 3, 15);
    expect(brierScore([0.5, 0.5], [1, 0])).toBe(0.25);
    expect(brierScore([0, 1], [1, 0])).toBe(1);
  });

  it('is null without examples', () => {
    expect(brierScore([], [])).toBeNull();
    expect(brierScore(new Float64Array(3), new Uint8Array(3), 0)).toBeNull();
  });
});

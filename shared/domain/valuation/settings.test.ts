import { describe, expect, it } from 'vitest';
import { DEFAULT_VALUATION_SETTINGS as D, mergeValuationSettings } from './settings';

describe('mergeValuationSettings', () => {
  it('gives the defaults for nothing, garbage or broken JSON', () => {
    for (const stored of [undefined, null, 42, 'not json', '[]', [], { nonsense: true }]) {
      expect(mergeValuationSettings(stored)).toEqual(D);
    }
  });

  it('takes every valid field, from an object or JSON text', () => {
    const stored = {
      windowEditions: 5,
      weights: { ...D.weights, economic: 40, retention: 0 },
      tierCutoffs: { a: 5, b: 25, c: 50 },
      economicHigh: 0.6,
      strategicHigh: 0.3,
      negativeWomPenalty: 1.5,
      advicePoints: 1,
      maxRemainingEditions: 8,
      callListProbability: 0.4,
      brandTags: ['  Leader ', 'leader', 'Leader', ''],
    };
    const merged = mergeValuationSettings(JSON.stringify(stored));
    expect(merged).toEqual({ ...stored, brandTags: ['Leader', 'leader'] });
    expect(mergeValuationSettings(stored)).toEqual(merged);
  });

  it('ignores invalid fields one by one', () => {
    const merged = mergeValuationSettings({
      windowEditions: 2.5, // not whole
      weights: { economic: -1, profit: 'x', potential: 30 }, // only potential is valid
      economicHigh: 1.5, // out of bounds
      strategicHigh: 0.7,
      maxRemainingEditions: 0,
      brandTags: 'brand', // not a list
      extra: 1,
    });
    expect(merged.windowEditions).toBe(D.windowEditions);
    expect(merged.weights).toEqual({ ...D.weights, potential: 30 });
    expect(merged.economicHigh).toBe(D.economicHigh);
    expect(merged.strategicHigh).toBe(0.7);
    expect(merged.maxRemainingEditions).toBe(D.maxRemainingEditions);
    expect(merged.brandTags).toEqual(D.brandTags);
    expect(merged).not.toHaveProperty('extra');
  });

  it('falls back as a group for all-zero weights and unordered cut-offs', () => {
    const zero = Object.fromEntries(Object.keys(D.weights).map((k) => [k, 0]));
    expect(mergeValuationSettings({ weights: zero }).weights).toEqual(D.weights);
    expect(mergeValuationSettings({ tierCutoffs: { a: 40, b: 30, c: 60 } }).tierCutoffs).toEqual(D.tierCutoffs);
    expect(mergeValuationSettings({ tierCutoffs: { a: 20 } }).tierCutoffs).toEqual({ ...D.tierCutoffs, a: 20 });
  });

  it('never shares the defaults’ objects', () => {
    const merged = mergeValuationSettings(null);
    merged.weights.economic = 99;
    merged.brandTags.push('x');
    expect(D.weights.economic).toBe(25);
    expect(D.brandTags).not.toContain('x');
  });
});

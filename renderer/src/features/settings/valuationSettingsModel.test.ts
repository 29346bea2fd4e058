import { DEFAULT_VALUATION_SETTINGS as D } from '@shared/domain/valuation/settings';
import { describe, expect, it } from 'vitest';
import { formErrors, fromFlat, sameAs, toFlat, weightShares } from './valuationSettingsModel';

describe('valuation settings form model', () => {
  it('round-trips the settings through the flat form', () => {
    expect(fromFlat(toFlat(D), D.brandTags)).toEqual({ settings: D });
    expect(sameAs(toFlat(D), D.brandTags, D)).toBe(true);
    expect(sameAs({ ...toFlat(D), 'weights.profit': 11 }, D.brandTags, D)).toBe(false);
    expect(sameAs(toFlat(D), ['brand'], D)).toBe(false);
  });

  it('sends nothing while a field is empty and names it', () => {
    expect(fromFlat({ ...toFlat(D), 'tierCutoffs.b': '', advicePoints: '' }, [])).toEqual({ empty: ['tierCutoffs.b', 'advicePoints'] });
  });

  it('shows each weight as its share of the total', () => {
    // Defaults add up to 25+10+15+10+10+5+10+10+5 = 100, so each share is the weight itself in %.
    const shares = weightShares(toFlat(D));
    expect(shares.economic).toBeCloseTo(0.25);
    expect(shares.retention).toBeCloseTo(0.05);
    // Doubling economic: 50 of 125 = 40 %.
    expect(weightShares({ ...toFlat(D), 'weights.economic': 50 }).economic).toBeCloseTo(0.4);
  });

  it('has no shares when every weight is zero or one is empty', () => {
    const zero = Object.fromEntries(Object.entries(toFlat(D)).map(([k, v]) => [k, k.startsWith('weights.') ? 0 : v]));
    expect(weightShares(zero as ReturnType<typeof toFlat>).economic).toBeNull();
    expect(weightShares({ ...toFlat(D), 'weights.loyalty': '' }).economic).toBeNull();
  });

  it('maps API error paths onto the form fields', () => {
    expect(formErrors({ 'settings.weights': 'all zero', 'settings.tierCutoffs.b': 'order' })).toEqual({ weights: 'all zero', 'tierCutoffs.b': 'order' });
  });
});

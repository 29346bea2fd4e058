import { explainFigure, EXPLAIN_INPUTS, FORMULA_KEYS } from '@shared/domain/valuation/explain';
import { FIGURE_KEYS, type RelationshipFigures } from '@shared/domain/valuation/figures';
import { randomFacts, seededRandom } from '@shared/domain/valuation/randomFacts';
import { scorePopulation } from '@shared/domain/valuation/scorePopulation';
import { DEFAULT_VALUATION_SETTINGS as S } from '@shared/domain/valuation/settings';
import { assessRelationship } from '@shared/domain/valuation/valuationFormulas';
import i18n from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { resources } from '../../../i18n/resources';
import { formatFigure, formatInput } from './formatFigure';
import { en, zh } from './locales';

// Every figure explains itself: each explanation's formula text exists in both languages and
// names exactly inputs the explanation gives; every value formats without NaN.

const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]!);

const rows: RelationshipFigures[] = (() => {
  const rnd = seededRandom(8);
  const facts = Array.from({ length: 150 }, (_, i) => randomFacts(rnd, i));
  return scorePopulation(facts.map((f) => assessRelationship(f, S)), S);
})();

beforeAll(async () => {
  await i18n.init({ resources, lng: 'en', fallbackLng: 'en', defaultNS: 'common', ns: Object.keys(resources.en), interpolation: { escapeValue: false } });
});

describe('figure explanations', () => {
  it('have a label, a meaning and a formula text in English and Chinese', () => {
    for (const k of FIGURE_KEYS) {
      expect(en.figure[k].label && en.figure[k].meaning && zh.figure[k].label && zh.figure[k].meaning, k).toBeTruthy();
    }
    for (const f of FORMULA_KEYS) {
      expect(en.formula[f], f).toBeTruthy();
      // the Chinese text uses the same placeholders
      expect(placeholders(zh.formula[f]).sort(), f).toEqual(placeholders(en.formula[f]).sort());
    }
  });

  it('name only inputs the explanation gives, each with a label', () => {
    const used = new Set<string>();
    for (const row of rows) {
      for (const k of FIGURE_KEYS) {
        const e = explainFigure(k, row, S);
        for (const p of placeholders(en.formula[e.formula])) expect(Object.keys(e.inputs), `${k} → ${e.formula}`).toContain(p);
        for (const name of Object.keys(e.inputs)) {
          used.add(e.formula);
          const labelled = (FIGURE_KEYS as readonly string[]).includes(name) || name in EXPLAIN_INPUTS;
          expect(labelled, name).toBe(true);
          if (!(FIGURE_KEYS as readonly string[]).includes(name) && !/^[wc]_/.test(name)) expect(en.input[name as keyof typeof en.input], name).toBeTruthy();
        }
      }
    }
    // the random population reaches most formulas (the rest are covered by the fixture test)
    expect(used.size).toBeGreaterThan(FORMULA_KEYS.length / 2);
  });

  it('format every value of every row without NaN, in both languages', () => {
    for (const lang of ['en', 'zh']) {
      for (const row of rows.slice(0, 50)) {
        for (const k of FIGURE_KEYS) {
          const text = formatFigure(k, row[k], lang, 'CNY');
          expect(text, k).not.toMatch(/NaN|undefined|valueFormulas/);
          for (const [name, v] of Object.entries(explainFigure(k, row, S).inputs)) expect(formatInput(name, v, lang, 'CNY'), name).not.toMatch(/NaN|undefined/);
        }
      }
    }
  });

  it('formats by kind of figure', () => {
    expect(formatFigure('economic', 12500, 'en', 'CNY')).toBe('CN¥12,500');
    expect(formatFigure('profit', -27000.5, 'en')).toBe('-27,000.50');
    expect(formatFigure('contributionShare', 0.625, 'en')).toBe('62.5%');
    expect(formatFigure('economicNorm', 0.5, 'en')).toBe('0.50');
    expect(formatFigure('score', 43.3, 'en')).toBe('43.3');
    expect(formatFigure('tier', 'A', 'en')).toBe('A');
    expect(formatFigure('quadrant', 'strategic', 'en')).toBe('Strategic account');
    expect(formatFigure('quadrant', 'strategic', 'zh')).toBe('战略客户');
    expect(formatFigure('demonstrationRating', null, 'en')).toBe('Not rated');
    expect(formatFigure('retention', null, 'en')).toBe('—');
    expect(formatFigure('repeat', 1, 'zh')).toBe('是');
    expect(formatFigure('kinds', 1 | 16, 'en')).toBe('Exhibitor, Partner');
    expect(formatInput('a', 10, 'en')).toBe('10%');
  });

  it('fills a formula with this row’s formatted inputs', () => {
    const row = rows.find((r) => r.contributionShare > 0)!;
    const e = explainFigure('profit', row, S);
    const values = Object.fromEntries(Object.entries(e.inputs).map(([n, v]) => [n, formatInput(n, v, 'en', 'CNY')]));
    const text = i18n.t(`formula.${e.formula}`, { ns: 'valueFormulas', lng: 'en', ...values });
    expect(text).toContain(`= ${formatFigure('profit', row.profit, 'en', 'CNY')}`);
    expect(text).not.toContain('{{');
  });
});

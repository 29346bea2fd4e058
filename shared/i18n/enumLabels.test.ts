import { describe, expect, it } from 'vitest';
import { CUSTOMER_KINDS, CUSTOMER_SOURCES, PARTNER_TYPES, SCREENING_STATUSES, SIZE_BANDS } from '../domain/customer';
import { EDITION_STATUSES, EXHIBITION_FREQUENCIES, EXHIBITION_MATURITIES } from '../domain/exhibition';
import { COMPLAINT_STATES, INTERACTION_DIRECTIONS, INTERACTION_TYPES, LEAD_TEMPERATURES } from '../domain/interaction';
import { STAGES, TASK_SOURCES } from '../domain/lifecycle';
import { BOOKING_STATUSES, PARTICIPATION_ROLES, RETURN_INTENTS, STAND_TYPES } from '../domain/participation';
import { QUADRANTS, TIERS } from '../domain/valuation/figures';
import { SCORE_COMPONENTS } from '../domain/valuation/settings';
import { LANGUAGES } from './errors';
import * as E from './enumLabels';
import * as F from './fieldLabels';
import { inLanguage, type Word } from './words';

// Every value of every enum shown to users has a label in every UI language. The types already
// demand a key per value; this also catches an empty string and a table keyed by the wrong enum.
const ENUMS: [string, readonly string[], Record<string, Word>][] = [
  ['stage', STAGES, E.STAGE_WORDS],
  ['customer kind', CUSTOMER_KINDS, E.CUSTOMER_KIND_WORDS],
  ['participation role', PARTICIPATION_ROLES, E.PARTICIPATION_ROLE_WORDS],
  ['partner type', PARTNER_TYPES, E.PARTNER_TYPE_WORDS],
  ['size band', SIZE_BANDS, E.SIZE_BAND_WORDS],
  ['screening status', SCREENING_STATUSES, E.SCREENING_STATUS_WORDS],
  ['customer source', CUSTOMER_SOURCES, E.CUSTOMER_SOURCE_WORDS],
  ['booking status', BOOKING_STATUSES, E.BOOKING_STATUS_WORDS],
  ['stand type', STAND_TYPES, E.STAND_TYPE_WORDS],
  ['return intent', RETURN_INTENTS, E.RETURN_INTENT_WORDS],
  ['interaction type', INTERACTION_TYPES, E.INTERACTION_TYPE_WORDS],
  ['interaction direction', INTERACTION_DIRECTIONS, E.INTERACTION_DIRECTION_WORDS],
  ['complaint state', COMPLAINT_STATES, E.COMPLAINT_STATE_WORDS],
  ['lead temperature', LEAD_TEMPERATURES, E.LEAD_TEMPERATURE_WORDS],
  ['task source', TASK_SOURCES, E.TASK_SOURCE_WORDS],
  ['exhibition frequency', EXHIBITION_FREQUENCIES, E.EXHIBITION_FREQUENCY_WORDS],
  ['exhibition maturity', EXHIBITION_MATURITIES, E.EXHIBITION_MATURITY_WORDS],
  ['edition status', EDITION_STATUSES, E.EDITION_STATUS_WORDS],
  ['tier', TIERS, E.TIER_WORDS],
  ['quadrant', QUADRANTS, E.QUADRANT_WORDS],
  ['NPS group', ['promoter', 'passive', 'detractor'], E.NPS_GROUP_WORDS],
  ['probability source', ['model', 'fallback'], E.PROBABILITY_SOURCE_WORDS],
  ['score component', SCORE_COMPONENTS, E.SCORE_COMPONENT_WORDS],
];

describe('enum labels', () => {
  it.each(ENUMS)('%s: every value, and only those, has a non-empty label in every language', (_name, values, words) => {
    expect(Object.keys(words).sort()).toEqual([...values].sort());
    for (const v of values) for (const lang of LANGUAGES) expect(words[v]![lang].trim(), `${v} (${lang})`).not.toBe('');
  });

  it('a value reads differently in Chinese than in English (the Chinese is not a copied English word)', () => {
    for (const [name, values, words] of ENUMS) {
      if (name === 'size band') continue; // numbers read the same
      for (const v of values) expect(words[v]!.zh, `${name}.${v}`).not.toBe(words[v]!.en);
    }
  });

  it('per-language tables hold the same words', () => {
    expect(E.BOOKING_STATUS_LABELS.zh.enquiry).toBe('询价');
    expect(E.STAGE_LABELS.en).toEqual(inLanguage(E.STAGE_WORDS, 'en'));
    expect(E.PARTICIPATION_ROLE_LABELS.en.partner).toBe('Partner / sponsor / media');
    expect(E.CUSTOMER_KIND_LABELS.en.partner).toBe('Partner');
  });
});

describe('field labels', () => {
  it.each([
    ['customer', F.CUSTOMER_FIELD_WORDS],
    ['contact', F.CONTACT_FIELD_WORDS],
    ['participation', F.PARTICIPATION_FIELD_WORDS],
    ['interaction', F.INTERACTION_FIELD_WORDS],
  ] as [string, Record<string, Word>][])('%s: every field has a non-empty label in every language', (_name, words) => {
    for (const [field, w] of Object.entries(words)) for (const lang of LANGUAGES) expect(w[lang].trim(), `${field} (${lang})`).not.toBe('');
  });
});

describe('inLanguage', () => {
  it('reads a nested tree in one language', () => {
    const tree = { a: { en: 'A', zh: '甲' }, group: { b: { en: 'B', zh: '乙' } } };
    expect(inLanguage(tree, 'zh')).toEqual({ a: '甲', group: { b: '乙' } });
    expect(inLanguage(tree, 'en')).toEqual({ a: 'A', group: { b: 'B' } });
  });
});

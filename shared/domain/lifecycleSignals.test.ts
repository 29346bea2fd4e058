import { describe, expect, it } from 'vitest';
import { DEFAULT_THRESHOLDS, SIGNALS, type Signal, type Stage } from './lifecycle';
import {
  addDays,
  evaluateSignal,
  fingerprint,
  suggestMove,
  type EditionFact,
  type ParticipationFact,
  type RelationshipFacts,
} from './lifecycleSignals';
import type { BookingStatus } from './participation';

// Editions of an annual fair: 2020 … 2025 closed, 2026 (December) open for booking.
const EDITIONS: EditionFact[] = [2020, 2021, 2022, 2023, 2024, 2025, 2026].map((y) => ({
  id: `e${y}`,
  name: `Fair ${y}`,
  startDate: `${y}-12-01`,
  endDate: `${y}-12-04`,
  closed: y < 2026,
}));
const TODAY = '2026-11-22';

type P = null | BookingStatus | [BookingStatus, number | null, number | null];
/** Participations by year; `[status, satisfaction, area]` or a bare status (no score, no area). */
function facts(opts: {
  stage?: Stage;
  since?: string;
  parts?: Partial<Record<number, P>>;
  complaints?: string[];
  wom?: string | null;
  today?: string;
}): RelationshipFacts {
  const participations = EDITIONS.map((e): ParticipationFact | null => {
    const p = opts.parts?.[Number(e.startDate.slice(0, 4))];
    if (!p) return null;
    const [status, satisfaction, standArea] = typeof p === 'string' ? [p, null, null] : p;
    return { status, satisfaction, standArea, statusAt: e.closed ? e.endDate : '2026-10-01' };
  });
  return {
    stage: opts.stage ?? 'cultivation',
    stageSince: opts.since ?? '2019-01-01',
    movedIn: opts.since !== undefined,
    editions: EDITIONS,
    participations,
    openComplaints: opts.complaints ?? [],
    negativeWomAt: opts.wom ?? null,
    today: opts.today ?? TODAY,
  };
}

interface Case {
  name: string;
  signal: Signal;
  f: RelationshipFacts;
  /** Expected target stage and details, or null: the signal does not fire. */
  expect: { to: Stage; details: Record<string, unknown>; at?: string } | null;
}

const A = 'attended' as const;
const CASES: Case[] = [
  // first booking → confirmation
  { name: 'contracted for the open edition', signal: 'first_booking', f: facts({ parts: { 2026: 'contracted' } }), expect: { to: 'confirmation', details: { edition: 'Fair 2026', status: 'contracted' } } },
  { name: 'paid counts', signal: 'first_booking', f: facts({ parts: { 2025: 'paid' } }), expect: { to: 'confirmation', details: { edition: 'Fair 2025', status: 'paid' } } },
  { name: 'an enquiry is not a booking', signal: 'first_booking', f: facts({ parts: { 2026: 'enquiry' } }), expect: null },
  { name: 'reserved is not a booking', signal: 'first_booking', f: facts({ parts: { 2026: 'reserved' } }), expect: null },
  { name: 'cancelled is not a booking', signal: 'first_booking', f: facts({ parts: { 2025: 'cancelled' } }), expect: null },
  { name: 'only from cultivation', signal: 'first_booking', f: facts({ stage: 'confirmation', parts: { 2026: 'paid' } }), expect: null },
  { name: 'a booking from before a re-approach does not count', signal: 'first_booking', f: facts({ since: '2024-01-01', parts: { 2022: A } }), expect: null },
  // repeat attendance → trust
  { name: '2 consecutive with latest score 7', signal: 'repeat_attendance', f: facts({ stage: 'confirmation', parts: { 2024: [A, 5, null], 2025: [A, 7, null] } }), expect: { to: 'trust', details: { editions: 2, satisfaction: 7, edition: 'Fair 2025' }, at: '2025-12-04' } },
  { name: 'latest score 6 is not enough', signal: 'repeat_attendance', f: facts({ stage: 'confirmation', parts: { 2024: [A, 9, null], 2025: [A, 6, null] } }), expect: null },
  { name: 'not consecutive', signal: 'repeat_attendance', f: facts({ stage: 'confirmation', parts: { 2023: [A, 9, null], 2025: [A, 9, null] } }), expect: null },
  { name: 'skipped the latest closed edition', signal: 'repeat_attendance', f: facts({ stage: 'confirmation', parts: { 2023: [A, 9, null], 2024: [A, 9, null] } }), expect: null },
  { name: '3 consecutive without scores', signal: 'repeat_attendance', f: facts({ stage: 'confirmation', parts: { 2023: A, 2024: A, 2025: A } }), expect: { to: 'trust', details: { editions: 3, satisfaction: null, edition: 'Fair 2025' } } },
  { name: '2 consecutive without scores is not enough', signal: 'repeat_attendance', f: facts({ stage: 'confirmation', parts: { 2024: A, 2025: A } }), expect: null },
  { name: 'straight from cultivation (skips confirmation)', signal: 'repeat_attendance', f: facts({ parts: { 2024: [A, 8, null], 2025: [A, 8, null] } }), expect: { to: 'trust', details: { editions: 2, satisfaction: 8, edition: 'Fair 2025' } } },
  { name: 'not from trust', signal: 'repeat_attendance', f: facts({ stage: 'trust', parts: { 2024: [A, 8, null], 2025: [A, 8, null] } }), expect: null },
  // weakening signals
  { name: 'skipped the latest after attending the one before', signal: 'skipped_latest', f: facts({ stage: 'trust', parts: { 2024: A } }), expect: { to: 'weakening', details: { skipped: 'Fair 2025', attended: 'Fair 2024' }, at: '2025-12-04' } },
  { name: 'no_show counts as skipped', signal: 'skipped_latest', f: facts({ stage: 'trust', parts: { 2024: A, 2025: 'no_show' } }), expect: { to: 'weakening', details: { skipped: 'Fair 2025', attended: 'Fair 2024' } } },
  { name: 'attended the latest', signal: 'skipped_latest', f: facts({ stage: 'trust', parts: { 2024: A, 2025: A } }), expect: null },
  { name: 'skipped both', signal: 'skipped_latest', f: facts({ stage: 'trust', parts: { 2023: A } }), expect: null },
  { name: 'old facts count while still in the first stage', signal: 'skipped_latest', f: { ...facts({ stage: 'cultivation', parts: { 2024: A } }), stageSince: '2026-11-01' }, expect: { to: 'weakening', details: { skipped: 'Fair 2025', attended: 'Fair 2024' } } },
  { name: 'facts older than the current stage', signal: 'skipped_latest', f: facts({ stage: 'trust', since: '2026-01-10', parts: { 2024: A } }), expect: null },
  { name: 'satisfaction fell by 2', signal: 'satisfaction_drop', f: facts({ stage: 'trust', parts: { 2024: [A, 9, null], 2025: [A, 7, null] } }), expect: { to: 'weakening', details: { from: 9, to: 7, edition: 'Fair 2025', previousEdition: 'Fair 2024' } } },
  { name: 'satisfaction fell by 1', signal: 'satisfaction_drop', f: facts({ stage: 'trust', parts: { 2024: [A, 8, null], 2025: [A, 7, null] } }), expect: null },
  { name: 'compares with the last known score', signal: 'satisfaction_drop', f: facts({ stage: 'confirmation', parts: { 2023: [A, 10, null], 2024: A, 2025: [A, 8, null] } }), expect: { to: 'weakening', details: { from: 10, to: 8, edition: 'Fair 2025', previousEdition: 'Fair 2023' } } },
  { name: 'satisfaction below 5', signal: 'low_satisfaction', f: facts({ stage: 'confirmation', parts: { 2025: [A, 4, null] } }), expect: { to: 'weakening', details: { satisfaction: 4, edition: 'Fair 2025' } } },
  { name: 'satisfaction 5 is not low', signal: 'low_satisfaction', f: facts({ stage: 'confirmation', parts: { 2025: [A, 5, null] } }), expect: null },
  { name: 'stand area down 30 %', signal: 'stand_area_down', f: facts({ stage: 'trust', parts: { 2024: [A, null, 100], 2025: [A, null, 70] } }), expect: { to: 'weakening', details: { from: 100, to: 70, percent: 30, edition: 'Fair 2025' } } },
  { name: 'stand area down 29 %', signal: 'stand_area_down', f: facts({ stage: 'trust', parts: { 2024: [A, null, 100], 2025: [A, null, 71] } }), expect: null },
  { name: 'stand area unknown', signal: 'stand_area_down', f: facts({ stage: 'trust', parts: { 2024: [A, null, null], 2025: [A, null, 10] } }), expect: null },
  { name: 'complaint open 14 days', signal: 'open_complaint', f: facts({ stage: 'trust', complaints: ['2026-11-08'] }), expect: { to: 'weakening', details: { count: 1, since: '2026-11-08', days: 14 }, at: '2026-11-22' } },
  { name: 'complaint open 13 days', signal: 'open_complaint', f: facts({ stage: 'trust', complaints: ['2026-11-09'] }), expect: null },
  { name: 'counts every overdue complaint, since the oldest', signal: 'open_complaint', f: facts({ stage: 'confirmation', complaints: ['2026-10-01', '2026-09-01', '2026-11-20'] }), expect: { to: 'weakening', details: { count: 2, since: '2026-09-01', days: 14 } } },
  { name: 'negative word of mouth', signal: 'negative_wom', f: facts({ stage: 'trust', wom: '2026-10-02T08:00:00.000Z' }), expect: { to: 'weakening', details: { at: '2026-10-02' } } },
  { name: 'word of mouth before the current stage', signal: 'negative_wom', f: facts({ stage: 'trust', since: '2026-10-05', wom: '2026-10-02' }), expect: null },
  { name: 'not while already weakening', signal: 'negative_wom', f: facts({ stage: 'weakening', wom: '2026-10-02' }), expect: null },
  // weakening → lost
  { name: 'skipped 2 consecutive while weakening', signal: 'skipped_editions', f: facts({ stage: 'weakening', since: '2024-12-04', parts: { 2023: A } }), expect: { to: 'lost', details: { count: 2, edition: 'Fair 2025' } } },
  { name: 'skipped 1 while weakening', signal: 'skipped_editions', f: facts({ stage: 'weakening', parts: { 2024: A } }), expect: null },
  { name: 'skipped 2 but booked the coming one', signal: 'skipped_editions', f: facts({ stage: 'weakening', parts: { 2023: A, 2026: 'paid' } }), expect: null },
  { name: 'skipped 2 but not weakening', signal: 'skipped_editions', f: facts({ stage: 'trust', parts: { 2023: A } }), expect: null },
  // weakening → trust / confirmation
  { name: 'rebooked and scored 8 after weakening', signal: 'recovered', f: facts({ stage: 'weakening', since: '2024-12-04', parts: { 2024: [A, 4, null], 2025: [A, 8, null] } }), expect: { to: 'trust', details: { edition: 'Fair 2025', satisfaction: 8 } } },
  { name: 'rebooked but scored 6', signal: 'recovered', f: facts({ stage: 'weakening', since: '2024-12-04', parts: { 2024: [A, 4, null], 2025: [A, 6, null] } }), expect: null },
  { name: 'the good score is from before the weakening', signal: 'recovered', f: facts({ stage: 'weakening', since: '2025-12-10', parts: { 2025: [A, 9, null] } }), expect: null },
  { name: 'rebooked the coming edition while weakening', signal: 'rebooked', f: facts({ stage: 'weakening', since: '2025-12-10', parts: { 2025: [A, 4, null], 2026: 'contracted' } }), expect: { to: 'confirmation', details: { edition: 'Fair 2026', status: 'contracted' } } },
  { name: 'an enquiry is not a rebooking', signal: 'rebooked', f: facts({ stage: 'weakening', since: '2025-12-10', parts: { 2026: 'enquiry' } }), expect: null },
  // lost → cultivation
  { name: 'a lost customer enquires again', signal: 'returned', f: facts({ stage: 'lost', since: '2025-01-01', parts: { 2026: 'enquiry' } }), expect: { to: 'cultivation', details: { edition: 'Fair 2026', status: 'enquiry' } } },
  { name: 'a lost customer who cancelled', signal: 'returned', f: facts({ stage: 'lost', since: '2025-01-01', parts: { 2026: 'cancelled' } }), expect: null },
  { name: 'participations before the loss', signal: 'returned', f: facts({ stage: 'lost', since: '2025-01-01', parts: { 2024: A } }), expect: null },
];

describe('signals', () => {
  it.each(CASES)('$signal: $name', ({ signal, f, expect: want }) => {
    const got = evaluateSignal(signal, f, DEFAULT_THRESHOLDS);
    if (!want) {
      expect(got).toBeNull();
      return;
    }
    expect(got).toMatchObject({ signal, toStage: want.to, details: want.details });
    if (want.at) expect(got!.at).toBe(want.at);
    expect(got!.at >= f.stageSince && got!.at <= f.today).toBe(true);
  });

  it('covers every signal with a firing and a silent case', () => {
    for (const s of SIGNALS) {
      expect(CASES.some((c) => c.signal === s && c.expect)).toBe(true);
      expect(CASES.some((c) => c.signal === s && !c.expect)).toBe(true);
    }
  });

  it('uses the thresholds given', () => {
    const f = facts({ stage: 'trust', complaints: ['2026-11-12'] });
    expect(evaluateSignal('open_complaint', f, DEFAULT_THRESHOLDS)).toBeNull();
    expect(evaluateSignal('open_complaint', f, { ...DEFAULT_THRESHOLDS, complaintDays: 7 })).toMatchObject({ details: { days: 7 } });
    const g = facts({ stage: 'confirmation', parts: { 2025: [A, 6, null] } });
    expect(evaluateSignal('low_satisfaction', g, { ...DEFAULT_THRESHOLDS, lowSatisfaction: 7 })).not.toBeNull();
  });
});

describe('suggestMove (priority)', () => {
  it.each([
    ['word of mouth beats a satisfaction drop', facts({ stage: 'trust', wom: '2026-01-01', parts: { 2024: [A, 9, null], 2025: [A, 3, null] } }), 'negative_wom'],
    ['low satisfaction beats a drop', facts({ stage: 'trust', parts: { 2024: [A, 9, null], 2025: [A, 3, null] } }), 'low_satisfaction'],
    ['weakening beats trust', facts({ stage: 'confirmation', complaints: ['2026-01-01'], parts: { 2024: [A, 9, null], 2025: [A, 9, null] } }), 'open_complaint'],
    ['trust beats confirmation from cultivation', facts({ parts: { 2024: [A, 9, null], 2025: [A, 9, null] } }), 'repeat_attendance'],
    ['recovered beats rebooked', facts({ stage: 'weakening', since: '2024-12-04', parts: { 2025: [A, 9, null], 2026: 'paid' } }), 'recovered'],
    ['nothing to say', facts({ stage: 'trust', parts: { 2024: [A, 9, null], 2025: [A, 9, null] } }), null],
  ] as [string, RelationshipFacts, Signal | null][])('%s', (_name, f, signal) => {
    expect(suggestMove(f, DEFAULT_THRESHOLDS)?.signal ?? null).toBe(signal);
  });
});

describe('fingerprint', () => {
  const s = { toStage: 'weakening' as const, signal: 'low_satisfaction' as const, details: { satisfaction: 4, edition: 'Fair 2025' } };
  it('is stable for the same facts, whatever the key order', () => {
    expect(fingerprint('trust', '2024-01-01', s)).toBe(fingerprint('trust', '2024-01-01', { ...s, details: { edition: 'Fair 2025', satisfaction: 4 } }));
    expect(fingerprint('trust', '2024-01-01', s)).toMatch(/^[0-9a-f]{8}$/);
  });
  it('changes when a fact, the stage or its start changes', () => {
    const base = fingerprint('trust', '2024-01-01', s);
    expect(fingerprint('trust', '2024-01-01', { ...s, details: { satisfaction: 3, edition: 'Fair 2025' } })).not.toBe(base);
    expect(fingerprint('confirmation', '2024-01-01', s)).not.toBe(base);
    expect(fingerprint('trust', '2024-02-01', s)).not.toBe(base);
  });
});

describe('addDays', () => {
  it.each([
    ['2026-02-27', 2, '2026-03-01'],
    ['2024-02-28', 1, '2024-02-29'],
    ['2026-01-01', -1, '2025-12-31'],
    ['2026-03-28T23:00:00.000Z', 14, '2026-04-11'],
  ] as [string, number, string][])('%s + %i = %s', (d, n, want) => expect(addDays(d, n)).toBe(want));
});

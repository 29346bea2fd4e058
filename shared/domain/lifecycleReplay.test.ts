import { describe, expect, it } from 'vitest';
import { replayHistory } from './lifecycleReplay';
import type { EditionFact, ParticipationFact } from './lifecycleSignals';

const EDITIONS: EditionFact[] = [2021, 2022, 2023, 2024, 2025].map((y) => ({
  id: `e${y}`, name: `Fair ${y}`, startDate: `${y}-05-01`, endDate: `${y}-05-04`, closed: true,
}));
const att = (y: number, satisfaction: number | null): ParticipationFact => ({ status: 'attended', satisfaction, standArea: null, statusAt: `${y}-02-01` });

describe('replayHistory', () => {
  it('replays cultivation → confirmation → trust → weakening → lost, dated at each edition', () => {
    const h = replayHistory({ editions: EDITIONS, participations: [att(2021, 8), att(2022, 8), att(2023, 3), null, null], today: '2026-11-22' });
    expect(h.map((t) => [t.from, t.to, t.at, t.signal])).toEqual([
      [null, 'cultivation', '2021-02-01', null],
      ['cultivation', 'confirmation', '2021-02-01', 'first_booking'], // dated by the booking itself
      ['confirmation', 'trust', '2022-05-04', 'repeat_attendance'],
      ['trust', 'weakening', '2023-05-04', 'low_satisfaction'],
      ['weakening', 'lost', '2025-05-04', 'skipped_editions'],
    ]);
  });

  it('is empty without any participation, and never dates beyond today', () => {
    expect(replayHistory({ editions: EDITIONS, participations: [null, null, null, null, null], today: '2026-11-22' })).toEqual([]);
    const h = replayHistory({ editions: EDITIONS, participations: [att(2021, 9), null, null, null, null], today: '2021-12-31' });
    expect(h.every((t) => t.at <= '2021-12-31')).toBe(true);
  });
});

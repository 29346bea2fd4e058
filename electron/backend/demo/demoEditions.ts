// The demo's exhibitions and their annual editions, placed relative to the demo's "now":
// the editions of the last five or six years are closed, one is running if "now" falls within
// its dates, and the next one is open for booking.

import type { EditionStatus } from '../../../shared/domain/exhibition';
import { EXHIBITIONS, type DemoExhibition } from './activityVocabulary';
import { iso } from './demoCustomers';
import type { Random } from './random';

export const DAY = 86_400_000;
/** Opening hour on site (09:00 in China = 01:00 UTC). */
const OPENING_UTC_MS = 3_600_000;

export interface DemoEdition {
  id: string;
  /** Index in the list of all editions (in order of exhibitions, then dates). */
  index: number;
  exhibition: number;
  /** Position within its exhibition, 0 = the first edition. */
  round: number;
  /** Year and number only ("2026 · 第15届 15th"): the UI shows "<exhibition> · <edition>". */
  name: string;
  /** Short name for texts about it ("Asia Lighting Expo 2026"). */
  label: string;
  year: number;
  startMs: number;
  endMs: number;
  startDate: string;
  endDate: string;
  status: EditionStatus;
  createdMs: number;
  /** Price per m² in minor units this year, shell scheme and raw space. */
  shellRate: number;
  rawRate: number;
}

export interface DemoShow {
  id: string;
  spec: DemoExhibition;
  createdMs: number;
  editions: DemoEdition[];
}

const date = (ms: number) => new Date(ms).toISOString().slice(0, 10);
/** English ordinal: 1st, 2nd, 3rd, 4th … 11th, 12th, 13th … 21st. */
export function ordinalEn(n: number): string {
  const teen = n % 100 >= 11 && n % 100 <= 13;
  const suffix = teen ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${n}${suffix}`;
}
/** Bilingual like the exhibitions' names (Chinese, then English). */
const editionName = (year: number, n: number) => `${year} · 第${n}届 ${ordinalEn(n)}`;

/** Exhibitions and editions; ids from `rng`, in ascending order. */
export function makeShows(rng: Random, nowMs: number): DemoShow[] {
  const nowYear = new Date(nowMs).getUTCFullYear();
  const shows: DemoShow[] = [];
  let index = 0;
  EXHIBITIONS.forEach((spec, exhibition) => {
    // Annual editions from six (the younger show: five) years back to the first one to come.
    const first = nowYear - 6 + exhibition;
    const createdMs = Date.UTC(first - 1, 2, 1) + exhibition * DAY;
    const show: DemoShow = { id: rng.uuid7(createdMs), spec, createdMs, editions: [] };
    for (let year = first, round = 0; ; year++, round++) {
      const startMs = Date.UTC(year, spec.month - 1, 8 + (year % 4)) + OPENING_UTC_MS;
      const endMs = startMs + (spec.days - 1) * DAY + 8 * 3_600_000;
      const status: EditionStatus = endMs < nowMs ? 'closed' : startMs <= nowMs ? 'running' : 'open';
      const grow = Math.pow(1.04, round);
      const edCreated = Math.max(createdMs, startMs - 400 * DAY);
      show.editions.push({
        id: rng.uuid7(edCreated),
        index: index++,
        exhibition,
        round,
        name: editionName(year, spec.firstNumber + year - spec.firstYear),
        label: `${spec.short} ${year}`,
        year,
        startMs,
        endMs,
        startDate: date(startMs),
        endDate: date(endMs),
        status,
        createdMs: edCreated,
        shellRate: Math.round((spec.shellPerM2 * grow) / 10) * 1000,
        rawRate: Math.round((spec.rawPerM2 * grow) / 10) * 1000,
      });
      if (status === 'open') break;
    }
    shows.push(show);
  });
  return shows;
}

export { iso };

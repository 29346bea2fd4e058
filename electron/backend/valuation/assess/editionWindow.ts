import type { EditionRef } from '../../../../shared/api/valuation';
import type { Db } from '../../store/openDatabase';
import { addDays, dayKey } from './dayKey';

// The editions an assessment looks at (issue 5, docs/valuation.md): the exhibition's editions
// in date order, which of them are closed, the assessment window (the latest `windowEditions`
// closed ones), the window period, the edition the probabilities are for, and the "as of" day
// of every prediction.

export interface AssessEdition extends EditionRef {
  endDate: string;
  closed: boolean;
}

export interface EditionPlan {
  /** Every edition of the exhibition, by start date (then id). */
  editions: AssessEdition[];
  /** Positions (in `editions`) of the closed editions, oldest first. */
  closed: number[];
  /** Positions of the window's editions, oldest first (the last `windowEditions` closed ones). */
  window: number[];
  /** First day (dayKey) of the window period: the day after the edition before the window ended; 0 = from the beginning. */
  periodStart: number;
  /** Last day of the window period: the assessment date (dayKey). */
  periodEnd: number;
  /** Position of the edition the probabilities are for (the first one not closed), -1 = not created yet. */
  next: number;
  /**
   * The last day ('YYYY-MM-DD') whose facts the features of a prediction for closed edition
   * `closed[j]` may use, per closed edition; see asOfDays.
   */
  asOf: string[];
  /** The same for the prediction of the next edition: the assessment date. */
  asOfNext: string;
}

/** Closed = status 'closed', or over (its end date before the assessment date). */
export function isClosed(status: string, endDate: string, today: string): boolean {
  return status === 'closed' || endDate < today;
}

export function loadEditionPlan(db: Db, exhibitionId: string, today: string, windowEditions: number): EditionPlan {
  const rows = db
    .prepare('SELECT id, name, start_date, end_date, status FROM editions WHERE exhibition_id = ? ORDER BY start_date, id')
    .raw()
    .all(exhibitionId) as [string, string, string, string, string][];
  const editions = rows.map(([id, name, startDate, endDate, status]) => ({ id, name, startDate, endDate, closed: isClosed(status, endDate, today) }));
  return planEditions(editions, today, windowEditions);
}

/** The plan for editions already in date order (pure: the tests work it out by hand). */
export function planEditions(editions: AssessEdition[], today: string, windowEditions: number): EditionPlan {
  const closed: number[] = [];
  editions.forEach((e, i) => {
    if (e.closed) closed.push(i);
  });
  const window = closed.slice(Math.max(0, closed.length - windowEditions));
  const before = closed[closed.length - window.length - 1];
  const periodStart = before === undefined ? 0 : dayKey(addDays(editions[before]!.endDate, 1));
  const lastClosed = closed.at(-1) ?? -1;
  let next = -1;
  for (let i = lastClosed + 1; i < editions.length; i++) {
    if (!editions[i]!.closed) {
      next = i;
      break;
    }
  }
  return {
    editions,
    closed,
    window,
    periodStart,
    periodEnd: dayKey(today),
    next,
    asOf: asOfDays(editions, closed, next, today),
    asOfNext: today.slice(0, 10),
  };
}

const DAY_MS = 86_400_000;
const daysBetween = (a: string, b: string) => Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / DAY_MS);

/**
 * "Facts known BEFORE the edition", made comparable with the prediction the model is for. The
 * next edition is predicted `lead` days before it starts (today → its start); a model trained
 * on what was known the day before each past edition would learn from facts the prediction
 * cannot have yet — the bookings' own calls and the stage moves that follow a booking
 * ("first booking", "returned") — and look better in the back-test than it is. So the example
 * for a past edition uses the facts up to the same lead before its start, but never less than
 * what was known when the edition before it ended (its attendance, its scores).
 * Without a next edition the lead is measured to where it would start (the last gap again).
 */
export function asOfDays(editions: readonly AssessEdition[], closed: readonly number[], next: number, today: string): string[] {
  let lead = 0;
  const last = closed.at(-1);
  if (next >= 0) lead = Math.max(0, daysBetween(today, editions[next]!.startDate) - 1);
  else if (last !== undefined) {
    const prev = closed.at(-2);
    const gap = prev === undefined ? 365 : Math.max(1, daysBetween(editions[prev]!.startDate, editions[last]!.startDate));
    lead = Math.max(0, daysBetween(today, addDays(editions[last]!.startDate, gap)) - 1);
  }
  return closed.map((pos, j) => {
    const start = editions[pos]!.startDate;
    let day = addDays(start, -1 - lead);
    if (j > 0) {
      const prevEnd = editions[closed[j - 1]!]!.endDate;
      if (day < prevEnd) day = prevEnd;
    }
    const latest = addDays(start, -1);
    return day > latest ? latest : day;
  });
}

export function editionRef(e: AssessEdition): EditionRef {
  return { id: e.id, name: e.name, startDate: e.startDate };
}

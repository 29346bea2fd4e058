// Signals: pure rules over a relationship's recorded facts that suggest a stage move (issue 4
// §3). The app never changes a stage by itself; these only propose, each with the facts its
// reason is written from (rendered in the user's language by the UI, never stored as text).

import { BOOKED_STATUSES, type BookingStatus } from './participation';
import { SIGNALS, type LifecycleThresholds, type Signal, type Stage } from './lifecycle';

/** One edition of the exhibition, oldest first. Only closed editions count as "past". */
export interface EditionFact {
  id: string;
  name: string;
  startDate: string;
  endDate: string;
  closed: boolean;
}

/** The customer in one edition (roles merged: booked if any role is booked). */
export interface ParticipationFact {
  status: BookingStatus;
  satisfaction: number | null;
  standArea: number | null;
  /** Date of its current status. */
  statusAt: string;
}

export interface RelationshipFacts {
  stage: Stage;
  /** Date the relationship entered its current stage. */
  stageSince: string;
  /**
   * True when the current stage was entered by a move; false (or absent) while the
   * relationship is still in the stage it began in, when every recorded fact counts (history
   * entered after the customer was created is still evidence).
   */
  movedIn?: boolean;
  /** The exhibition's editions, oldest first (one array shared by every relationship). */
  editions: readonly EditionFact[];
  /** Aligned with `editions`: the customer's participation in each, or null. */
  participations: readonly (ParticipationFact | null)[];
  /** Dates ('YYYY-MM-DD') of the customer's unresolved complaints. */
  openComplaints: readonly string[];
  /** Date of the latest negative word of mouth, if any. */
  negativeWomAt: string | null;
  today: string;
}

/** Numbers and names the reason is written from. Stable for the same facts (no "days ago"). */
export type SignalDetails = Record<string, string | number | null>;

export interface Suggestion {
  toStage: Stage;
  signal: Signal;
  /** Date the facts behind it became true (never before the current stage began). */
  at: string;
  details: SignalDetails;
}

type Rule = (f: RelationshipFacts, t: LifecycleThresholds) => Suggestion | null;

const BOOKED = new Set<BookingStatus>(BOOKED_STATUSES);
const tookPart = (p: ParticipationFact | null | undefined): p is ParticipationFact => !!p && BOOKED.has(p.status);
const maxDate = (a: string, b: string) => (a > b ? a : b);

/** Calendar arithmetic on 'YYYY-MM-DD' (UTC, so no daylight-saving surprises). */
export function addDays(date: string, days: number): string {
  const d = new Date(`${date.slice(0, 10)}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

// Several rules need the same derived lists; 100,000 relationships are evaluated at once, so
// they are computed once per editions array / per facts object.
const closedCache = new WeakMap<readonly EditionFact[], number[]>();
const attendedCache = new WeakMap<RelationshipFacts, number[]>();

/** Indexes of the closed editions, oldest first. */
function closedIndexes(f: RelationshipFacts): number[] {
  let out = closedCache.get(f.editions);
  if (!out) {
    out = [];
    for (let i = 0; i < f.editions.length; i++) if (f.editions[i]!.closed) out.push(i);
    closedCache.set(f.editions, out);
  }
  return out;
}

/** The last closed editions the customer took part in, newest first (index into editions). */
function attendedClosed(f: RelationshipFacts): number[] {
  let out = attendedCache.get(f);
  if (!out) {
    const closed = closedIndexes(f);
    out = [];
    for (let k = closed.length - 1; k >= 0; k--) if (tookPart(f.participations[closed[k]!])) out.push(closed[k]!);
    attendedCache.set(f, out);
  }
  return out;
}

/** How many of the latest closed editions, counted back from the last, satisfy `pred`. */
function trailing(f: RelationshipFacts, pred: (p: ParticipationFact | null | undefined) => boolean): number[] {
  const closed = closedIndexes(f);
  const out: number[] = [];
  for (let k = closed.length - 1; k >= 0 && pred(f.participations[closed[k]!]); k--) out.push(closed[k]!);
  return out;
}

const suggest = (f: RelationshipFacts, toStage: Stage, signal: Signal, at: string, details: SignalDetails): Suggestion => ({
  toStage,
  signal,
  at: maxDate(at.slice(0, 10), f.stageSince),
  details,
});

// Weakening rules only look at facts from the current stage on: a relationship moved back to
// trust by hand after a bad edition must not be pushed to weakening again for that edition.
const fresh = (f: RelationshipFacts, date: string) => !f.movedIn || date.slice(0, 10) >= f.stageSince;

const RULES: Record<Signal, { from: readonly Stage[]; rule: Rule }> = {
  skipped_editions: {
    from: ['weakening'],
    rule: (f, t) => {
      const skipped = trailing(f, (p) => !tookPart(p));
      if (skipped.length < t.lostSkippedEditions) return null;
      // A booking for a coming edition is a comeback, not a loss.
      if (f.editions.some((e, i) => !e.closed && tookPart(f.participations[i]))) return null;
      if (!attendedClosed(f).length && !f.participations.some((p) => p)) return null;
      const last = f.editions[skipped[0]!]!;
      return suggest(f, 'lost', 'skipped_editions', last.endDate, { count: skipped.length, edition: last.name });
    },
  },
  negative_wom: {
    from: ['cultivation', 'confirmation', 'trust'],
    rule: (f) => (f.negativeWomAt && fresh(f, f.negativeWomAt) ? suggest(f, 'weakening', 'negative_wom', f.negativeWomAt, { at: f.negativeWomAt.slice(0, 10) }) : null),
  },
  open_complaint: {
    from: ['cultivation', 'confirmation', 'trust'],
    rule: (f, t) => {
      const overdue = f.openComplaints.map((d) => d.slice(0, 10)).filter((d) => addDays(d, t.complaintDays) <= f.today).sort();
      if (!overdue.length) return null;
      const since = overdue[0]!;
      const at = addDays(since, t.complaintDays);
      if (!fresh(f, at)) return null;
      return suggest(f, 'weakening', 'open_complaint', at, { count: overdue.length, since, days: t.complaintDays });
    },
  },
  low_satisfaction: {
    from: ['cultivation', 'confirmation', 'trust'],
    rule: (f, t) => {
      const i = attendedClosed(f)[0];
      if (i === undefined) return null;
      const p = f.participations[i]!;
      const e = f.editions[i]!;
      if (p.satisfaction === null || p.satisfaction >= t.lowSatisfaction || !fresh(f, e.endDate)) return null;
      return suggest(f, 'weakening', 'low_satisfaction', e.endDate, { satisfaction: p.satisfaction, edition: e.name });
    },
  },
  satisfaction_drop: {
    from: ['cultivation', 'confirmation', 'trust'],
    rule: (f, t) => {
      const [last, ...before] = attendedClosed(f);
      if (last === undefined) return null;
      const now = f.participations[last]!.satisfaction;
      const prevIdx = before.find((i) => f.participations[i]!.satisfaction !== null);
      if (now === null || prevIdx === undefined) return null;
      const prev = f.participations[prevIdx]!.satisfaction!;
      const e = f.editions[last]!;
      if (prev - now < t.satisfactionDrop || !fresh(f, e.endDate)) return null;
      return suggest(f, 'weakening', 'satisfaction_drop', e.endDate, {
        from: prev, to: now, edition: e.name, previousEdition: f.editions[prevIdx]!.name,
      });
    },
  },
  skipped_latest: {
    from: ['cultivation', 'confirmation', 'trust'],
    rule: (f) => {
      const closed = closedIndexes(f);
      const last = closed.at(-1);
      const before = closed.at(-2);
      if (last === undefined || before === undefined) return null;
      if (tookPart(f.participations[last]) || !tookPart(f.participations[before])) return null;
      const e = f.editions[last]!;
      if (!fresh(f, e.endDate)) return null;
      return suggest(f, 'weakening', 'skipped_latest', e.endDate, { skipped: e.name, attended: f.editions[before]!.name });
    },
  },
  stand_area_down: {
    from: ['cultivation', 'confirmation', 'trust'],
    rule: (f, t) => {
      const [last, prev] = attendedClosed(f);
      if (last === undefined || prev === undefined) return null;
      const now = f.participations[last]!.standArea;
      const before = f.participations[prev]!.standArea;
      if (now === null || before === null || before <= 0) return null;
      const percent = Math.round(((before - now) / before) * 100);
      const e = f.editions[last]!;
      if (percent < t.standAreaDropPercent || !fresh(f, e.endDate)) return null;
      return suggest(f, 'weakening', 'stand_area_down', e.endDate, { from: before, to: now, percent, edition: e.name });
    },
  },
  recovered: {
    from: ['weakening'],
    rule: (f, t) => {
      // Took part again after weakening began, and scored it well.
      const i = attendedClosed(f).find((k) => f.editions[k]!.startDate > f.stageSince);
      if (i === undefined) return null;
      const s = f.participations[i]!.satisfaction;
      if (s === null || s < t.trustSatisfaction) return null;
      const e = f.editions[i]!;
      return suggest(f, 'trust', 'recovered', e.endDate, { edition: e.name, satisfaction: s });
    },
  },
  rebooked: {
    from: ['weakening'],
    rule: (f) => {
      for (let i = f.editions.length - 1; i >= 0; i--) {
        const e = f.editions[i]!;
        const p = f.participations[i];
        if (e.startDate > f.stageSince && tookPart(p)) return suggest(f, 'confirmation', 'rebooked', p.statusAt, { edition: e.name, status: p.status });
      }
      return null;
    },
  },
  repeat_attendance: {
    from: ['cultivation', 'confirmation'],
    rule: (f, t) => {
      const streak = trailing(f, tookPart);
      if (!streak.length) return null;
      const e = f.editions[streak[0]!]!;
      const s = f.participations[streak[0]!]!.satisfaction;
      const enough = s === null ? streak.length >= t.trustEditionsWithoutSatisfaction : streak.length >= t.trustEditions && s >= t.trustSatisfaction;
      if (!enough) return null;
      return suggest(f, 'trust', 'repeat_attendance', e.endDate, { editions: streak.length, satisfaction: s, edition: e.name });
    },
  },
  first_booking: {
    from: ['cultivation'],
    rule: (f) => {
      // The first booking of this spell in cultivation (an edition not over before it began).
      for (let i = 0; i < f.editions.length; i++) {
        const e = f.editions[i]!;
        const p = f.participations[i];
        if (tookPart(p) && fresh(f, e.endDate)) return suggest(f, 'confirmation', 'first_booking', p.statusAt, { edition: e.name, status: p.status });
      }
      return null;
    },
  },
  returned: {
    from: ['lost'],
    rule: (f) => {
      for (let i = f.editions.length - 1; i >= 0; i--) {
        const e = f.editions[i]!;
        const p = f.participations[i];
        if (p && e.startDate > f.stageSince && p.status !== 'cancelled' && p.status !== 'no_show') {
          return suggest(f, 'cultivation', 'returned', p.statusAt, { edition: e.name, status: p.status });
        }
      }
      return null;
    },
  },
};

/** The stages each signal can move a relationship from. */
export const SIGNAL_FROM: Readonly<Record<Signal, readonly Stage[]>> = Object.fromEntries(
  SIGNALS.map((s) => [s, RULES[s].from]),
) as Record<Signal, readonly Stage[]>;

/** Evaluates one signal (null when it does not apply to the relationship's stage or facts). */
export function evaluateSignal(signal: Signal, f: RelationshipFacts, t: LifecycleThresholds): Suggestion | null {
  const r = RULES[signal];
  if (!r.from.includes(f.stage)) return null;
  const s = r.rule(f, t);
  // Never dated in the future (a complaint "overdue" on a later date is not yet a signal).
  return s && s.at <= f.today ? s : null;
}

/** The strongest applicable signal (SIGNALS is in priority order), or null. */
export function suggestMove(f: RelationshipFacts, t: LifecycleThresholds): Suggestion | null {
  for (const signal of SIGNALS) {
    const s = evaluateSignal(signal, f, t);
    if (s) return s;
  }
  return null;
}

/**
 * Identifies the facts behind a suggestion: the same stage, signal and details give the same
 * fingerprint, so a dismissal holds until any of them changes. FNV-1a (32 bit), hex.
 */
export function fingerprint(stage: Stage, stageSince: string, s: Pick<Suggestion, 'toStage' | 'signal' | 'details'>): string {
  const keys = Object.keys(s.details).sort();
  const text = `${stage}|${stageSince}|${s.signal}|${s.toStage}|${keys.map((k) => `${k}=${String(s.details[k])}`).join(';')}`;
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}

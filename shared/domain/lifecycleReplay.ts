// Replays the signals over a relationship's facts edition by edition, as if every suggestion
// had been accepted when its facts appeared: a plausible stage history. The demo generator
// writes these (its data is created after the migrations), and tests use it as an oracle.

import { DEFAULT_THRESHOLDS, type LifecycleThresholds, type Signal, type Stage } from './lifecycle';
import { suggestMove, type EditionFact, type ParticipationFact, type SignalDetails } from './lifecycleSignals';

export interface ReplayInput {
  /** The exhibition's editions, oldest first; `closed` as it is today. */
  editions: readonly EditionFact[];
  /** Aligned with `editions`. */
  participations: readonly (ParticipationFact | null)[];
  /** Complaints with the date they were made and resolved (null: still open). */
  complaints?: readonly { at: string; resolvedAt: string | null }[];
  negativeWomAt?: string | null;
  /** When the relationship began; default: its first participation's date. */
  beganOn?: string;
  today: string;
  thresholds?: LifecycleThresholds;
}

export interface ReplayedTransition {
  from: Stage | null;
  to: Stage;
  at: string;
  signal: Signal | null;
  details: SignalDetails | null;
}

/** At most this many moves at one moment (a rule set that loops would otherwise never end). */
const MAX_MOVES_AT_ONCE = 4;

function firstParticipationDate(input: ReplayInput): string | null {
  for (let i = 0; i < input.editions.length; i++) {
    const p = input.participations[i];
    if (p) return p.statusAt < input.editions[i]!.startDate ? p.statusAt : input.editions[i]!.startDate;
  }
  return null;
}

/**
 * The history: a first row (from null) into cultivation, then every move the signals suggest
 * at each edition's end (seeing only the editions up to it), and finally at `today` with
 * everything known. Empty when the relationship has no start (no participation, no beganOn).
 */
export function replayHistory(input: ReplayInput): ReplayedTransition[] {
  const t = input.thresholds ?? DEFAULT_THRESHOLDS;
  const began = (input.beganOn ?? firstParticipationDate(input))?.slice(0, 10);
  if (!began || began > input.today) return [];
  const out: ReplayedTransition[] = [{ from: null, to: 'cultivation', at: began, signal: null, details: null }];
  let stage: Stage = 'cultivation';
  let since = began;

  const at = (moment: string, visible: number, closedUpTo: number) => {
    const editions = input.editions.slice(0, visible).map((e, i) => (i <= closedUpTo ? e : { ...e, closed: false }));
    for (let n = 0; n < MAX_MOVES_AT_ONCE; n++) {
      const s = suggestMove(
        {
          stage,
          stageSince: since,
          movedIn: out.length > 1,
          editions,
          participations: input.participations.slice(0, visible),
          openComplaints: (input.complaints ?? [])
            .filter((c) => c.at.slice(0, 10) <= moment && (!c.resolvedAt || c.resolvedAt.slice(0, 10) > moment))
            .map((c) => c.at.slice(0, 10)),
          negativeWomAt: input.negativeWomAt && input.negativeWomAt.slice(0, 10) <= moment ? input.negativeWomAt : null,
          today: moment,
        },
        t,
      );
      if (!s) return;
      const when = s.at > moment ? moment : s.at;
      out.push({ from: stage, to: s.toStage, at: when, signal: s.signal, details: s.details });
      stage = s.toStage;
      since = when;
    }
  };

  input.editions.forEach((e, i) => {
    if (!e.closed || e.endDate < began || e.endDate > input.today) return;
    at(e.endDate, i + 1, i);
  });
  at(input.today, input.editions.length, input.editions.length - 1);
  return out;
}

// A customer in an edition. See ../shared/DOMAIN.md §1–2.

export const PARTICIPATION_ROLES = ['exhibitor', 'trade_buyer', 'professional_visitor', 'general_visitor', 'partner'] as const;
export type ParticipationRole = (typeof PARTICIPATION_ROLES)[number];

export const STAND_TYPES = ['raw_space', 'shell_scheme', 'other'] as const;
export type StandType = (typeof STAND_TYPES)[number];

/**
 * Booking status. The way forward is enquiry → reserved → contracted → paid → attended;
 * cancelled (with a reason) and no_show end it. Steps may be skipped (a walk-in visitor is
 * "attended" at once).
 */
export const BOOKING_STATUSES = ['enquiry', 'reserved', 'contracted', 'paid', 'attended', 'cancelled', 'no_show'] as const;
export type BookingStatus = (typeof BOOKING_STATUSES)[number];
/** Statuses that count as a booking (revenue, rebooking): the customer committed. */
export const BOOKED_STATUSES: readonly BookingStatus[] = ['contracted', 'paid', 'attended'];

export const RETURN_INTENTS = ['yes', 'maybe', 'no'] as const;
export type ReturnIntent = (typeof RETURN_INTENTS)[number];

/** "How likely to recommend" 0–10: promoters 9–10, passives 7–8, detractors 0–6. */
export function npsGroup(score: number): 'promoter' | 'passive' | 'detractor' {
  return score >= 9 ? 'promoter' : score >= 7 ? 'passive' : 'detractor';
}

/** Net promoter score (−100…100) of a set of 0–10 scores; null without scores. */
export function nps(scores: readonly number[]): number | null {
  if (scores.length === 0) return null;
  let p = 0;
  let d = 0;
  for (const s of scores) {
    const g = npsGroup(s);
    if (g === 'promoter') p++;
    else if (g === 'detractor') d++;
  }
  return Math.round(((p - d) / scores.length) * 100);
}

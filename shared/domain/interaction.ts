// Every contact with a customer: the timeline, and the relationship's cost data.

export const INTERACTION_TYPES = [
  'call', 'email', 'meeting', 'visit', 'event', 'complaint', 'feedback', 'referral', 'advice', 'other',
] as const;
export type InteractionType = (typeof INTERACTION_TYPES)[number];

export const INTERACTION_DIRECTIONS = ['inbound', 'outbound'] as const;
export type InteractionDirection = (typeof INTERACTION_DIRECTIONS)[number];

/** Only complaints have a state. */
export const COMPLAINT_STATES = ['open', 'resolved'] as const;
export type ComplaintState = (typeof COMPLAINT_STATES)[number];

export const LEAD_TEMPERATURES = ['hot', 'warm', 'cold'] as const;
export type LeadTemperature = (typeof LEAD_TEMPERATURES)[number];

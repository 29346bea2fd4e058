// The relationship lifecycle (../shared/DOMAIN.md §3, §6): a stage per customer × exhibition.

export const STAGES = ['cultivation', 'confirmation', 'trust', 'weakening', 'lost'] as const;
export type Stage = (typeof STAGES)[number];

/** Where a task came from: a stage's playbook, an interaction's follow-up date, or by hand. */
export const TASK_SOURCES = ['playbook', 'follow_up', 'manual'] as const;
export type TaskSource = (typeof TASK_SOURCES)[number];

/** Workspace setting (settings table, JSON) holding the signal thresholds. */
export const LIFECYCLE_THRESHOLDS_SETTING = 'lifecycleThresholds';

/**
 * The allowed moves (issue 4 §2). Skipping is allowed where the seeds allow it: cultivation →
 * trust (confirmation and trust merge), and lost from any stage (declared, with a reason).
 * Weakening can follow any earlier stage; a weakening relationship can be won back.
 */
export const ALLOWED_MOVES: Readonly<Record<Stage, readonly Stage[]>> = {
  cultivation: ['confirmation', 'trust', 'weakening', 'lost'],
  confirmation: ['trust', 'weakening', 'lost'],
  trust: ['weakening', 'lost'],
  weakening: ['trust', 'confirmation', 'lost'],
  lost: ['cultivation'],
};

export function canMove(from: Stage, to: Stage): boolean {
  return ALLOWED_MOVES[from].includes(to);
}

/**
 * What a move needs besides being allowed: a move to lost that does not follow weakening is a
 * declaration and needs its reason; skipping confirmation (cultivation → trust) needs evidence
 * — a signal, or a reason written by hand.
 */
export function moveNeedsReason(from: Stage, to: Stage, signal: string | null | undefined): boolean {
  if (to === 'lost' && from !== 'weakening') return true;
  if (from === 'cultivation' && to === 'trust') return !signal;
  return false;
}

/** The rules that suggest moves (shared/domain/lifecycleSignals.ts), in order of priority. */
export const SIGNALS = [
  'skipped_editions', // weakening → lost
  'negative_wom', // → weakening
  'open_complaint', // → weakening
  'low_satisfaction', // → weakening
  'satisfaction_drop', // → weakening
  'skipped_latest', // → weakening
  'stand_area_down', // → weakening
  'recovered', // weakening → trust
  'rebooked', // weakening → confirmation
  'repeat_attendance', // cultivation / confirmation → trust
  'first_booking', // cultivation → confirmation
  'returned', // lost → cultivation
] as const;
export type Signal = (typeof SIGNALS)[number];

/** Thresholds of the signals, a workspace setting (LIFECYCLE_THRESHOLDS_SETTING). */
export interface LifecycleThresholds {
  /** Consecutive editions taken part in (with a good latest score) for trust. */
  trustEditions: number;
  /** The latest satisfaction (0–10) needed for trust, and to count as recovered. */
  trustSatisfaction: number;
  /** Consecutive editions for trust when no satisfaction was recorded. */
  trustEditionsWithoutSatisfaction: number;
  /** A fall of at least this many points → weakening. */
  satisfactionDrop: number;
  /** A satisfaction below this → weakening. */
  lowSatisfaction: number;
  /** Stand area down by at least this percentage → weakening. */
  standAreaDropPercent: number;
  /** An unresolved complaint older than this many days → weakening. */
  complaintDays: number;
  /** Consecutive closed editions skipped while weakening → lost. */
  lostSkippedEditions: number;
}

export const DEFAULT_THRESHOLDS: LifecycleThresholds = {
  trustEditions: 2,
  trustSatisfaction: 7,
  trustEditionsWithoutSatisfaction: 3,
  satisfactionDrop: 2,
  lowSatisfaction: 5,
  standAreaDropPercent: 30,
  complaintDays: 14,
  lostSkippedEditions: 2,
};

/** Bounds of each threshold (the settings form and the API refuse values outside them). */
export const THRESHOLD_BOUNDS: Readonly<Record<keyof LifecycleThresholds, readonly [number, number]>> = {
  trustEditions: [1, 20],
  trustSatisfaction: [0, 10],
  trustEditionsWithoutSatisfaction: [1, 20],
  satisfactionDrop: [1, 10],
  lowSatisfaction: [0, 10],
  standAreaDropPercent: [1, 100],
  complaintDays: [0, 365],
  lostSkippedEditions: [1, 20],
};

/** Stored thresholds merged over the defaults; anything unknown or out of bounds is ignored. */
export function mergeThresholds(stored: unknown): LifecycleThresholds {
  const out: LifecycleThresholds = { ...DEFAULT_THRESHOLDS };
  if (!stored || typeof stored !== 'object') return out;
  for (const key of Object.keys(DEFAULT_THRESHOLDS) as (keyof LifecycleThresholds)[]) {
    const v = (stored as Record<string, unknown>)[key];
    const [min, max] = THRESHOLD_BOUNDS[key];
    if (typeof v === 'number' && Number.isInteger(v) && v >= min && v <= max) out[key] = v;
  }
  return out;
}

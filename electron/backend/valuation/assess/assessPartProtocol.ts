import type { BacktestResult } from '../../../../shared/domain/prediction/backtest';
import type { SharedFacts } from './assessFacts';

// What the assessment's thread (assessHelper.ts) and its helper thread (assessPart.ts) exchange.

export interface AssessPartArgs {
  path: string;
  exhibitionId: string;
  /** The assessment's date ('YYYY-MM-DD'). */
  today: string;
  /** Name of the BroadcastChannel both threads use. */
  channel: string;
  /** Int32Array slots PART_EVENTS and PART_STATE. */
  state: SharedArrayBuffer;
}

/** Slot incremented (and notified) on every state change and posted message. */
export const PART_EVENTS = 0;
export const PART_STATE = 1;
export const PartState = {
  Starting: 0,
  /** Its read transaction has begun: the starter may let writers in again. */
  Reading: 1,
  /** Facts posted; waiting for the examples. */
  Facts: 2,
  Done: 3,
  Failed: 4,
} as const;

/** Thread → assessment. */
export type PartReply = { ids: string; facts: SharedFacts } | { backtest: BacktestResult } | { error: string };
/** Assessment → thread: the examples (SharedArrayBuffer-backed) to back-test, or nothing more to do. */
export type PartRequest = { x: Float64Array; y: Uint8Array; trainN: number; testN: number } | { stop: true };


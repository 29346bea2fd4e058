import type { BacktestResult } from '../../../../shared/domain/prediction/backtest';
import type { PartLinkArgs } from '../../jobs/partThread';
import type { SharedFacts } from './assessFacts';

// What the assessment's thread (assessHelper.ts) and its helper thread (assessPart.ts) exchange,
// over the channel and shared state of jobs/partThread.ts. The helper's states: Running once
// its read transaction has begun (the starter may let writers in again), Waiting once its
// facts are posted (it waits for the examples), then Done or Failed.

export interface AssessPartArgs extends PartLinkArgs {
  path: string;
  exhibitionId: string;
  /** The assessment's date ('YYYY-MM-DD'). */
  today: string;
}

/** Thread → assessment. */
export type PartReply = { ids: string; facts: SharedFacts } | { backtest: BacktestResult } | { error: string };
/** Assessment → thread: the examples (SharedArrayBuffer-backed) to back-test, or nothing more to do. */
export type PartRequest = { x: Float64Array; y: Uint8Array; trainN: number; testN: number } | { stop: true };

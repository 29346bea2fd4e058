import { z } from 'zod';
import { CUSTOMER_KINDS, type CustomerKind } from '../domain/customer';
import { STAGES, type Stage } from '../domain/lifecycle';
import { FIGURE_KEYS, QUADRANTS, TIERS, type Quadrant, type RelationshipFigures, type Tier } from '../domain/valuation/figures';
import { SCORE_COMPONENTS, VALUATION_BOUNDS, type ScoreComponent, type ValuationSettings } from '../domain/valuation/settings';
import type { JobInfo } from './jobs';
import { optText, uuid } from './fields';
import { method } from './method';

// Customer value assessment and rebooking prediction (issue 5). An assessment ("Assess now",
// after imports, after a settings change) computes every figure of every relationship of one
// exhibition and stores them as a dated snapshot; every read below reads a snapshot (the
// latest unless one is named). Money in MAJOR units here (the database holds minor units).

export const SNAPSHOT_REASONS = ['manual', 'import', 'settings', 'cli'] as const;
export type SnapshotReason = (typeof SNAPSHOT_REASONS)[number];

export interface EditionRef {
  id: string;
  name: string;
  startDate: string;
}

/** How well the prediction did on the latest closed edition when trained on the ones before. */
export interface BacktestReport {
  /** The edition predicted; null when there was nothing to back-test on. */
  edition: EditionRef | null;
  trainExamples: number;
  testExamples: number;
  /** ROC AUC (0–1) of the model, and of "attended the previous edition" alone; null when undefined (one class). */
  auc: number | null;
  baselineAuc: number | null;
  /** Mean squared error of the probabilities (0–1, lower is better). */
  brier: number | null;
  /** auc > baselineAuc; null when either is undefined. */
  beatsBaseline: boolean | null;
  modelKind: 'logistic' | 'fallback';
}

/** What the prediction learnt from, shown beside the probabilities. */
export interface ModelSummary {
  kind: 'logistic' | 'fallback';
  /** Why the fallback was used. */
  fallbackReason: 'tooFewExamples' | 'oneClass' | null;
  examples: number;
  positives: number;
  /** Standardised coefficients by feature name (logistic only), for "what drives rebooking". */
  coefficients: { feature: string; weight: number }[];
  trainMs: number;
  backtest: BacktestReport;
}

export interface Totals {
  count: number;
  revenue: number;
  profit: number;
}

export interface SnapshotInfo {
  id: string;
  exhibitionId: string;
  takenAt: string;
  reason: SnapshotReason;
  relationships: number;
  window: EditionRef[];
  /** The edition the probabilities are for (the next planned/open one); null = the next one, not yet created. */
  nextEdition: EditionRef | null;
  settings: ValuationSettings;
  model: ModelSummary;
  durationMs: number;
}

export interface SnapshotSummary {
  byStage: Record<Stage, Totals>;
  byTier: Record<Tier, Totals>;
  byQuadrant: Record<Quadrant, Totals>;
  byKind: Record<CustomerKind, Totals>;
  /** NPS (−100…100) and respondents per window edition, oldest first; exhibition = all window scores. */
  npsByEdition: { edition: EditionRef; nps: number | null; respondents: number }[];
  npsExhibition: number | null;
  /** Σ probability × revenue per edition; low/high: a 90 % range (normal approximation of Σ Bernoulli). */
  expectedNextRevenue: { expected: number; low: number; high: number };
}

/** One row of the value table: every figure (money in major units) and the customer's identity. */
export interface ValueRow extends RelationshipFigures {
  companyName: string;
  industry: string | null;
  region: string | null;
  /** Earliest open task or follow-up date of the customer, if any. */
  nextFollowUp: string | null;
}

export const VALUE_SORTS = ['companyName', ...FIGURE_KEYS.filter((k) => k !== 'customerId')] as const;
export type ValueSort = (typeof VALUE_SORTS)[number];

export interface MatrixPoint {
  customerId: string;
  companyName: string;
  economicNorm: number;
  strategicNorm: number;
  economic: number;
  score: number;
  tier: Tier;
  quadrant: Quadrant;
}

export type CallReason =
  | { kind: 'lowProbability'; probability: number }
  | { kind: 'weakening'; since: string }
  | { kind: 'probabilityDrop'; from: number; to: number }
  | { kind: 'openComplaints'; count: number }
  | { kind: 'satisfactionLow'; satisfaction: number };

export interface CallListRow {
  customerId: string;
  companyName: string;
  tier: Tier;
  score: number;
  probability: number;
  stage: Stage;
  /** Expected revenue at stake: revenue per edition (major units). */
  revenuePerEdition: number;
  phone: string | null;
  reasons: CallReason[];
}

export interface HistoryPoint {
  snapshotId: string;
  takenAt: string;
  score: number;
  tier: Tier;
  probability: number;
  economic: number;
  profit: number;
}

export interface RelationshipValue {
  customerId: string;
  exhibitionId: string;
  exhibitionName: string;
  /** The relationship's version (ratings edits use it like stage moves). */
  version: number;
  /** Ratings as stored now (they count from the next assessment). */
  demonstrationRating: number | null;
  capabilityRating: number | null;
  /** The customer's tags that are brand tags (settings.brandTags). */
  brandTags: string[];
  /** Figures in the latest snapshot; null before the first assessment or when it is not in it. */
  current: ValueRow | null;
  snapshot: SnapshotInfo | null;
  /** Oldest first, every snapshot it appears in. */
  history: HistoryPoint[];
}

export interface TierMove {
  customerId: string;
  companyName: string;
  fromTier: Tier | null;
  toTier: Tier | null;
  fromScore: number | null;
  toScore: number | null;
}

export interface SnapshotComparison {
  from: SnapshotInfo;
  to: SnapshotInfo;
  /** moves[fromTier][toTier] = relationships; key 'none' = not in that snapshot. */
  matrix: Record<Tier | 'none', Record<Tier | 'none', number>>;
  rows: TierMove[];
  total: number;
}

export interface ValuationStatus {
  latest: SnapshotInfo | null;
  /** The assessment of this exhibition running now, if any. */
  running: JobInfo | null;
  /** Data changed after the latest snapshot was taken. */
  stale: boolean;
}

const paging = {
  offset: z.int().min(0).max(10_000_000).default(0),
  limit: z.int().min(1).max(500).default(50),
};

/** Filters shared by the value table, matrix and export. */
const filters = {
  exhibitionId: uuid(),
  snapshotId: uuid().optional(),
  segmentId: uuid().optional(),
  stages: z.array(z.enum(STAGES, { error: 'err.stage' })).max(STAGES.length).optional(),
  tiers: z.array(z.enum(TIERS)).max(TIERS.length).optional(),
  quadrants: z.array(z.enum(QUADRANTS)).max(QUADRANTS.length).optional(),
  kinds: z.array(z.enum(CUSTOMER_KINDS)).max(CUSTOMER_KINDS.length).optional(),
  q: optText(200),
};

const num = (min: number, max: number) =>
  z.number({ error: 'err.number' }).min(min, { error: `err.tooSmall:${min}` }).max(max, { error: `err.tooLarge:${max}` });
const int = (min: number, max: number) =>
  z.int({ error: 'err.wholeNumber' }).min(min, { error: `err.tooSmall:${min}` }).max(max, { error: `err.tooLarge:${max}` });
const B = VALUATION_BOUNDS;

export const ValuationSettingsInput = z
  .strictObject({
    windowEditions: int(...B.windowEditions),
    weights: z.strictObject(
      Object.fromEntries(SCORE_COMPONENTS.map((k) => [k, num(...B.weight)])) as Record<ScoreComponent, ReturnType<typeof num>>,
    ),
    tierCutoffs: z.strictObject({ a: int(...B.tierCutoff), b: int(...B.tierCutoff), c: int(...B.tierCutoff) }),
    economicHigh: num(...B.economicHigh),
    strategicHigh: num(...B.strategicHigh),
    negativeWomPenalty: num(...B.negativeWomPenalty),
    advicePoints: num(...B.advicePoints),
    maxRemainingEditions: int(...B.maxRemainingEditions),
    callListProbability: num(...B.callListProbability),
    brandTags: z
      .array(z.string().trim().min(B.brandTagLength[0], { error: 'err.required' }).max(B.brandTagLength[1], { error: `err.tooLong:${B.brandTagLength[1]}` }))
      .max(B.brandTags[1], { error: `err.tooMany:${B.brandTags[1]}` }),
  })
  .superRefine((s, ctx) => {
    if (SCORE_COMPONENTS.every((k) => s.weights[k] === 0)) {
      ctx.addIssue({ code: 'custom', path: ['weights'], message: 'err.weightsAllZero' });
    }
    if (!(s.tierCutoffs.a < s.tierCutoffs.b)) ctx.addIssue({ code: 'custom', path: ['tierCutoffs', 'b'], message: 'err.cutoffsOrder' });
    if (!(s.tierCutoffs.b < s.tierCutoffs.c)) ctx.addIssue({ code: 'custom', path: ['tierCutoffs', 'c'], message: 'err.cutoffsOrder' });
  });

const ratingField = z.int({ error: 'err.wholeNumber' }).min(0, { error: 'err.tooSmall:0' }).max(5, { error: 'err.tooLarge:5' }).nullable();

export const valuationMethods = {
  'valuation.settings': method<ValuationSettings>()(z.strictObject({})),
  /** Saves the settings and re-assesses the given exhibition (its job is returned). */
  'valuation.setSettings': method<{ settings: ValuationSettings; job: JobInfo | null }>()(
    z.strictObject({ settings: ValuationSettingsInput, exhibitionId: uuid().optional() }),
  ),
  'valuation.resetSettings': method<{ settings: ValuationSettings; job: JobInfo | null }>()(
    z.strictObject({ exhibitionId: uuid().optional() }),
  ),
  /** Starts an assessment of one exhibition as a job (progress, cancel); a running one is returned instead of a second. */
  'valuation.assess': method<JobInfo>()(z.strictObject({ exhibitionId: uuid() })),
  'valuation.status': method<ValuationStatus>()(z.strictObject({ exhibitionId: uuid() })),
  /** Snapshots of an exhibition, newest first. */
  'valuation.snapshots': method<SnapshotInfo[]>()(z.strictObject({ exhibitionId: uuid() })),
  'valuation.summary': method<{ snapshot: SnapshotInfo; summary: SnapshotSummary } | null>()(
    z.strictObject({ exhibitionId: uuid(), snapshotId: uuid().optional() }),
  ),
  'valuation.table': method<{ rows: ValueRow[]; total: number; snapshot: SnapshotInfo | null }>()(
    z.strictObject({
      ...filters,
      sort: z.strictObject({ field: z.enum(VALUE_SORTS), dir: z.enum(['asc', 'desc']) }).default({ field: 'score', dir: 'desc' }),
      ...paging,
    }),
  ),
  /** Points of the value matrix; at most `limit` (the highest scores first), total says how many match. */
  'valuation.matrix': method<{ points: MatrixPoint[]; total: number }>()(
    z.strictObject({ ...filters, limit: z.int().min(1).max(20_000).default(5_000) }),
  ),
  /** Tier A/B relationships worth a call this week (low probability, weakening, …) with reasons. */
  'valuation.callList': method<{ rows: CallListRow[]; total: number }>()(z.strictObject({ exhibitionId: uuid(), ...paging })),
  'valuation.ofRelationship': method<RelationshipValue>()(z.strictObject({ customerId: uuid(), exhibitionId: uuid() })),
  'valuation.setRatings': method<RelationshipValue>()(
    z.strictObject({
      customerId: uuid(),
      exhibitionId: uuid(),
      version: z.int().min(1),
      demonstrationRating: ratingField.optional(),
      capabilityRating: ratingField.optional(),
    }),
  ),
  /** Who moved tier between two snapshots (rows: only those whose tier differs). */
  'valuation.compare': method<SnapshotComparison>()(
    z.strictObject({ exhibitionId: uuid(), fromSnapshotId: uuid(), toSnapshotId: uuid(), ...paging }),
  ),
};

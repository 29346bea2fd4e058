import type { BacktestReport, ModelSummary, SnapshotInfo, SnapshotReason } from '../../../../shared/api/valuation';
import { backtest } from '../../../../shared/domain/prediction/backtest';
import { FEATURE_COUNT } from '../../../../shared/domain/prediction/features';
import { modelCoefficients, predictProbability, type RebookingModel } from '../../../../shared/domain/prediction/model';
import { trainRebookingModel } from '../../../../shared/domain/prediction/train';
import type { RelationshipFigures } from '../../../../shared/domain/valuation/figures';
import { scorePopulation } from '../../../../shared/domain/valuation/scorePopulation';
import { mergeValuationSettings, VALUATION_SETTINGS_KEY, type ValuationSettings } from '../../../../shared/domain/valuation/settings';
import { assessRelationship, type BaseFigures } from '../../../../shared/domain/valuation/valuationFormulas';
import { JobCancelled } from '../../jobs/jobTypes';
import type { Db } from '../../store/openDatabase';
import { readCosts, readOwnPasses, readRelationships, readSharedPasses, type AssessFacts } from './assessFacts';
import { AssessHelper } from './assessHelper';
import { buildExamples } from './assessExamples';
import { editionRef, loadEditionPlan } from './editionWindow';
import { relationshipFacts } from './relationshipFacts';
import { snapshotId } from './snapshotId';
import { snapshotSummary } from './snapshotSummary';
import { pruneSnapshots, readSnapshotInfo, writeSnapshot } from './snapshotStore';

// One assessment of one exhibition (issue 5 items 1–3): gather the facts of every live
// relationship, train the rebooking model on the exhibition's own history, back-test it on the
// latest closed edition, compute every figure, and store the snapshot — its row and every
// relationship's row in ONE transaction (with the pruning of old snapshots), so a failure
// leaves no partial snapshot. Runs in a job's worker thread on its own connection
// (jobs/assessJob.ts), or inline (CLI, tests, the demo).

export interface AssessOptions {
  exhibitionId: string;
  /** The assessment's moment (ISO); its date is "today" for closed editions and the window period. */
  now: string;
  reason: SnapshotReason;
  progress?: (done: number, total: number, step: string) => void;
  cancelled?: () => boolean;
  /** Default true; false = compute only (the CLI's predict). */
  store?: boolean;
  /**
   * Default true: old snapshots are pruned in the snapshot's transaction. False = the caller
   * prunes afterwards (pruneAfter), once the new snapshot is answered — deleting 100,000 rows
   * of an old snapshot takes a fifth of a second the user need not wait for.
   */
  prune?: boolean;
  /** Tests: runs before each figures row is written (a throw must leave nothing behind). */
  beforeRow?: (i: number) => void;
  /**
   * Entry of the job worker thread: with it, a second thread (assessHelper.ts) reads part of
   * the facts and runs the back-test, on the machine's second core. Without it (CLI, tests)
   * everything runs here; the result is the same.
   */
  workerEntry?: string;
  nativeBinding?: string;
}

export interface AssessResult {
  snapshot: SnapshotInfo | null;
  figures: RelationshipFigures[];
  ms: number;
  /** The model and its back-test (also when nothing is stored). */
  model: ModelSummary;
  /** Milliseconds per step (facts, training, backtest, figures, writing), for the benchmark. */
  steps: Record<AssessStep, number>;
  /** This process's CPU milliseconds per step, both threads (the benchmark, on a shared machine). */
  stepsCpu: Record<AssessStep, number>;
  /** 2 when the second thread did its share (facts and back-test), else 1. */
  threads: 1 | 2;
}

export const ASSESS_STEPS = ['facts', 'training', 'backtest', 'figures', 'writing'] as const;
export type AssessStep = (typeof ASSESS_STEPS)[number];

/** The stored valuation settings over the defaults (a damaged value never breaks an assessment). */
export function readValuationSettingsFor(db: Db): ValuationSettings {
  const v = db.prepare('SELECT value FROM settings WHERE key = ?').pluck().get(VALUATION_SETTINGS_KEY) as string | undefined;
  return mergeValuationSettings(v ?? null);
}

export function assess(db: Db, opts: AssessOptions): AssessResult {
  const started = performance.now();
  const steps = Object.fromEntries(ASSESS_STEPS.map((s) => [s, 0])) as Record<AssessStep, number>;
  const stepsCpu = { ...steps };
  let mark = started;
  let cpuMark = process.cpuUsage();
  const step = (name: AssessStep, i: number) => {
    const t = performance.now();
    steps[name] = t - mark;
    mark = t;
    const c = process.cpuUsage(cpuMark);
    stepsCpu[name] = (c.user + c.system) / 1000;
    cpuMark = process.cpuUsage();
    if (opts.cancelled?.()) throw new JobCancelled();
    opts.progress?.(i, ASSESS_STEPS.length, ASSESS_STEPS[i] ?? 'done');
  };
  const today = opts.now.slice(0, 10);
  opts.progress?.(0, ASSESS_STEPS.length, 'facts');

  const helper = opts.workerEntry
    ? AssessHelper.start(db, { workerEntry: opts.workerEntry, nativeBinding: opts.nativeBinding, exhibitionId: opts.exhibitionId, today, cancelled: opts.cancelled })
    : null;
  try {
    return assessWith(db, opts, helper, started, step, steps, stepsCpu);
  } finally {
    helper?.close();
  }
}

function assessWith(
  db: Db,
  opts: AssessOptions,
  helper: AssessHelper | null,
  started: number,
  step: (name: AssessStep, i: number) => void,
  steps: Record<AssessStep, number>,
  stepsCpu: Record<AssessStep, number>,
): AssessResult {
  const today = opts.now.slice(0, 10);
  // Every read in one read transaction: one consistent state even while the app writes (the
  // helper thread reads the very same state, see assessHelper.ts).
  const { settings, plan, facts } = db.transaction(() => {
    if (!db.prepare('SELECT 1 FROM exhibitions WHERE id = ?').get(opts.exhibitionId)) throw new Error(`no exhibition ${opts.exhibitionId}`);
    const settings = readValuationSettingsFor(db);
    const plan = loadEditionPlan(db, opts.exhibitionId, today, settings.windowEditions);
    const { f, index } = readRelationships(db, opts.exhibitionId, plan);
    helper?.pollReading();
    if (f.n > 0 || f.e > 0) {
      readOwnPasses(db, opts.exhibitionId, f, index);
      helper?.pollReading();
      readCosts(db, opts.exhibitionId, f, index);
      const shared = helper?.awaitReading() ?? false;
      if (!shared || !helper!.takeFacts(f)) readSharedPasses(db, f, index);
    } else {
      helper?.awaitReading();
    }
    return { settings, plan, facts: f };
  }).deferred();
  const examples = buildExamples(facts, helper?.alive ?? false);
  const backtestElsewhere = helper?.startBacktest(examples) ?? false;
  step('facts', 1);

  const trainStart = performance.now();
  const model = trainRebookingModel(examples.all);
  const trainMs = performance.now() - trainStart;
  step('training', 2);

  // With a helper the back-test runs there meanwhile; its step is then the wait for it, after the figures.
  let bt = backtestElsewhere ? null : backtest(examples.train, examples.test);
  if (!backtestElsewhere) step('backtest', 3);

  const figures = computeFigures(facts, examples.predict, model, settings);
  const window = plan.window.map((pos) => editionRef(plan.editions[pos]!));
  const summary = snapshotSummary(figures, window, facts.windowScores);
  if (backtestElsewhere) {
    step('figures', 4);
    bt = helper!.takeBacktest() ?? backtest(examples.train, examples.test);
  }
  const latest = plan.closed.at(-1);
  const report: BacktestReport = {
    edition: latest === undefined || examples.test.n === 0 ? null : editionRef(plan.editions[latest]!),
    ...bt!,
  };
  const modelSummary: ModelSummary = {
    kind: model.kind,
    fallbackReason: model.kind === 'fallback' ? model.reason : null,
    examples: model.examples,
    positives: model.positives,
    coefficients: modelCoefficients(model),
    trainMs: Math.round(trainMs),
    backtest: report,
  };
  step(backtestElsewhere ? 'backtest' : 'figures', 4);

  let snapshot: SnapshotInfo | null = null;
  if (opts.store !== false) {
    const id = snapshotId();
    db.transaction(() => {
      writeSnapshot(
        db,
        {
          id,
          exhibitionId: opts.exhibitionId,
          takenAt: opts.now,
          reason: opts.reason,
          window,
          nextEdition: plan.next >= 0 ? editionRef(plan.editions[plan.next]!) : null,
          settings,
          model: modelSummary,
          summary,
          // The snapshot's row is written once: the time until now (the write itself follows).
          durationMs: performance.now() - started,
        },
        figures,
        opts.beforeRow,
        facts.customerNums,
        opts.prune !== false,
      );
    })();
    snapshot = readSnapshotInfo(db, id);
  }
  step('writing', 5);
  const threads = helper?.alive && backtestElsewhere ? 2 : 1;
  return { snapshot, figures, ms: performance.now() - started, model: modelSummary, steps, stepsCpu, threads };
}

/** Prunes the exhibition's old snapshots in a transaction of its own (after assess with prune: false); the ids deleted. */
export function pruneAfter(db: Db, exhibitionId: string, now: string): string[] {
  return db.transaction(() => pruneSnapshots(db, exhibitionId, now))();
}

/** Probabilities from the model, then each relationship's figures, then the population's. */
function computeFigures(facts: AssessFacts, predict: Float64Array, model: RebookingModel, s: ValuationSettings): RelationshipFigures[] {
  const source = model.kind === 'logistic' ? 'model' : 'fallback';
  const base: BaseFigures[] = new Array<BaseFigures>(facts.n);
  for (let r = 0; r < facts.n; r++) {
    const p = predictProbability(model, predict, r * FEATURE_COUNT);
    base[r] = assessRelationship(relationshipFacts(facts, r, p, source), s);
  }
  return scorePopulation(base, s);
}

// The app's honesty report (issue 5 item 2): train on the editions before the latest closed
// one, predict that one, and compare with the simplest rule there is — "those who took part
// in the previous edition will come again" — scored on the same examples.

import { FEATURE_COUNT, FEATURE_INDEX } from './features';
import { brierScore, rocAuc } from './metrics';
import { predictMany, type ExampleSet, type RebookingModel } from './model';
import { trainRebookingModel, type TrainOptions } from './train';

export interface BacktestResult {
  trainExamples: number;
  testExamples: number;
  /** ROC AUC of the model's probabilities on the test examples; null with one class only. */
  auc: number | null;
  /** ROC AUC of the baseline score "attended the previous edition" (0/1) on the same examples. */
  baselineAuc: number | null;
  /** Brier score of the model's probabilities; null without test examples. */
  brier: number | null;
  /** auc > baselineAuc; null when either is undefined. */
  beatsBaseline: boolean | null;
  modelKind: RebookingModel['kind'];
}

export function backtest(train: ExampleSet, test: ExampleSet, opts?: TrainOptions): BacktestResult {
  const model = trainRebookingModel(train, opts);
  const probs = predictMany(model, test);
  const baseline = new Float64Array(test.n);
  for (let i = 0; i < test.n; i++) baseline[i] = test.x[i * FEATURE_COUNT + FEATURE_INDEX.attendedPrev]!;
  const auc = rocAuc(probs, test.y, test.n);
  const baselineAuc = rocAuc(baseline, test.y, test.n);
  return {
    trainExamples: model.examples,
    testExamples: test.n,
    auc,
    baselineAuc,
    brier: brierScore(probs, test.y, test.n),
    beatsBaseline: auc === null || baselineAuc === null ? null : auc > baselineAuc,
    modelKind: model.kind,
  };
}

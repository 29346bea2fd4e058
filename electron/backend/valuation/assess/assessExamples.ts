import { STAGES } from '../../../../shared/domain/lifecycle';
import { FEATURE_COUNT, writeFeatures, type FeatureInputs } from '../../../../shared/domain/prediction/features';
import type { ExampleSet } from '../../../../shared/domain/prediction/model';
import { RETURN_INTENTS } from '../../../../shared/domain/participation';
import { stageOn, type AssessFacts } from './assessFacts';
import { dayKey } from './dayKey';

// The rebooking model's examples (issue 5 item 2): one per relationship × closed edition whose
// prediction day (as-of day) came after the relationship began, with features from the facts known before it (up to its
// as-of day, editionWindow.ts) and label = took part; and one feature vector per relationship
// for the next edition. Each relationship's editions are walked once, oldest first, keeping the
// running history (streak, last scores, last revenues…), so an example is written before its
// own edition enters that history. The latest closed edition's examples are stored after the
// others: the back-test trains on the first part and tests on the second without copying.

export interface Examples {
  /** Every example (training the model used for the probabilities). */
  all: ExampleSet;
  /** Examples of editions before the latest closed one / of the latest closed one (views into `all`). */
  train: ExampleSet;
  test: ExampleSet;
  /** n × FEATURE_COUNT features for the next edition, in relationship order. */
  predict: Float64Array;
}

/** `shared`: the examples' arrays live in SharedArrayBuffers (handed to the back-test's thread without a copy). */
export function buildExamples(f: AssessFacts, shared = false): Examples {
  const { n, e: E, k: K, plan } = f;
  const closed = plan.closed;
  const m = closed.length;
  const F = FEATURE_COUNT;
  const asOfKey = Int32Array.from(plan.asOf.map(dayKey));

  // First eligible closed edition of each relationship: the first whose as-of day is on or
  // after the day the relationship began (as-of days ascend). A relationship that began later —
  // with the enquiry for that very edition — was not there to be predicted; counting it would
  // teach the model that relationships with no history mostly come (they came: that is why
  // they exist), while the prospects it predicts for the next edition mostly do not.
  const firstEligible = new Int32Array(n);
  let trainN = 0;
  let testN = 0;
  for (let r = 0; r < n; r++) {
    let j = 0;
    while (j < m && asOfKey[j]! < f.beganDay[r]!) j++;
    firstEligible[r] = j;
    if (j < m) {
      trainN += m - 1 - j;
      testN++;
    }
  }
  const total = trainN + testN;
  const x = shared ? new Float64Array(new SharedArrayBuffer(total * F * 8)) : new Float64Array(total * F);
  const y = shared ? new Uint8Array(new SharedArrayBuffer(total)) : new Uint8Array(total);
  const predict = new Float64Array(n * F);

  const h: FeatureInputs = {
    attendedPrev: false,
    streak: 0,
    editionsAttended: 0,
    editionsSinceLast: null,
    lastSatisfaction: null,
    prevSatisfaction: null,
    lastIntent: null,
    lastRevenue: null,
    prevRevenue: null,
    lastArea: null,
    prevArea: null,
    lastDiscountRate: null,
    interactions12m: 0,
    complaints12m: 0,
    referrals: 0,
    stage: 'cultivation',
    kinds: 0,
  };
  let trainAt = 0;
  let testAt = trainN;
  for (let r = 0; r < n; r++) {
    let lastTook = -1;
    h.attendedPrev = false;
    h.streak = 0;
    h.editionsAttended = 0;
    h.editionsSinceLast = null;
    h.lastSatisfaction = null;
    h.prevSatisfaction = null;
    h.lastIntent = null;
    h.lastRevenue = null;
    h.prevRevenue = null;
    h.lastArea = null;
    h.prevArea = null;
    h.lastDiscountRate = null;
    h.kinds = f.kinds[r]!;
    const referrals = f.referralDays.get(r);
    for (let j = 0; j < m; j++) {
      const at = r * E + closed[j]!;
      if (j >= firstEligible[r]!) {
        const day = asOfKey[j]!;
        h.editionsSinceLast = lastTook < 0 ? null : j - lastTook;
        h.attendedPrev = lastTook === j - 1 && lastTook >= 0;
        h.interactions12m = f.interactions12m[r * K + j]!;
        h.complaints12m = f.complaints12m[r * K + j]!;
        h.referrals = referrals ? countUpTo(referrals, day) : 0;
        h.stage = STAGES[stageOn(f, r, day)]!;
        const row = j === m - 1 ? testAt++ : trainAt++;
        writeFeatures(h, x, row * F);
        y[row] = f.took[at] === 2 ? 1 : 0;
      }
      absorb(f, at, h);
      if (f.took[at] === 2) lastTook = j;
    }
    // The next edition: everything closed is history; the facts of today.
    h.editionsSinceLast = lastTook < 0 ? null : m - lastTook;
    h.attendedPrev = lastTook === m - 1 && lastTook >= 0;
    h.interactions12m = f.interactions12m[r * K + K - 1]!;
    h.complaints12m = f.complaints12m[r * K + K - 1]!;
    h.referrals = referrals ? referrals.length : 0;
    h.stage = STAGES[f.stage[r]!]!;
    writeFeatures(h, predict, r * F);
  }
  return {
    all: { x, y, n: total },
    train: { x: x.subarray(0, trainN * F), y: y.subarray(0, trainN), n: trainN },
    test: { x: x.subarray(trainN * F), y: y.subarray(trainN), n: testN },
    predict,
  };
}

const countUpTo = (days: readonly number[], day: number) => {
  let c = 0;
  for (const d of days) if (d <= day) c++;
  return c;
};

/** Adds a closed edition (its facts at index `at`) to the running history `h`. */
function absorb(f: AssessFacts, at: number, h: FeatureInputs): void {
  const took = f.took[at]!;
  if (took === 0) {
    h.streak = 0;
    return;
  }
  const intent = f.intent[at]!;
  // Intent recorded at the latest participation (null when that one has none).
  h.lastIntent = intent >= 0 ? RETURN_INTENTS[intent]! : null;
  const sat = f.satisfaction[at]!;
  if (sat >= 0) {
    h.prevSatisfaction = h.lastSatisfaction;
    h.lastSatisfaction = sat;
  }
  if (took !== 2) {
    h.streak = 0;
    return;
  }
  h.streak++;
  h.editionsAttended++;
  h.prevRevenue = h.lastRevenue;
  h.lastRevenue = f.revenue[at]!;
  const area = f.area[at]!;
  h.prevArea = h.lastArea;
  h.lastArea = Number.isNaN(area) ? null : area;
  const list = f.listPrice[at]!;
  const charged = f.charged[at]!;
  if (!Number.isNaN(list) && list > 0) h.lastDiscountRate = Math.max(0, (list - charged) / list);
}

// How good a probability is (issue 5 item 2, the back-test): ROC AUC for ranking, Brier score
// for calibration. Both take plain numeric arrays so the backend can pass typed arrays.

/** Numbers indexable like an array: number[] or any typed array. */
export type NumberArray = ArrayLike<number>;

function length(a: NumberArray, b: NumberArray, n: number | undefined): number {
  return Math.max(0, Math.min(n ?? Math.min(a.length, b.length), a.length, b.length));
}

/**
 * ROC AUC: the chance that a random positive scores higher than a random negative (ties count
 * half), i.e. the Mann–Whitney U statistic over #positives × #negatives, using mid-ranks for
 * tied scores. O(n log n). null when there are no positives or no negatives (undefined).
 * Labels are 1 (positive) or anything else (negative).
 */
export function rocAuc(scores: NumberArray, labels: NumberArray, n?: number): number | null {
  const len = length(scores, labels, n);
  let positives = 0;
  for (let i = 0; i < len; i++) if (labels[i] === 1) positives++;
  const negatives = len - positives;
  if (positives === 0 || negatives === 0) return null;

  // NaN scores would make the sort inconsistent; they rank lowest.
  const s = new Float64Array(len);
  for (let i = 0; i < len; i++) {
    const v = scores[i]!;
    s[i] = Number.isNaN(v) ? -Infinity : v;
  }
  const order = new Uint32Array(len);
  for (let i = 0; i < len; i++) order[i] = i;
  order.sort((a, b) => s[a]! - s[b]! || a - b);

  // Sum of the (1-based, tie-averaged) ranks of the positives.
  let rankSum = 0;
  let i = 0;
  while (i < len) {
    let j = i + 1;
    const v = s[order[i]!]!;
    while (j < len && s[order[j]!]! === v) j++;
    const midRank = (i + 1 + j) / 2; // ranks i+1 … j share their mean
    let posInGroup = 0;
    for (let k = i; k < j; k++) if (labels[order[k]!] === 1) posInGroup++;
    rankSum += posInGroup * midRank;
    i = j;
  }
  const u = rankSum - (positives * (positives + 1)) / 2;
  return u / (positives * negatives);
}

/** Mean squared difference between probability and outcome (0 = perfect, 0.25 = always 50 %). null when empty. */
export function brierScore(probs: NumberArray, labels: NumberArray, n?: number): number | null {
  const len = length(probs, labels, n);
  if (len === 0) return null;
  let sum = 0;
  for (let i = 0; i < len; i++) {
    const d = probs[i]! - (labels[i] === 1 ? 1 : 0);
    sum += d * d;
  }
  return sum / len;
}

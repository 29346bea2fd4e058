// The one piece of linear algebra the Newton steps need: solve H·x = b for a small symmetric
// positive definite H (≈ 30 × 30) by Cholesky — factored once, solved as often as needed.
// Regularisation keeps H positive definite; a pivot that still comes out non-positive
// (rounding) is floored instead of failing.

/** Overwrites a (k × k, row-major, symmetric) with its lower Cholesky factor L (a = L·Lᵀ). */
export function choleskyFactor(a: Float64Array, k: number): void {
  for (let j = 0; j < k; j++) {
    let d = a[j * k + j]!;
    for (let p = 0; p < j; p++) d -= a[j * k + p]! * a[j * k + p]!;
    const pivot = Math.sqrt(d > 1e-12 ? d : 1e-12);
    a[j * k + j] = pivot;
    for (let i = j + 1; i < k; i++) {
      let s = a[i * k + j]!;
      for (let p = 0; p < j; p++) s -= a[i * k + p]! * a[j * k + p]!;
      a[i * k + j] = s / pivot;
    }
  }
}

/** Solves L·Lᵀ·x = b in place (b becomes x), L from choleskyFactor. */
export function choleskySolveFactored(l: Float64Array, b: Float64Array, k: number): void {
  for (let i = 0; i < k; i++) {
    let s = b[i]!;
    for (let p = 0; p < i; p++) s -= l[i * k + p]! * b[p]!;
    b[i] = s / l[i * k + i]!;
  }
  for (let i = k - 1; i >= 0; i--) {
    let s = b[i]!;
    for (let p = i + 1; p < k; p++) s -= l[p * k + i]! * b[p]!;
    b[i] = s / l[i * k + i]!;
  }
}

/** Solves a·x = b; a is overwritten by its factor, b by x. */
export function choleskySolve(a: Float64Array, b: Float64Array, k: number): void {
  choleskyFactor(a, k);
  choleskySolveFactored(a, b, k);
}

/**
 * L2-regularised logistic regression fitted by Newton's method (iteratively reweighted least
 * squares) on standardised features: a handful of features and a few thousand rows converge in
 * under ten steps, deterministically, with no learning rate to tune.
 */
export interface LogisticModel {
  /** Weights on the raw (unstandardised) features. */
  readonly weights: Float64Array;
  readonly bias: number;
}

/**
 * Rows of `x` are samples of `d` features (row-major); y is 1 for a tie, 0 for a non-tie.
 * Features flagged in `nonNegative` may only raise the score: evidence features are strongly
 * correlated (CN, AA and RA count the same neighbours), and a free fit trades them against each
 * other with opposite signs, which holds on the bulk of pairs but inverts the order at the
 * extremes — exactly where the top of a ranking is. A flagged feature whose weight comes out
 * negative is dropped and the rest refitted, the most negative first (an active-set method).
 */
export function fitLogistic(
  x: Float64Array,
  y: Uint8Array,
  d: number,
  nonNegative: readonly boolean[] = [],
  l2 = 1e-3,
): LogisticModel {
  const active = Array.from({ length: d }, () => true);
  for (;;) {
    const model = fitActive(x, y, d, active, l2);
    let worst = -1;
    for (let j = 0; j < d; j++) {
      const w = model.weights[j] as number;
      if (nonNegative[j] && w < 0 && (worst < 0 || w < (model.weights[worst] as number))) worst = j;
    }
    if (worst < 0) return model;
    active[worst] = false;
  }
}

/** The fit over the active features only; the others keep weight 0. */
function fitActive(
  x: Float64Array,
  y: Uint8Array,
  d: number,
  active: readonly boolean[],
  l2: number,
  maxSteps = 50,
): LogisticModel {
  const rows = y.length;
  const mean = new Float64Array(d);
  const scale = new Float64Array(d);
  for (let r = 0; r < rows; r++) {
    for (let j = 0; j < d; j++) mean[j] = (mean[j] as number) + (x[r * d + j] as number) / rows;
  }
  for (let r = 0; r < rows; r++) {
    for (let j = 0; j < d; j++) {
      const c = (x[r * d + j] as number) - (mean[j] as number);
      scale[j] = (scale[j] as number) + (c * c) / rows;
    }
  }
  // A constant feature gets scale 1 (its weight then stays near 0 under the penalty); an
  // inactive one reads as 0.
  for (let j = 0; j < d; j++) scale[j] = Math.sqrt(scale[j] as number) || 1;

  const p = d + 1; // standardised weights, then the bias
  const w = new Float64Array(p);
  const z = new Float64Array(p);
  for (let step = 0; step < maxSteps; step++) {
    const grad = new Float64Array(p);
    const hess = new Float64Array(p * p);
    for (let r = 0; r < rows; r++) {
      for (let j = 0; j < d; j++) {
        z[j] = active[j]
          ? ((x[r * d + j] as number) - (mean[j] as number)) / (scale[j] as number)
          : 0;
      }
      z[d] = 1;
      let t = 0;
      for (let j = 0; j < p; j++) t += (w[j] as number) * (z[j] as number);
      const prob = 1 / (1 + Math.exp(-t));
      const err = prob - (y[r] as number);
      const curv = Math.max(prob * (1 - prob), 1e-12);
      for (let j = 0; j < p; j++) {
        grad[j] = (grad[j] as number) + (err * (z[j] as number)) / rows;
        for (let k = 0; k <= j; k++) {
          hess[j * p + k] =
            (hess[j * p + k] as number) + (curv * (z[j] as number) * (z[k] as number)) / rows;
        }
      }
    }
    for (let j = 0; j < p; j++) {
      for (let k = 0; k < j; k++) hess[k * p + j] = hess[j * p + k] as number;
      if (j < d) {
        grad[j] = (grad[j] as number) + l2 * (w[j] as number);
        hess[j * p + j] = (hess[j * p + j] as number) + l2;
      }
    }
    const delta = solve(hess, grad, p);
    let change = 0;
    for (let j = 0; j < p; j++) {
      w[j] = (w[j] as number) - (delta[j] as number);
      change = Math.max(change, Math.abs(delta[j] as number));
    }
    if (change < 1e-9) break;
  }
  const weights = new Float64Array(d);
  let bias = w[d] as number;
  for (let j = 0; j < d; j++) {
    weights[j] = (w[j] as number) / (scale[j] as number);
    bias -= (weights[j] as number) * (mean[j] as number);
  }
  return { weights, bias };
}

/** The linear score (the logit) of one feature row. */
export function logit(model: LogisticModel, features: Float64Array): number {
  let t = model.bias;
  for (let j = 0; j < features.length; j++) {
    t += (model.weights[j] as number) * (features[j] as number);
  }
  return t;
}

/** a·x = b for a small symmetric positive definite a (Gaussian elimination, partial pivoting). */
function solve(a: Float64Array, b: Float64Array, p: number): Float64Array {
  const m = Float64Array.from(a);
  const x = Float64Array.from(b);
  for (let c = 0; c < p; c++) {
    let pivot = c;
    for (let r = c + 1; r < p; r++) {
      if (Math.abs(m[r * p + c] as number) > Math.abs(m[pivot * p + c] as number)) pivot = r;
    }
    if (pivot !== c) {
      for (let k = 0; k < p; k++) {
        const t = m[c * p + k] as number;
        m[c * p + k] = m[pivot * p + k] as number;
        m[pivot * p + k] = t;
      }
      const t = x[c] as number;
      x[c] = x[pivot] as number;
      x[pivot] = t;
    }
    const diag = (m[c * p + c] as number) || 1e-12;
    for (let r = c + 1; r < p; r++) {
      const f = (m[r * p + c] as number) / diag;
      if (f === 0) continue;
      for (let k = c; k < p; k++)
        m[r * p + k] = (m[r * p + k] as number) - f * (m[c * p + k] as number);
      x[r] = (x[r] as number) - f * (x[c] as number);
    }
  }
  for (let c = p - 1; c >= 0; c--) {
    let s = x[c] as number;
    for (let k = c + 1; k < p; k++) s -= (m[c * p + k] as number) * (x[k] as number);
    x[c] = s / ((m[c * p + c] as number) || 1e-12);
  }
  return x;
}

// An independent evaluation of RegLab's logistic-regression objective (0 hidden layers), written
// the plain way (arrays, Math.exp), that the scikit-learn reference tests hold the engine to; and
// the config those tests train with. Test support: not used by training.
import type { ConfigV1, FeatureName, Point } from './config';
import { defaultConfig } from './config';

/** One problem: mean BCE over `points` on `features` + the penalty λ·Σ|w| or (λ/2)·Σw². */
export interface LogregProblem {
  points: Point[];
  features: FeatureName[];
  penalty: 'l1' | 'l2';
  lambda: number;
}

const FEATURE_VALUE: Record<FeatureName, (x1: number, x2: number) => number> = {
  x1: (x1) => x1,
  x2: (_, x2) => x2,
  'x1^2': (x1) => x1 * x1,
  'x2^2': (_, x2) => x2 * x2,
  'x1*x2': (x1, x2) => x1 * x2,
  'sin(x1)': (x1) => Math.sin(x1),
  'sin(x2)': (_, x2) => Math.sin(x2),
};

function featureRows(points: Point[], features: FeatureName[]): number[][] {
  return points.map(([x1, x2]) => features.map((f) => FEATURE_VALUE[f](x1, x2)));
}

function logit(row: number[], w: number[], b: number): number {
  let z = b;
  for (let j = 0; j < row.length; j++) z += w[j]! * row[j]!;
  return z;
}

/** BCE(y, σ(z)) = log(1 + e^z) − y·z, without overflow for large |z|. */
function bceFromLogit(z: number, y: number): number {
  return Math.max(z, 0) + Math.log1p(Math.exp(-Math.abs(z))) - y * z;
}

function penalty(c: LogregProblem, w: number[]): number {
  return c.penalty === 'l1'
    ? c.lambda * w.reduce((s, v) => s + Math.abs(v), 0)
    : (c.lambda / 2) * w.reduce((s, v) => s + v * v, 0);
}

/** RegLab's objective: mean BCE over all the points + the penalty on the weights. */
export function objective(c: LogregProblem, w: number[], b: number): number {
  const rows = featureRows(c.points, c.features);
  let sum = 0;
  rows.forEach((row, i) => (sum += bceFromLogit(logit(row, w, b), c.points[i]![2])));
  return sum / rows.length + penalty(c, w);
}

/** The largest violation of the optimality conditions of the objective at (w, b). */
export function kktResidual(c: LogregProblem, w: number[], b: number): number {
  const rows = featureRows(c.points, c.features);
  const gw = new Array<number>(w.length).fill(0);
  let gb = 0;
  rows.forEach((row, i) => {
    const r = 1 / (1 + Math.exp(-logit(row, w, b))) - c.points[i]![2];
    gb += r;
    for (let j = 0; j < row.length; j++) gw[j]! += r * row[j]!;
  });
  const n = rows.length;
  let worst = Math.abs(gb / n);
  for (let j = 0; j < w.length; j++) {
    const g = gw[j]! / n;
    const wj = w[j]!;
    let violation: number;
    if (c.penalty === 'l2') violation = Math.abs(g + c.lambda * wj);
    else if (wj !== 0) violation = Math.abs(g + c.lambda * Math.sign(wj));
    else violation = Math.max(0, Math.abs(g) - c.lambda); // 0 is optimal iff |g| ≤ λ
    worst = Math.max(worst, violation);
  }
  return worst;
}

export function maxAbsDiff(a: number[], b: number[]): number {
  return a.reduce((m, v, j) => Math.max(m, Math.abs(v - b[j]!)), 0);
}

/**
 * Logistic regression on the problem's points, all of them training points, by full-batch
 * (proximal) gradient steps: one epoch is one step of size `learningRate`.
 */
export function logregConfig(
  c: LogregProblem,
  epochs: number,
  learningRate: number,
  seed: number,
): ConfigV1 {
  const config = defaultConfig();
  config.seed = seed;
  config.epochs = epochs;
  config.data = {
    ...config.data,
    dataset: 'custom',
    points: c.points.map((p): Point => [p[0], p[1], p[2]]),
    noise: 0,
    labelNoise: 0,
    split: { train: 1, val: 0, test: 0 },
  };
  config.features = [...c.features];
  config.model = { hidden: [], activation: 'linear', batchNorm: false, dropoutKeep: 1 };
  config.optimizer = { kind: 'sgd', learningRate, batchSize: 0 };
  config.regularization = {
    kind: c.penalty,
    lambda: c.lambda,
    l1Ratio: 0.5,
    l1Method: 'proximal',
    decoupled: false,
  };
  return config;
}

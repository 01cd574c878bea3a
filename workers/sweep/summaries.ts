// What the page draws from a sweep's points: the validation curve (mean and spread over repeats
// per λ and p, the best point), the regularization path (first-layer weights against λ) and the
// count of exact zeros against λ. Pure functions of the points; partial sweeps are fine.
import type { SweepFinal, SweepPointResult } from './sweepExport';
import type { SweepSpec } from './sweepSpec';

/** Mean and spread of one figure over the repeats that have it. */
export interface Spread {
  mean: number;
  min: number;
  max: number;
  /** Sample standard deviation (n − 1); 0 for a single repeat. */
  sd: number;
  n: number;
}

export type FigureName = keyof SweepFinal;

export const FIGURES: readonly FigureName[] = [
  'trainLoss',
  'valLoss',
  'testLoss',
  'trainAcc',
  'valAcc',
  'testAcc',
  'zeroFraction',
];

export interface PointSummary {
  lambda: number;
  dropoutKeep: number;
  /** Repeats finished. */
  repeats: number;
  diverged: number;
  /** null when no finished repeat has the figure (its split is empty). */
  figures: Record<FigureName, Spread | null>;
}

/** Mean and spread of the values, or null for none. */
export function spread(values: readonly number[]): Spread | null {
  const n = values.length;
  if (n === 0) return null;
  let sum = 0;
  let min = Infinity;
  let max = -Infinity;
  for (const v of values) {
    sum += v;
    min = Math.min(min, v);
    max = Math.max(max, v);
  }
  const mean = sum / n;
  let ss = 0;
  for (const v of values) ss += (v - mean) * (v - mean);
  return { mean, min, max, sd: n > 1 ? Math.sqrt(ss / (n - 1)) : 0, n };
}

function atPoint(
  points: readonly SweepPointResult[],
  lambda: number,
  dropoutKeep: number,
): SweepPointResult[] {
  return points.filter((p) => p.lambda === lambda && p.dropoutKeep === dropoutKeep);
}

/** One summary per (λ, p) with at least one finished repeat, in grid order. */
export function summarize(spec: SweepSpec, points: readonly SweepPointResult[]): PointSummary[] {
  const out: PointSummary[] = [];
  for (const lambda of spec.lambda) {
    for (const dropoutKeep of spec.dropoutKeep) {
      const here = atPoint(points, lambda, dropoutKeep);
      if (here.length === 0) continue;
      const figures = {} as Record<FigureName, Spread | null>;
      for (const f of FIGURES) {
        figures[f] = spread(here.map((p) => p.final[f]).filter((v): v is number => v !== null));
      }
      const diverged = here.filter((p) => p.status === 'diverged').length;
      out.push({ lambda, dropoutKeep, repeats: here.length, diverged, figures });
    }
  }
  return out;
}

/** The (λ, p) with the lowest mean validation loss (the first on a tie); null without one. */
export function bestByValidation(summaries: readonly PointSummary[]): PointSummary | null {
  let best: PointSummary | null = null;
  for (const s of summaries) {
    const v = s.figures.valLoss;
    if (v !== null && (best === null || v.mean < best.figures.valLoss!.mean)) best = s;
  }
  return best;
}

/** The p a λ view shows by default: the config's own when it is on the axis. */
export function defaultKeep(spec: SweepSpec): number {
  const own = spec.config.model.dropoutKeep;
  return spec.dropoutKeep.includes(own) ? own : spec.dropoutKeep[0]!;
}

export interface RegularizationPath {
  /** The network's inputs (feature names). */
  inputs: string[];
  lambda: number[];
  /** For each first-layer weight (row-major [unit][input]), its value at each λ; null if not done. */
  weights: (number | null)[][];
  /** The input each weight reads (an index into `inputs`), to colour its line by feature. */
  input: number[];
  /** The first-layer unit each weight feeds. */
  unit: number[];
}

/**
 * Every first-layer weight against λ, at one p and one repeat (default: the config's p, repeat
 * 0). A single repeat, not a mean: another initialization may order the hidden units differently,
 * so averaging weight i over repeats would mix different units.
 */
export function regularizationPath(
  spec: SweepSpec,
  points: readonly SweepPointResult[],
  dropoutKeep = defaultKeep(spec),
  repeat = 0,
): RegularizationPath {
  const inputs = [...spec.config.features];
  const units = spec.config.model.hidden[0] ?? 1;
  const input: number[] = [];
  const unit: number[] = [];
  for (let u = 0; u < units; u++) {
    for (let i = 0; i < inputs.length; i++) {
      unit.push(u);
      input.push(i);
    }
  }
  const weights = input.map(() => spec.lambda.map((): number | null => null));
  spec.lambda.forEach((lambda, l) => {
    const p = atPoint(points, lambda, dropoutKeep).find((q) => q.repeat === repeat);
    const first = p?.model.layers[0];
    if (first === undefined) return;
    first.weights.flat().forEach((w, k) => (weights[k]![l] = w));
  });
  return { inputs, lambda: [...spec.lambda], weights, input, unit };
}

export interface ZeroCount {
  lambda: number;
  /** Number of weights (not biases) in the network, and in its first layer. */
  weights: number;
  firstLayerWeights: number;
  /** Exact zeros over the finished repeats; null when none has finished. */
  zeros: Spread | null;
  firstLayerZeros: Spread | null;
}

/** The count of weights exactly 0 against λ, at one p (default: the config's). */
export function exactZeroCounts(
  spec: SweepSpec,
  points: readonly SweepPointResult[],
  dropoutKeep = defaultKeep(spec),
): ZeroCount[] {
  const widths = [spec.config.features.length, ...spec.config.model.hidden, 1];
  let weights = 0;
  for (let k = 1; k < widths.length; k++) weights += widths[k - 1]! * widths[k]!;
  const firstLayerWeights = widths[0]! * widths[1]!;
  return spec.lambda.map((lambda) => {
    const here = atPoint(points, lambda, dropoutKeep);
    const zeros = (rows: number[][]): number => rows.flat().filter((w) => w === 0).length;
    return {
      lambda,
      weights,
      firstLayerWeights,
      zeros: spread(here.map((p) => p.model.layers.reduce((s, l) => s + zeros(l.weights), 0))),
      firstLayerZeros: spread(here.map((p) => zeros(p.model.layers[0]?.weights ?? []))),
    };
  });
}

// What the sweep's charts draw, computed from the points' summaries (workers/sweep/summaries.ts):
// the validation curve along one axis with the other held, and the cells of the λ × p heat map.
import type { FigureName, PointSummary, Spread, SweepSpec } from '../../workers/contract';

export type Axis = 'lambda' | 'keep';
export type CurveKind = 'loss' | 'accuracy';

/** Train, validation, test: the curve's three series for each tab. */
export const CURVE_FIGURES: Record<CurveKind, readonly [FigureName, FigureName, FigureName]> = {
  loss: ['trainLoss', 'valLoss', 'testLoss'],
  accuracy: ['trainAcc', 'valAcc', 'testAcc'],
};

export interface CurvePoint {
  /** The swept value (λ or p). */
  at: number;
  spread: Spread;
}

/** The summary's value on an axis. */
export const valueOn = (s: { lambda: number; dropoutKeep: number }, axis: Axis) =>
  axis === 'lambda' ? s.lambda : s.dropoutKeep;

/** The summaries along `axis`, the other axis held at `fixed` (in ascending order). */
export function along(
  summaries: readonly PointSummary[],
  axis: Axis,
  fixed: number,
): PointSummary[] {
  const other: Axis = axis === 'lambda' ? 'keep' : 'lambda';
  return summaries
    .filter((s) => valueOn(s, other) === fixed)
    .sort((a, b) => valueOn(a, axis) - valueOn(b, axis));
}

/** One figure's mean and spread at each value that has it. */
export function curveOf(line: readonly PointSummary[], axis: Axis, figure: FigureName) {
  const points: CurvePoint[] = [];
  for (const s of line) {
    const spread = s.figures[figure];
    if (spread) points.push({ at: valueOn(s, axis), spread });
  }
  return points;
}

/** The y range of the curves: losses from 0, accuracies up to 1; the spread included. */
export function curveDomain(curves: readonly CurvePoint[][], kind: CurveKind): [number, number] {
  const all = curves.flat();
  const finite = (v: number) => Number.isFinite(v);
  const max = Math.max(...all.map((p) => p.spread.max).filter(finite));
  const min = Math.min(...all.map((p) => p.spread.min).filter(finite));
  if (kind === 'accuracy') {
    const lo = Number.isFinite(min) ? Math.floor(Math.min(min, 0.9) * 10) / 10 : 0;
    return [Math.max(0, lo), 1];
  }
  return [0, Number.isFinite(max) && max > 0 ? max : 1];
}

export interface HeatCell {
  lambda: number;
  dropoutKeep: number;
  /** Mean and spread of the validation loss; null until a repeat of the cell has finished. */
  valLoss: Spread | null;
}

/** The heat map's rows: p from the largest (top) down, each λ from the smallest (left) up. */
export function heatRows(spec: SweepSpec, summaries: readonly PointSummary[]): HeatCell[][] {
  const keeps = [...spec.dropoutKeep].sort((a, b) => b - a);
  return keeps.map((dropoutKeep) =>
    spec.lambda.map((lambda) => {
      const s = summaries.find((q) => q.lambda === lambda && q.dropoutKeep === dropoutKeep);
      return { lambda, dropoutKeep, valLoss: s?.figures.valLoss ?? null };
    }),
  );
}

/** The lowest and highest mean validation loss over the cells done; null before any. */
export function heatDomain(rows: readonly HeatCell[][]): [number, number] | null {
  const means = rows
    .flat()
    .map((c) => c.valLoss?.mean)
    .filter((v): v is number => v !== undefined && Number.isFinite(v));
  if (means.length === 0) return null;
  const lo = Math.min(...means);
  const hi = Math.max(...means);
  return lo === hi ? [lo, lo + 1e-9] : [lo, hi];
}

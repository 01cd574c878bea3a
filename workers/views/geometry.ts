// Why L1 gives exact zeros, in the plane of two weights: the data loss's landscape with every other
// parameter fixed, its minimum, the minimum of data loss + penalty, and the penalty's level set
// through the current point (L1 diamond, L2 circle, elastic-net rounded diamond). The penalized
// minimum is where the smallest such region touches a loss contour: the diamond's corners sit on
// the axes, so the contact often is a corner, a weight exactly 0; the circle has no corners.
import type { RegularizationConfig, RegularizerKind } from '../engine/config';
import type { NetworkLayout } from '../engine/network';
import { penaltyWeights } from '../engine/regularizers';
import type { Trainer } from '../engine/trainer';
import type { WeightPlace } from './modelState';
import { captureState, requireWeight } from './modelState';
import type { PairLoss } from './planeLoss';
import { pairLoss } from './planeLoss';
import type { PlaneMinimum, PlanePenalty } from './planeSolver';
import { minimizeInPlane, penaltyOf } from './planeSolver';

export interface GeometryOptions {
  /** Parameter indices of the two weights; default: the two largest |w| of the first layer. */
  pair?: readonly [number, number];
  /** The penalty whose minimum and region are drawn; default the run's own. */
  regularization?: RegularizationConfig;
  /** Grid cells per side (default 41, 5 to 201). */
  gridSize?: number;
  /**
   * What the window holds besides the current point, the origin and the penalized minimum:
   * 'all' (default) also the data-loss minimum, 'model' not (a close look at the model).
   */
  window?: 'all' | 'model';
}

export interface ConstraintRegion {
  kind: Exclude<RegularizerKind, 'none'>;
  /** |a| + |b| at the current point: the L1 diamond's radius. */
  l1Radius: number;
  /** √(a² + b²) at the current point: the L2 circle's radius. */
  l2Radius: number;
  /** α·(|a| + |b|) + (1 − α)/2·(a² + b²) at the current point, α = 1 (L1), 0 (L2) or l1Ratio. */
  level: number;
  alpha: number;
  /** The region's boundary through the current point: (a, b) pairs, interleaved, 256 points. */
  outline: Float64Array;
}

export interface PlaneGrid {
  size: number;
  /** [lo, hi] of each axis: a square window, so the page can draw circles round. */
  aRange: [number, number];
  bRange: [number, number];
  /**
   * Data loss at the centres of size × size cells, row-major, row 0 at the top (largest b),
   * column 0 at the left (smallest a): the decision grid's layout.
   */
  dataLoss: Float64Array;
}

export interface GeometryView {
  pair: [WeightPlace, WeightPlace];
  /** The weights' current values (exactly the model's: a weight at 0 is exactly 0 here). */
  current: { a: number; b: number; dataLoss: number };
  penalty: { kind: RegularizerKind; l1: number; l2: number };
  grid: PlaneGrid;
  dataMinimum: PlaneMinimum;
  penalizedMinimum: PlaneMinimum;
  region: ConstraintRegion | null;
}

/** The two largest-magnitude weights of the first layer (of all weights if it has only one). */
export function defaultPair(layout: NetworkLayout, params: Float64Array): [number, number] {
  const L = layout.layers[0]!;
  let candidates = Array.from({ length: L.nIn * L.nOut }, (_, k) => L.w + k);
  if (candidates.length < 2) {
    candidates = [];
    for (let r = 0; r < layout.weightRanges.length; r += 2) {
      for (let i = layout.weightRanges[r]!; i < layout.weightRanges[r + 1]!; i++)
        candidates.push(i);
    }
  }
  if (candidates.length < 2) {
    throw new Error('The geometry view needs a model with at least two weights.');
  }
  // Stable: equal magnitudes keep their order, so the choice is reproducible.
  candidates.sort((x, y) => Math.abs(params[y]!) - Math.abs(params[x]!));
  return [candidates[0]!, candidates[1]!];
}

/** The level set through (a, b), each quadrant traced by s·(1 − t, t) so the L1 corners are exact. */
function regionOutline(alpha: number, level: number, points = 256): Float64Array {
  const out = new Float64Array(2 * points);
  const perQuadrant = points / 4;
  const signs = [
    [1, 1],
    [-1, 1],
    [-1, -1],
    [1, -1],
  ] as const;
  for (let q = 0; q < 4; q++) {
    for (let k = 0; k < perQuadrant; k++) {
      const t = k / perQuadrant;
      // (u, v) runs from the positive a-axis to the positive b-axis, |u| + |v| = 1.
      const u = 1 - t;
      const v = t;
      const n2 = u * u + v * v;
      // α·s + (1 − α)/2·s²·n2 = level, solved for s ≥ 0 without cancellation.
      const s =
        alpha === 1 || level === 0
          ? level
          : (2 * level) / (alpha + Math.sqrt(alpha * alpha + 2 * (1 - alpha) * n2 * level));
      const [sa, sb] = signs[q]!;
      // Rotating by quarter turns keeps the trace counter-clockwise.
      const x = q % 2 === 0 ? s * u : s * v;
      const y = q % 2 === 0 ? s * v : s * u;
      // + 0 turns −0 into 0: a corner on an axis has a coordinate that is plainly 0.
      out[2 * (q * perQuadrant + k)] = sa * x + 0;
      out[2 * (q * perQuadrant + k) + 1] = sb * y + 0;
    }
  }
  return out;
}

export function constraintRegion(
  reg: RegularizationConfig,
  a: number,
  b: number,
): ConstraintRegion | null {
  if (reg.kind === 'none') return null;
  const alpha = reg.kind === 'l1' ? 1 : reg.kind === 'l2' ? 0 : reg.l1Ratio;
  const l1Radius = Math.abs(a) + Math.abs(b);
  const sq = a * a + b * b;
  const level = alpha * l1Radius + ((1 - alpha) / 2) * sq;
  return {
    kind: reg.kind,
    l1Radius,
    l2Radius: Math.sqrt(sq),
    level,
    alpha,
    outline: regionOutline(alpha, level),
  };
}

/** A square window around the points, a quarter wider than they need. */
function squareWindow(points: [number, number][]): { a: [number, number]; b: [number, number] } {
  const as = points.map((p) => p[0]);
  const bs = points.map((p) => p[1]);
  const [loA, hiA, loB, hiB] = [Math.min(...as), Math.max(...as), Math.min(...bs), Math.max(...bs)];
  const span = Math.max(hiA - loA, hiB - loB);
  const half = span > 0 ? 0.625 * span : 1;
  const ca = (loA + hiA) / 2;
  const cb = (loB + hiB) / 2;
  return { a: [ca - half, ca + half], b: [cb - half, cb + half] };
}

function lossGrid(f: PairLoss, size: number, points: [number, number][]): PlaneGrid {
  const w = squareWindow(points);
  const stepA = (w.a[1] - w.a[0]) / size;
  const stepB = (w.b[1] - w.b[0]) / size;
  const dataLoss = new Float64Array(size * size);
  for (let r = 0; r < size; r++) {
    const b = w.b[1] - (r + 0.5) * stepB;
    for (let c = 0; c < size; c++) dataLoss[r * size + c] = f(w.a[0] + (c + 0.5) * stepA, b);
  }
  return { size, aRange: w.a, bRange: w.b, dataLoss };
}

function cellCentre(g: PlaneGrid, k: number): [number, number] {
  const r = Math.floor(k / g.size);
  const c = k % g.size;
  const stepA = (g.aRange[1] - g.aRange[0]) / g.size;
  const stepB = (g.bRange[1] - g.bRange[0]) / g.size;
  return [g.aRange[0] + (c + 0.5) * stepA, g.bRange[1] - (r + 0.5) * stepB];
}

/**
 * If some grid cell beats the minimum found from the current point (a landscape with several
 * basins), the minimum found from that cell instead, when it is lower.
 */
function improveFromGrid(
  f: PairLoss,
  g: PlaneGrid,
  pen: PlanePenalty,
  found: PlaneMinimum,
): PlaneMinimum {
  let bestK = -1;
  let bestV = found.objective - 1e-9 * (1 + Math.abs(found.objective));
  for (let k = 0; k < g.dataLoss.length; k++) {
    const [a, b] = cellCentre(g, k);
    const v = g.dataLoss[k]! + penaltyOf(pen, a, b);
    if (v < bestV) {
      bestV = v;
      bestK = k;
    }
  }
  if (bestK < 0) return found;
  const other = minimizeInPlane(f, cellCentre(g, bestK), pen);
  return other.objective < found.objective ? other : found;
}

const inside = (g: PlaneGrid, m: PlaneMinimum) =>
  m.a >= g.aRange[0] && m.a <= g.aRange[1] && m.b >= g.bRange[0] && m.b <= g.bRange[1];

export function geometryView(trainer: Trainer, options: GeometryOptions = {}): GeometryView {
  const layout = trainer.layout;
  const state = captureState(trainer);
  const [i, j] = options.pair ?? defaultPair(layout, state.params);
  if (i === j) throw new Error(`The geometry view needs two different weights; both are ${i}.`);
  const pair: [WeightPlace, WeightPlace] = [
    requireWeight(layout, i, 'Parameter'),
    requireWeight(layout, j, 'Parameter'),
  ];
  const size = options.gridSize ?? 41;
  if (!Number.isInteger(size) || size < 5 || size > 201) {
    throw new Error(
      `gridSize must be a whole number from 5 to 201; got ${String(size).slice(0, 20)}.`,
    );
  }
  const reg = options.regularization ?? trainer.config.regularization;
  const pw = penaltyWeights(reg);
  const pen: PlanePenalty = { l1: pw.l1, l2: pw.l2 };
  const a0 = state.params[i]!;
  const b0 = state.params[j]!;
  const f = pairLoss(layout, state, trainer.train, i, j);
  let dataMinimum = minimizeInPlane(f, [a0, b0], { l1: 0, l2: 0 });
  let penalizedMinimum = minimizeInPlane(f, [a0, b0], pen);
  const region = constraintRegion(reg, a0, b0);
  // A close look holds the whole region too, so the shape of its corners shows (|a| + |b| bounds
  // every region through the point: the diamond holds the circle and the elastic-net shape).
  const reach = options.window === 'model' && region ? region.l1Radius : 0;
  const framed = (): [number, number][] => {
    const pts: [number, number][] = [
      [a0, b0],
      [0, 0],
      [penalizedMinimum.a, penalizedMinimum.b],
    ];
    if (reach > 0) pts.push([-reach, -reach], [reach, reach]);
    if (dataMinimum.status === 'converged' && options.window !== 'model') {
      pts.push([dataMinimum.a, dataMinimum.b]);
    }
    return pts;
  };
  let grid = lossGrid(f, size, framed());
  dataMinimum = improveFromGrid(f, grid, { l1: 0, l2: 0 }, dataMinimum);
  penalizedMinimum = improveFromGrid(f, grid, pen, penalizedMinimum);
  const dataShown =
    dataMinimum.status !== 'converged' || options.window === 'model' || inside(grid, dataMinimum);
  if (!dataShown || !inside(grid, penalizedMinimum)) grid = lossGrid(f, size, framed());
  return {
    pair,
    current: { a: a0, b: b0, dataLoss: f(a0, b0) },
    penalty: { kind: reg.kind, l1: pen.l1, l2: pen.l2 },
    grid,
    dataMinimum,
    penalizedMinimum,
    region,
  };
}

export interface PairTrajectory {
  epochs: Int32Array;
  a: Float64Array;
  b: Float64Array;
}

/**
 * The pair's values over training from stored parameter vectors (SnapshotStore's snapshots, in
 * epoch order). For weights-only vectors, map the indices with weightIndex first.
 */
export function pairTrajectory(
  snapshots: readonly { epoch: number; params: Float64Array }[],
  pair: readonly [number, number],
): PairTrajectory {
  const n = snapshots.length;
  const out = { epochs: new Int32Array(n), a: new Float64Array(n), b: new Float64Array(n) };
  snapshots.forEach((s, k) => {
    out.epochs[k] = s.epoch;
    out.a[k] = s.params[pair[0]]!;
    out.b[k] = s.params[pair[1]]!;
  });
  return out;
}

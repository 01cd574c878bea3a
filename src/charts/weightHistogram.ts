// Histogram of weight values with a fixed, symmetric range and the exact zeros kept apart: L1's
// proximal step sends weights to exactly 0, and merging them into the bin around 0 would hide
// the difference between L1 (a spike of exact zeros) and L2 (a bell that narrows but never hits 0).
import { bisectRight } from 'd3-array';

export const BIN_COUNT = 40;

/** One layer's weights inside the flat weight array: [start, end), from layer `layer` + 1. */
export interface LayerSlice {
  start: number;
  end: number;
}

export function layerSlices(widths: readonly number[]): LayerSlice[] {
  const slices: LayerSlice[] = [];
  let start = 0;
  for (let k = 0; k + 1 < widths.length; k++) {
    const end = start + widths[k]! * widths[k + 1]!;
    slices.push({ start, end });
    start = end;
  }
  return slices;
}

export function maxAbs(values: ArrayLike<number>): number {
  let m = 0;
  for (let i = 0; i < values.length; i++) {
    const a = Math.abs(values[i]!);
    if (a > m) m = a;
  }
  return m;
}

/** The smallest of 1, 2, 2.5, 5 × 10ᵏ at least `x` (so tick labels stay round). */
export function niceHalfWidth(x: number): number {
  if (!(x > 0) || !Number.isFinite(x)) return 1;
  const p = 10 ** Math.floor(Math.log10(x));
  for (const m of [1, 2, 2.5, 5, 10]) if (m * p >= x * (1 - 1e-12)) return m * p;
  return 10 * p;
}

export interface WeightBins {
  /** Bin edges from −halfWidth to +halfWidth; bin i spans [edges[i], edges[i + 1]). */
  edges: number[];
  /** Weights per bin, exact zeros excluded. */
  counts: number[];
  zeros: number;
  total: number;
}

export function binEdges(halfWidth: number, binCount = BIN_COUNT): number[] {
  return Array.from(
    { length: binCount + 1 },
    (_, i) => -halfWidth + (2 * halfWidth * i) / binCount,
  );
}

export function binWeights(
  values: ArrayLike<number>,
  halfWidth: number,
  binCount = BIN_COUNT,
): WeightBins {
  const edges = binEdges(halfWidth, binCount);
  // What d3's bin() counts with these thresholds (each value in the bin bisectRight finds), without
  // an array of values per bin: it was a third of a millisecond per run's chart tick in a profile.
  const thresholds = edges.slice(1, -1);
  const counts = new Array<number>(binCount).fill(0);
  let zeros = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    if (v === 0) zeros++;
    // Until the range widens (next frame), a weight outside it counts in the outermost bin, so
    // the bars always add up to the number of weights.
    else if (Number.isFinite(v)) {
      counts[bisectRight(thresholds, Math.max(-halfWidth, Math.min(halfWidth, v)))]!++;
    }
  }
  return { edges, counts, zeros, total: values.length };
}

const binned = new WeakMap<object, { halfWidth: number; bins: WeightBins }>();

/**
 * `binWeights` of an array that is never written after it arrives (a frame's weights, the run's
 * initial weights), remembered per array for its last range. Side by side, the shared axes bin
 * every run's weights for the tallest bar and each panel bins its own again: the same arrays on
 * the same range, and the initial weights at every chart tick although they never change.
 */
export function binWeightsOnce(values: Float64Array, halfWidth: number): WeightBins {
  const hit = binned.get(values);
  if (hit && hit.halfWidth === halfWidth) return hit.bins;
  const bins = binWeights(values, halfWidth);
  binned.set(values, { halfWidth, bins });
  return bins;
}

export interface WeightSummary {
  zeroFraction: number;
  /** Fraction with |w| < threshold, exact zeros included. */
  smallFraction: number;
  /** ‖W‖₂ = sqrt(Σw²). */
  l2Norm: number;
}

export function summarize(values: ArrayLike<number>, threshold: number): WeightSummary {
  let zeros = 0;
  let small = 0;
  let squares = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    if (v === 0) zeros++;
    if (Math.abs(v) < threshold) small++;
    squares += v * v;
  }
  const n = values.length;
  return {
    zeroFraction: n ? zeros / n : 0,
    smallFraction: n ? small / n : 0,
    l2Norm: Math.sqrt(squares),
  };
}

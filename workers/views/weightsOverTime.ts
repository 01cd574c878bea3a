// Weights over time: per layer (and over all weights) the histogram of weight values at each
// stored epoch, as a bins × epochs matrix with the same bin edges for every epoch, so a ridgeline
// or heat map reads as a history: L1's weights collapsing into the zero bar, L2's bell narrowing.
// The bins follow the page's histogram (src/charts/weightHistogram.ts): a symmetric range
// [−h, h] with h a round number, BIN_COUNT bins, bin i = [edges[i], edges[i + 1]) (the last one
// closed), and exact zeros counted in a bar of their own, not in the bin around 0: merging them
// would hide the difference between L1's exact zeros and L2's merely small weights.
import type { NetworkLayout } from '../engine/network';
import type { EarlyStoppingExport } from '../engine/runExport';
import type { SnapshotStore } from '../snapshots';

export const BIN_COUNT = 40;

export interface ParamSnapshot {
  epoch: number;
  params: Float64Array;
}

export interface HistogramSeries {
  /** Bin edges, BIN_COUNT + 1 of them, from −halfWidth to +halfWidth, shared by every epoch. */
  edges: Float64Array;
  halfWidth: number;
  bins: number;
  /** Non-zero weights per bin and epoch: row b (bin), column e (epoch index): counts[b·E + e]. */
  counts: Int32Array;
  /** Weights exactly 0, per epoch (the zero bar). */
  zeros: Int32Array;
  /** Weights in this series. */
  total: number;
  /** √(mean w²) and max |w| per epoch: the spread the ridgeline shows. */
  rms: Float64Array;
  maxAbs: Float64Array;
}

export interface WeightsOverTime {
  epochs: Int32Array;
  /** One series per layer (0 = first), then one over all weights. */
  layers: HistogramSeries[];
  all: HistogramSeries;
  /** The best-validation epoch (mark it on the ridgeline) and the early-stopping epoch. */
  bestEpoch: number | null;
  stoppedEpoch: number | null;
}

/** The stored snapshots of a SnapshotStore, in epoch order. */
export function storedSnapshots(store: SnapshotStore): ParamSnapshot[] {
  return store.epochs().map((e) => store.nearest(e)!);
}

/** The smallest of 1, 2, 2.5, 5 × 10ᵏ at least x (round tick labels), by exact steps of 10. */
export function niceHalfWidth(x: number): number {
  if (!(x > 0) || !Number.isFinite(x)) return 1;
  let p = 1;
  while (p * 10 <= x) p *= 10;
  while (p > x) p /= 10;
  for (const m of [1, 2, 2.5, 5, 10]) if (m * p >= x * (1 - 1e-12)) return m * p;
  return 10 * p;
}

/** The page's edges: −h + 2h·i/bins (weightHistogram.ts binEdges). */
function binEdges(h: number, bins: number): Float64Array {
  return Float64Array.from({ length: bins + 1 }, (_, i) => -h + (2 * h * i) / bins);
}

/** d3's bin() with thresholds edges[1..bins−1]: the number of thresholds ≤ v (bisectRight). */
function binOf(edges: Float64Array, v: number): number {
  let lo = 0;
  let hi = edges.length - 2;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (edges[mid + 1]! <= v) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

type Slice = [number, number][];

function series(snapshots: readonly ParamSnapshot[], slice: Slice, bins: number): HistogramSeries {
  const E = snapshots.length;
  let peak = 0;
  for (const s of snapshots) {
    for (const [a, b] of slice)
      for (let i = a; i < b; i++) peak = Math.max(peak, Math.abs(s.params[i]!));
  }
  const h = niceHalfWidth(peak);
  const edges = binEdges(h, bins);
  const total = slice.reduce((t, [a, b]) => t + b - a, 0);
  const out: HistogramSeries = {
    edges,
    halfWidth: h,
    bins,
    counts: new Int32Array(bins * E),
    zeros: new Int32Array(E),
    total,
    rms: new Float64Array(E),
    maxAbs: new Float64Array(E),
  };
  snapshots.forEach((s, e) => {
    let sq = 0;
    let max = 0;
    for (const [a, b] of slice) {
      for (let i = a; i < b; i++) {
        const v = s.params[i]!;
        sq += v * v;
        max = Math.max(max, Math.abs(v));
        if (v === 0) out.zeros[e]!++;
        // A non-finite weight (a diverging run's) is counted nowhere, as on the page.
        else if (Number.isFinite(v))
          out.counts[binOf(edges, Math.max(-h, Math.min(h, v))) * E + e]!++;
      }
    }
    out.rms[e] = total > 0 ? Math.sqrt(sq / total) : 0;
    out.maxAbs[e] = max;
  });
  return out;
}

export function weightsOverTime(
  layout: NetworkLayout,
  snapshots: readonly ParamSnapshot[],
  earlyStopping: EarlyStoppingExport,
  bins = BIN_COUNT,
): WeightsOverTime {
  if (!Number.isInteger(bins) || bins < 1 || bins > 1000) {
    throw new Error(
      `bins must be a whole number from 1 to 1000; got ${String(bins).slice(0, 20)}.`,
    );
  }
  const layerSlices: Slice[] = layout.layers.map((L) => [[L.w, L.w + L.nIn * L.nOut]]);
  return {
    epochs: Int32Array.from(snapshots, (s) => s.epoch),
    layers: layerSlices.map((slice) => series(snapshots, slice, bins)),
    all: series(snapshots, layerSlices.flat(), bins),
    bestEpoch: earlyStopping.bestEpoch,
    stoppedEpoch: earlyStopping.stoppedEpoch,
  };
}

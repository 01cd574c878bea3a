// Each run's latest picture from the worker (its big buffers outside React state) and the epoch
// scrubber's past pictures, in one store. What a chart shows is derived: the past picture while
// the scrubber looks back at a run, else the live one. The boundary canvas paints from a
// subscription, so a frame never re-renders React for its pixels; with three or four runs each
// boundary (canvas, contour, marks) comes every other frame, and a run whose frame carries none
// holds the picture that brought its last one; SVG charts re-render when their run's `chartTick` moves (paced while training, chartPacing.ts).
import { createStore } from 'zustand/vanilla';
import { useStore } from 'zustand';
import type { Point, RunId, ViewFrame } from '../../workers/contract';

/** What the charts draw of a run at one epoch. */
export interface RunPicture {
  generation: number;
  epoch: number;
  /** P(class 1) on a gridSize × gridSize grid, row 0 at the top. */
  grid: Float32Array;
  gridSize: number;
  /** The grid's P = 0.5 contour in grid cells, when the worker drew it (live pictures have it). */
  contour?: string;
  weights: Float64Array;
  /** Per split, 1 for each point the model gets wrong (exact: the worker's own predictions). */
  wrong?: WrongPoints;
  initialWeights: Float64Array;
  /** Layer widths from inputs to output, e.g. [2, 8, 8, 1]. */
  widths: number[];
  inputs: string[];
  points: { train: Point[]; val: Point[]; test: Point[] };
  augmented: Float32Array | null;
}

export interface WrongPoints {
  train: Uint8Array;
  val: Uint8Array;
  test: Uint8Array;
}

/** A frame's flat wrong-point flags (training, then validation, then test) per split. */
export function wrongBySplit(flags: Uint8Array, points: RunPicture['points']): WrongPoints {
  const a = points.train.length;
  const b = a + points.val.length;
  return { train: flags.subarray(0, a), val: flags.subarray(a, b), test: flags.subarray(b) };
}

/** A run as it was at a past epoch (what the worker's `inspect` answers). */
export interface PastPicture {
  generation: number;
  epoch: number;
  grid: Float32Array;
  gridSize: number;
  weights: Float64Array;
  wrong: WrongPoints;
}

export interface FrameState {
  live: Record<RunId, RunPicture | undefined>;
  /** The epoch the scrubber asks for, or null while every chart follows the live runs. */
  scrubEpoch: number | null;
  /** Per run, the past picture the worker found for `scrubEpoch`. */
  past: Record<RunId, PastPicture | undefined>;
  /** Per run, moves when its SVG charts (curves, histogram, network) should re-render. */
  chartTick: Record<RunId, number>;
  /** Per run, the latest "why it works" view the worker sent (src/views asks for it). */
  views: Record<RunId, ViewFrame | undefined>;
  /**
   * Per run, the picture its boundary keeps showing while its frames carry no boundary (three or
   * four runs side by side get theirs in turn, see RunFrame.boundary): the picture that brought
   * the last one, the same object frame after frame, so nothing drawn from it repaints. Undefined
   * when the boundary follows the live picture.
   */
  held: Record<RunId, RunPicture | undefined>;
}

export const frameStore = createStore<FrameState>(() => ({
  live: {},
  scrubEpoch: null,
  past: {},
  chartTick: {},
  views: {},
  held: {},
}));

const merged = new WeakMap<RunPicture, WeakMap<PastPicture, RunPicture>>();

/**
 * The picture a run's charts show: its past picture while the scrubber looks back (and that past
 * belongs to the run's current generation), else the live one. The same inputs give the same
 * object, so selectors built on it are stable.
 */
export function shownPicture(s: FrameState, id: RunId): RunPicture | undefined {
  const live = s.live[id];
  const past = s.past[id];
  if (!live || s.scrubEpoch === null || !past || past.generation !== live.generation) return live;
  let byPast = merged.get(live);
  if (!byPast) merged.set(live, (byPast = new WeakMap()));
  let shown = byPast.get(past);
  if (!shown) {
    // The live flags and contour belong to the live epoch: a past picture has its own or none.
    shown = { ...live, ...past, augmented: null, wrong: past.wrong, contour: undefined };
    byPast.set(past, shown);
  }
  return shown;
}

/** The shown picture, at frame rate. */
export function useShownPicture(id: RunId): RunPicture | undefined {
  return useStore(frameStore, (s) => shownPicture(s, id));
}

/**
 * What a run's boundary shows: the shown picture, or while training side by side with three or
 * four runs, the one it holds on the frames that carry no boundary for it. The canvas, the contour, the misclassified
 * marks and their count all read this, so they always agree.
 */
export function boundaryPicture(s: FrameState, id: RunId): RunPicture | undefined {
  return (s.scrubEpoch === null ? s.held[id] : undefined) ?? shownPicture(s, id);
}

/** The boundary's picture: for the canvas's subscription and the marks drawn over it. */
export function useBoundaryPicture(id: RunId): RunPicture | undefined {
  return useStore(frameStore, (s) => boundaryPicture(s, id));
}

/** The run's chart tick: SVG charts re-render when it moves. */
export function useChartTick(id: RunId): number {
  return useStore(frameStore, (s) => s.chartTick[id] ?? -1);
}

const paced = new Map<RunId, { tick: number; past: unknown; picture: RunPicture | undefined }>();

/**
 * The shown picture as of the run's last chart tick or scrub: a memoized selector that gives the
 * same object until the tick moves, so SVG charts do not re-render at frame rate.
 */
export function pacedPicture(s: FrameState, id: RunId): RunPicture | undefined {
  const tick = s.chartTick[id] ?? -1;
  const past = s.scrubEpoch === null ? undefined : s.past[id];
  const cached = paced.get(id);
  if (cached && cached.tick === tick && cached.past === past) return cached.picture;
  const picture = shownPicture(s, id);
  paced.set(id, { tick, past, picture });
  return picture;
}

/** The paced picture: for SVG charts (histogram, network diagram). */
export function usePacedPicture(id: RunId): RunPicture | undefined {
  return useStore(frameStore, (s) => pacedPicture(s, id));
}

// The latest frame's big buffers per run, outside React state: the boundary canvas subscribes
// and paints directly, so a frame never re-renders the component tree for its pixels.
import { createStore } from 'zustand/vanilla';
import { useStore } from 'zustand';
import type { Point } from '../../workers/contract';
import type { RunId } from '../../workers/contract';

export interface LatestFrame {
  generation: number;
  epoch: number;
  grid: Float32Array;
  gridSize: number;
  weights: Float64Array;
  initialWeights: Float64Array;
  /** Layer widths from inputs to output, e.g. [2, 8, 8, 1]. */
  widths: number[];
  inputs: string[];
  points: { train: Point[]; val: Point[]; test: Point[] };
  augmented: Float32Array | null;
}

export interface FrameState {
  /**
   * Every frame, as it arrives: the boundary map paints these. While the epoch scrubber looks
   * back, a scrubbed run's entry is its past frame instead (see scrub.ts); `live` keeps the latest.
   */
  frames: Record<RunId, LatestFrame | undefined>;
  /**
   * The same frames at most CHART_INTERVAL_MS apart while training: SVG charts re-render at this
   * pace, which keeps the page at 60 frames per second without a visible difference.
   */
  paced: Record<RunId, LatestFrame | undefined>;
  /** The latest frame of every run, whatever is shown. */
  live: Record<RunId, LatestFrame | undefined>;
}

export const CHART_INTERVAL_MS = 100;

export const frameStore = createStore<FrameState>(() => ({ frames: {}, paced: {}, live: {} }));

/** React access for charts that re-render with the weights (histograms, the network diagram). */
export function useLatestFrame(id: RunId): LatestFrame | undefined {
  return useStore(frameStore, (s) => s.paced[id]);
}

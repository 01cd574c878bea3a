// The questions the page may put to a sweep worker besides training a point (pointQuery.ts
// answers them in the worker; askSweepWorker.ts asks them from the page). Types only.
import type { ModelExport } from '../engine/runExport';

export type SweepQuery =
  /** The points of each split, the same for every point of the sweep. */
  | { query: 'data' }
  /** P(class 1) of one point's exported model on the gridSize × gridSize decision grid. */
  | { query: 'grid'; model: ModelExport; gridSize: number };

/** A decision grid as the live frames carry it: row 0 at the top (see GridEvaluator). */
export interface GridAnswer {
  grid: Float32Array;
  gridSize: number;
}

// Sweep export v1: what `npm run sweep` writes and the page's sweep export saves (see
// docs/run-format.md). A public contract: change it only by adding fields or bumping `version`.
import type { ConfigV1, Point } from '../engine/config';
import type { ModelExport } from '../engine/runExport';
import type { SweepPointKey, SweepSpec } from './sweepSpec';
import { sweepGrid } from './sweepSpec';

/** 'done': all config.epochs trained; 'stoppedEarly': early stopping ended it; 'diverged'. */
export type SweepPointStatus = 'done' | 'stoppedEarly' | 'diverged';

/** Figures of the model a point ends with, in evaluation mode; null for an empty split. */
export interface SweepFinal {
  trainLoss: number | null;
  valLoss: number | null;
  testLoss: number | null;
  trainAcc: number | null;
  valAcc: number | null;
  testAcc: number | null;
  zeroFraction: number;
}

export interface SweepPointResult extends SweepPointKey {
  status: SweepPointStatus;
  /** Epochs trained (for a diverged point, up to the last finite epoch). */
  epochs: number;
  /** The epoch of the lowest validation loss; null without a validation split. */
  bestEpoch: number | null;
  final: SweepFinal;
  /** Exactly the run export v1 `model` of this point's run. */
  model: ModelExport;
}

/** A point that could not be trained (its worker crashed twice, or the engine refused it). */
export interface SweepPointFailure extends SweepPointKey {
  error: string;
}

export interface SweepExportV1 {
  version: 1;
  kind: 'sweep';
  config: ConfigV1;
  axes: { lambda: number[]; dropoutKeep: number[] };
  repeats: number;
  data: { train: Point[]; val: Point[]; test: Point[] };
  /** The finished points, in grid order (λ, then p, then the repeat). */
  points: SweepPointResult[];
  /** The points that failed, in grid order; empty when every point trained. */
  failed: SweepPointFailure[];
}

function sameKey(a: SweepPointKey, b: SweepPointKey): boolean {
  return a.lambda === b.lambda && a.dropoutKeep === b.dropoutKeep && a.repeat === b.repeat;
}

/** Puts records into the grid's order, whatever order they arrived in; refuses strangers. */
function inGridOrder<T extends SweepPointKey>(grid: SweepPointKey[], records: readonly T[]): T[] {
  const slots = new Array<T | undefined>(grid.length);
  for (const r of records) {
    const i = grid.findIndex((k) => sameKey(k, r));
    if (i < 0) {
      throw new Error(`λ ${r.lambda}, p ${r.dropoutKeep}, repeat ${r.repeat} is not in the sweep`);
    }
    slots[i] = r;
  }
  return slots.filter((r): r is T => r !== undefined);
}

/** The sweep export of a spec, its data and the points done (and failed) so far. */
export function buildSweepExport(
  spec: SweepSpec,
  data: SweepExportV1['data'],
  points: readonly SweepPointResult[],
  failed: readonly SweepPointFailure[] = [],
): SweepExportV1 {
  const grid = sweepGrid(spec);
  return {
    version: 1,
    kind: 'sweep',
    config: structuredClone(spec.config),
    axes: { lambda: [...spec.lambda], dropoutKeep: [...spec.dropoutKeep] },
    repeats: spec.repeats,
    data,
    points: inGridOrder(grid, points),
    failed: inGridOrder(grid, failed),
  };
}

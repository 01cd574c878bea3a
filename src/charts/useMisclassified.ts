import { useMemo } from 'react';
import type { RunPicture } from '../store/frameStore';
import { useBoundaryPicture } from '../store/frameStore';
import { misclassified } from './gridLookup';

export interface Misclassified {
  train: number[];
  val: number[];
  test: number[];
}

const NONE: Misclassified = { train: [], val: [], test: [] };
const SPLITS = ['train', 'val', 'test'] as const;
const cache = new WeakMap<RunPicture, Misclassified>();

function flagged(flags: Uint8Array, count: number): number[] {
  const wrong: number[] = [];
  for (let i = 0; i < Math.min(count, flags.length); i++) if (flags[i] !== 0) wrong.push(i);
  return wrong;
}

/**
 * Indices of the wrongly classified points per split: the model's own predictions when the frame
 * carries them (`wrong`), else read from the decision grid, whose cells can straddle the boundary.
 */
export function misclassifiedOf(picture: RunPicture): Misclassified {
  // The marks' canvas and the count read the same picture: work it out once.
  const known = cache.get(picture);
  if (known) return known;
  const { points, wrong, grid, gridSize: n } = picture;
  const result = {} as Misclassified;
  for (const split of SPLITS) {
    result[split] = wrong
      ? flagged(wrong[split], points[split].length)
      : misclassified(points[split], grid, n);
  }
  cache.set(picture, result);
  return result;
}

/** The misclassified points of the boundary's picture, recomputed when it changes. */
export function useMisclassified(runId: string): Misclassified {
  const frame = useBoundaryPicture(runId);
  return useMemo(() => (frame ? misclassifiedOf(frame) : NONE), [frame]);
}

import { useMemo } from 'react';
import { useStore } from 'zustand';
import { frameStore, shownPicture } from '../store/frameStore';
import { misclassified } from './gridLookup';

export interface Misclassified {
  train: number[];
  val: number[];
  test: number[];
}

const NONE: Misclassified = { train: [], val: [], test: [] };

/** Indices of the wrongly classified points per split, recomputed once per frame's grid. */
export function useMisclassified(runId: string): Misclassified {
  const frame = useStore(frameStore, (s) => shownPicture(s, runId));
  return useMemo(() => {
    if (!frame) return NONE;
    const { points, grid, gridSize: n } = frame;
    return {
      train: misclassified(points.train, grid, n),
      val: misclassified(points.val, grid, n),
      test: misclassified(points.test, grid, n),
    };
  }, [frame]);
}

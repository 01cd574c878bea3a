import { describe, expect, it } from 'vitest';
import type { Point } from '../../workers/contract';
import { misclassified, probabilityAt } from './gridLookup';

// 2 × 2 grid: row 0 is the top (x2 > 0), column 0 the left (x1 < 0).
const grid = Float32Array.from([0.1, 0.9, 0.8, 0.2]);

describe('grid lookup', () => {
  it('reads the cell that contains the point, row 0 at the top', () => {
    expect(probabilityAt(grid, 2, -3, 3)).toBeCloseTo(0.1);
    expect(probabilityAt(grid, 2, 3, 3)).toBeCloseTo(0.9);
    expect(probabilityAt(grid, 2, -3, -3)).toBeCloseTo(0.8);
    expect(probabilityAt(grid, 2, 3, -3)).toBeCloseTo(0.2);
    // The domain's edges belong to the outermost cells.
    expect(probabilityAt(grid, 2, 6, -6)).toBeCloseTo(0.2);
    expect(probabilityAt(grid, 2, -6, 6)).toBeCloseTo(0.1);
  });

  it('marks points whose label disagrees with the colour under them', () => {
    const pts: Point[] = [
      [-3, 3, 0], // P 0.1, class 0: right
      [3, 3, 0], // P 0.9, class 0: wrong
      [-3, -3, 1], // P 0.8, class 1: right
      [3, -3, 1], // P 0.2, class 1: wrong
    ];
    expect(misclassified(pts, grid, 2)).toEqual([1, 3]);
  });
});

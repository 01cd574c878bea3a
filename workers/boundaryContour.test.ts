import { describe, expect, it } from 'vitest';
import { contourPath, GRID_CONTOUR_DECIMALS } from './boundaryContour';

/** A grid laid out like the engine's: row 0 at the top, values at cell centres. */
function grid(n: number, p: (col: number, row: number) => number): Float32Array {
  const g = new Float32Array(n * n);
  for (let r = 0; r < n; r++) for (let c = 0; c < n; c++) g[r * n + c] = p(c, r);
  return g;
}

function vertices(d: string): [number, number][] {
  return [...d.matchAll(/[ML](-?[\d.]+),(-?[\d.]+)/g)].map((m) => [Number(m[1]), Number(m[2])]);
}

describe('contourPath', () => {
  it('puts the 0.5 line where the interpolated cell-centre values cross 0.5', () => {
    const n = 20;
    // P rises left to right and crosses 0.5 at a quarter of the width (x1 = −3 on [−6, 6]).
    const g = grid(n, (c) => (c + 0.5) / n + 0.25);
    const pts = vertices(contourPath(g, n, 400));
    expect(pts.length).toBeGreaterThan(1);
    for (const [x] of pts) expect(x).toBeCloseTo(100, 1);
    // It runs edge to edge, half a cell (10 px) past the plot, where the chart clips it.
    const ys = pts.map((p) => p[1]);
    expect(Math.min(...ys)).toBe(-10);
    expect(Math.max(...ys)).toBe(410);
  });

  it('leaves out the grid edge that d3 uses to close rings', () => {
    const n = 10;
    const d = contourPath(
      grid(n, (c) => (c >= 5 ? 0.9 : 0.1)),
      n,
      100,
    );
    // One vertical line at the middle: no segment runs along the plot border.
    for (const [x] of vertices(d)) expect(x).toBeCloseTo(50, 5);
    expect(d).not.toBe('');
    expect(d.match(/M/g)).toHaveLength(1);
  });

  it('draws a closed ring around a blob of class 1 in the middle', () => {
    const n = 40;
    const r = 3; // data units on [−6, 6]
    const g = grid(n, (c, row) => {
      const x1 = -6 + (12 * (c + 0.5)) / n;
      const x2 = 6 - (12 * (row + 0.5)) / n;
      return Math.hypot(x1, x2) < r ? 1 : 0;
    });
    const size = 480;
    const pts = vertices(contourPath(g, n, size));
    expect(pts.length).toBeGreaterThan(20);
    const cell = 12 / n;
    for (const [px, py] of pts) {
      const x1 = -6 + (12 * px) / size;
      const x2 = 6 - (12 * py) / size;
      expect(Math.abs(Math.hypot(x1, x2) - r)).toBeLessThan(cell);
    }
  });

  it('is empty when the whole grid is one class, or the grid is missing', () => {
    expect(
      contourPath(
        grid(8, () => 0.9),
        8,
        100,
      ),
    ).toBe('');
    expect(
      contourPath(
        grid(8, () => 0.1),
        8,
        100,
      ),
    ).toBe('');
    expect(contourPath(new Float32Array(0), 0, 100)).toBe('');
  });
});

describe('the contour in grid cells (what frames carry)', () => {
  it('scaled to the plot, lies on the contour drawn in pixels', () => {
    const n = 32;
    const g = grid(n, (c, r) => 1 / (1 + Math.exp(((c - 12.3) ** 2 + (r - 17.1) ** 2 - 60) / 9)));
    const size = 397;
    const inPixels = vertices(contourPath(g, n, size));
    const inCells = vertices(contourPath(g, n, n, 0.5, GRID_CONTOUR_DECIMALS));
    expect(inCells.length).toBe(inPixels.length);
    expect(inCells.length).toBeGreaterThan(20);
    inCells.forEach(([x, y], i) => {
      expect(Math.abs((x * size) / n - inPixels[i]![0])).toBeLessThan(0.15);
      expect(Math.abs((y * size) / n - inPixels[i]![1])).toBeLessThan(0.15);
    });
  });
});

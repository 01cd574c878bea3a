// The 0.5 contour of the decision grid as an SVG path, in pixels of a size × size plot. The worker
// draws it for every frame it sends (in grid cells, which the page scales to its plot), so the
// page does no contour work per frame; the page still draws it for grids of its own (past epochs,
// the views). It lives here because both sides use it: the page reaches it through contract.ts.
import { contours } from 'd3-contour';

/**
 * d3-contour places cell j's value at coordinate j + ½, treats everything outside the grid as
 * below the threshold, and closes every ring along the grid's border. That border is not part of
 * the decision boundary (it would frame the plot), and d3 smooths points on the right and bottom
 * borders with values from the wrong row. So the grid is padded with a copy of its edge cells,
 * and every segment touching the padded border is dropped: what remains is the boundary, running
 * half a cell past the plot's edge (the chart clips it), split wherever a frame piece was cut out.
 */
/** Decimals of a contour in grid cells (a cell is 2–4 px on screen: 0.01 cell is under 0.05 px). */
export const GRID_CONTOUR_DECIMALS = 2;

export function contourPath(
  grid: ArrayLike<number>,
  n: number,
  size: number,
  threshold = 0.5,
  /** Decimals kept (in the units of `size`): short strings, no visible loss. */
  decimals = 1,
): string {
  if (n < 2 || grid.length < n * n) return '';
  const m = n + 2;
  const padded = new Float64Array(m * m);
  for (let r = 0; r < m; r++) {
    const src = Math.min(n - 1, Math.max(0, r - 1)) * n;
    for (let c = 0; c < m; c++)
      padded[r * m + c] = grid[src + Math.min(n - 1, Math.max(0, c - 1))]!;
  }
  // contours() only indexes its input, so a typed array serves as well as number[].
  const shape = contours().size([m, m]).thresholds([threshold])(padded as unknown as number[])[0];
  if (!shape) return '';
  const k = size / n;
  const f = 10 ** decimals;
  const onBorder = (x: number, y: number) => x === 0 || y === 0 || x === m || y === m;
  const parts: string[] = [];
  for (const polygon of shape.coordinates) {
    for (const ring of polygon) {
      let penDown = false;
      for (let i = 1; i < ring.length; i++) {
        const [ax = 0, ay = 0] = ring[i - 1]!;
        const [bx = 0, by = 0] = ring[i]!;
        if (onBorder(ax, ay) || onBorder(bx, by)) {
          penDown = false;
          continue;
        }
        if (!penDown) parts.push(`M${px(ax, k, f)},${px(ay, k, f)}`);
        parts.push(`L${px(bx, k, f)},${px(by, k, f)}`);
        penDown = true;
      }
    }
  }
  return parts.join('');
}

/** Padded coordinate → output units, rounded to 1/f to keep the path string short. */
const px = (c: number, k: number, f: number) => Math.round((c - 1) * k * f) / f;

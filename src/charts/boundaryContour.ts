// The 0.5 contour of the decision grid as an SVG path, in pixels of a size × size plot.
import { contours } from 'd3-contour';

/**
 * d3-contour places cell j's value at coordinate j + ½, treats everything outside the grid as
 * below the threshold, and closes every ring along the grid's border. That border is not part of
 * the decision boundary (it would frame the plot), and d3 smooths points on the right and bottom
 * borders with values from the wrong row. So the grid is padded with a copy of its edge cells,
 * and every segment touching the padded border is dropped: what remains is the boundary, running
 * half a cell past the plot's edge (the chart clips it), split wherever a frame piece was cut out.
 */
export function contourPath(
  grid: ArrayLike<number>,
  n: number,
  size: number,
  threshold = 0.5,
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
        if (!penDown) parts.push(`M${px(ax, k)},${px(ay, k)}`);
        parts.push(`L${px(bx, k)},${px(by, k)}`);
        penDown = true;
      }
    }
  }
  return parts.join('');
}

/** Padded coordinate → pixels, rounded to 0.1 px to keep the path string short. */
const px = (c: number, k: number) => Math.round((c - 1) * k * 10) / 10;

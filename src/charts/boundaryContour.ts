// The 0.5 contour of the decision grid as an SVG path, in pixels of a size × size plot.
import { contours } from 'd3-contour';

/**
 * d3-contour places cell j's value at coordinate j + ½ and closes every ring along the grid's
 * edge. Those edge pieces are not part of the decision boundary (they would frame the plot), so
 * segments lying on the border are skipped and the path is split there.
 */
export function contourPath(
  grid: ArrayLike<number>,
  n: number,
  size: number,
  threshold = 0.5,
): string {
  if (n < 2 || grid.length < n * n) return '';
  // contours() only indexes its input, so a typed array serves as well as number[].
  const shape = contours().size([n, n]).thresholds([threshold])(grid as unknown as number[])[0];
  if (!shape) return '';
  const k = size / n;
  const onEdge = (a: number, b: number) => (a === 0 && b === 0) || (a === n && b === n);
  const parts: string[] = [];
  for (const polygon of shape.coordinates) {
    for (const ring of polygon) {
      let penDown = false;
      for (let i = 1; i < ring.length; i++) {
        const [ax = 0, ay = 0] = ring[i - 1]!;
        const [bx = 0, by = 0] = ring[i]!;
        if (onEdge(ax, bx) || onEdge(ay, by)) {
          penDown = false;
          continue;
        }
        if (!penDown) parts.push(`M${round(ax * k)},${round(ay * k)}`);
        parts.push(`L${round(bx * k)},${round(by * k)}`);
        penDown = true;
      }
    }
  }
  return parts.join('');
}

const round = (v: number) => Math.round(v * 10) / 10;

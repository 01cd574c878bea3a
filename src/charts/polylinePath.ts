// An SVG path through a polyline's pixels, to a tenth of a pixel: what d3-shape's
// line().digits(1) writes for the same points, without a closure call per point and per
// coordinate (the loss curves rebuild three or five such paths per run several times a second).
import type { Polyline } from './labelPlacement';

const round = (v: number) => Math.round(v * 10) / 10;

/**
 * Points whose y is not finite are gaps: the line stops there and starts again after. A lone
 * point closes on itself (`Z`), as d3 writes it, so a round line cap still draws it as a dot.
 */
export function polylinePath({ x, y, length }: Polyline): string {
  let d = '';
  let run = 0;
  for (let i = 0; i < length; i++) {
    const py = y[i]!;
    if (!Number.isFinite(py)) {
      if (run === 1) d += 'Z';
      run = 0;
      continue;
    }
    d += `${run > 0 ? 'L' : 'M'}${round(x[i]!)},${round(py)}`;
    run++;
  }
  if (run === 1) d += 'Z';
  return d;
}

// The histogram's count axis: linear from 0, or logarithmic from ½ so that a bin of one weight
// still shows as a bar, with ticks at powers of ten.
import { scaleLinear, scaleLog } from 'd3-scale';

export interface CountScale {
  (count: number): number;
  range(): number[];
  ticks: number[];
  /** Pixel y of the bars' base. */
  base: number;
}

export function countScale(maxCount: number, height: number, log: boolean): CountScale {
  const top = Math.max(1, maxCount);
  if (log) {
    const upper = 10 ** Math.ceil(Math.log10(top * 1.05));
    const s = scaleLog()
      .domain([0.5, Math.max(10, upper)])
      .range([height, 0])
      .clamp(true);
    const ticks = s.ticks().filter((t) => t >= 1 && Number.isInteger(Math.log10(t)));
    const f = Object.assign((c: number) => (c > 0 ? s(c) : height), {
      range: () => s.range(),
      ticks,
      base: height,
    });
    return f;
  }
  const s = scaleLinear().domain([0, top]).nice().range([height, 0]);
  const ticks = s.ticks(Math.max(2, Math.round(height / 40))).filter(Number.isInteger);
  return Object.assign((c: number) => s(c), { range: () => s.range(), ticks, base: height });
}

/** The outline of a histogram as one step path (for the initial distribution). */
export function stepOutline(
  edges: readonly number[],
  counts: readonly number[],
  x: (v: number) => number,
  y: CountScale,
): string {
  if (edges.length < 2) return '';
  let d = `M${x(edges[0]!)},${y.base}`;
  counts.forEach((c, i) => {
    d += `V${y(c)}H${x(edges[i + 1]!)}`;
  });
  return `${d}V${y.base}`;
}

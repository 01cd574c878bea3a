// Where a chart's labels go: the first of each label's candidate spots that stays inside the plot
// and clear of the drawn curves and of the labels already placed. A label with no clear spot is
// left out (its mark stays, and the legend under the chart names it), never drawn over a curve.

/** A polyline in pixel coordinates, x ascending (a decimated curve). */
export interface Polyline {
  x: ArrayLike<number>;
  y: ArrayLike<number>;
  length: number;
}

export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export interface Spot {
  /** Where the text starts (anchor 'start') or ends ('end'). */
  x: number;
  /** The top of the text's box. */
  top: number;
  anchor: 'start' | 'end';
}

export interface LabelRequest {
  width: number;
  height: number;
  spots: Spot[];
}

/** Room kept between a label and a curve (the curves are 2 px wide). */
const CLEARANCE = 2;

function boxOf(spot: Spot, width: number, height: number): Box {
  const x0 = spot.anchor === 'start' ? spot.x : spot.x - width;
  return { x0, y0: spot.top, x1: x0 + width, y1: spot.top + height };
}

/** The first index whose x is at least `x` (x ascending). */
function lowerBound(xs: ArrayLike<number>, length: number, x: number): number {
  let a = 0;
  let b = length;
  while (a < b) {
    const m = (a + b) >> 1;
    if (xs[m]! < x) a = m + 1;
    else b = m;
  }
  return a;
}

/** Does any segment of the polyline pass through the box? Exact for straight segments. */
export function crosses(box: Box, line: Polyline): boolean {
  const { x, y, length } = line;
  if (length === 0) return false;
  const from = Math.max(0, lowerBound(x, length, box.x0) - 1);
  for (let i = from; i < length; i++) {
    const xa = x[i]!;
    if (xa > box.x1) break;
    const ya = y[i]!;
    if (!Number.isFinite(ya)) continue;
    if (length === 1 || i === length - 1) {
      if (xa >= box.x0 && ya >= box.y0 && ya <= box.y1) return true;
      continue;
    }
    const xb = x[i + 1]!;
    const yb = y[i + 1]!;
    if (!Number.isFinite(yb) || xb < box.x0) continue;
    // The segment's y where it enters and leaves the box's columns; between them it is straight.
    const at = (px: number) => (xb === xa ? ya : ya + ((yb - ya) * (px - xa)) / (xb - xa));
    const ya2 = at(Math.max(xa, box.x0));
    const yb2 = at(Math.min(xb, box.x1));
    if (Math.max(ya2, yb2) >= box.y0 && Math.min(ya2, yb2) <= box.y1) return true;
  }
  return false;
}

const overlaps = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

/** Places the labels in order (earlier ones have first pick); null where none of its spots fit. */
export function placeLabels(
  requests: readonly LabelRequest[],
  curves: readonly Polyline[],
  plot: { width: number; height: number },
): (Spot | null)[] {
  const taken: Box[] = [];
  return requests.map(({ width, height, spots }) => {
    for (const spot of spots) {
      const box = boxOf(spot, width, height);
      if (box.x0 < 0 || box.y0 < 0 || box.x1 > plot.width || box.y1 > plot.height) continue;
      const padded = {
        x0: box.x0 - CLEARANCE,
        y0: box.y0 - CLEARANCE,
        x1: box.x1 + CLEARANCE,
        y1: box.y1 + CLEARANCE,
      };
      if (curves.some((c) => crosses(padded, c)) || taken.some((b) => overlaps(b, box))) {
        continue;
      }
      taken.push(box);
      return spot;
    }
    return null;
  });
}

/** Rows from the top down (or the bottom up), each a label's height apart. */
function rows(plotHeight: number, rowHeight: number, fromBottom: boolean): number[] {
  const tops: number[] = [];
  for (let k = 0; 2 + (k + 1) * rowHeight <= plotHeight - 2; k++) {
    tops.push(fromBottom ? plotHeight - 2 - (k + 1) * rowHeight : 2 + k * rowHeight);
  }
  return tops;
}

/** Spots beside a vertical line at x: right of it, then left, row by row. */
export function besideLine(x: number, plotHeight: number, rowHeight: number): Spot[] {
  return rows(plotHeight, rowHeight, false).flatMap((top): Spot[] => [
    { x: x + 4, top, anchor: 'start' },
    { x: x - 4, top, anchor: 'end' },
  ]);
}

/**
 * Spots inside a band [x0, x1] for a label `width` wide: at its right edge, then its left, row by
 * row; none when the band is narrower than the label.
 */
export function insideBand(
  x0: number,
  x1: number,
  width: number,
  plotHeight: number,
  rowHeight: number,
  fromBottom = false,
): Spot[] {
  if (x1 - x0 < width + 8) return [];
  return rows(plotHeight, rowHeight, fromBottom).flatMap((top): Spot[] => [
    { x: x1 - 4, top, anchor: 'end' },
    { x: x0 + 4, top, anchor: 'start' },
  ]);
}

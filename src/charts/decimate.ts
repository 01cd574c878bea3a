// Min/max decimation for long histories: a curve of 10⁶ epochs drawn on 600 pixel columns keeps,
// per column, the lowest and highest value in the order they occurred. Every spike and dip that
// would colour a pixel survives, and the path never has more than 2 points per column.

export interface XY {
  x: Float64Array;
  y: Float64Array;
  length: number;
}

/**
 * Decimates rows [0, count) of (xs, ys) to at most 2 points per column. NaN rows (epochs where
 * the split was not evaluated) are dropped, so a sparsely measured curve still joins up.
 */
export function decimateMinMax(
  xs: ArrayLike<number>,
  ys: ArrayLike<number>,
  count: number,
  columns: number,
): XY {
  const cols = Math.max(1, Math.floor(columns));
  const n = Math.min(count, xs.length, ys.length);
  const cap = Math.min(n, 2 * cols);
  const x = new Float64Array(cap);
  const y = new Float64Array(cap);
  let length = 0;
  const push = (i: number) => {
    x[length] = xs[i]!;
    y[length] = ys[i]!;
    length++;
  };
  if (n <= 2 * cols) {
    for (let i = 0; i < n; i++) if (!Number.isNaN(ys[i]!)) push(i);
    return { x, y, length };
  }
  for (let c = 0; c < cols; c++) {
    const start = Math.floor((c * n) / cols);
    const end = Math.floor(((c + 1) * n) / cols);
    let lo = -1;
    let hi = -1;
    for (let i = start; i < end; i++) {
      const v = ys[i]!;
      if (Number.isNaN(v)) continue;
      if (lo < 0 || v < ys[lo]!) lo = i;
      if (hi < 0 || v > ys[hi]!) hi = i;
    }
    if (lo < 0) continue;
    if (lo === hi) push(lo);
    else if (lo < hi) {
      push(lo);
      push(hi);
    } else {
      push(hi);
      push(lo);
    }
  }
  return { x, y, length };
}

/** Rows to draw: all of them, or a multiple of a stride when the history dwarfs the width, so a
 * million-epoch curve is rebuilt every few hundred epochs instead of every frame. */
export function drawnRows(length: number, columns: number): number {
  const stride = length > 8 * columns ? Math.floor(length / (4 * columns)) : 1;
  return length - (length % stride);
}

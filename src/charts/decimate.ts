// Long histories on a plot a few hundred pixels wide: the min/max decimation itself is
// bucketDecimation.ts; this says how often a huge curve needs rebuilding.

/** Rows to draw: all of them, or a multiple of a stride when the history dwarfs the width, so a
 * million-epoch curve is rebuilt every few hundred epochs instead of every frame. */
export function drawnRows(length: number, columns: number): number {
  const stride = length > 8 * columns ? Math.floor(length / (4 * columns)) : 1;
  return length - (length % stride);
}

// Colour tables for the views' maps: 256 RGBA entries for values 0…1, and a grid painted through
// one. The probability table repeats the boundary map's (src/charts/heatmap.ts: orange → near-white
// → blue, the class colours mixed 40 % toward white) without importing it, which would reach
// d3-scale from a view chunk (see scales.ts).
import { CLASS0, CLASS1, MIDDLE } from '../charts/palette';

const rgbOf = (hex: string) => {
  const n = parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
};
const tint = (rgb: number[], amount: number) => rgb.map((c) => c + (255 - c) * amount);

/** A table through colour stops spaced evenly over 0…1. */
function table(stops: number[][]): Uint8ClampedArray {
  const lut = new Uint8ClampedArray(4 * 256);
  const segments = stops.length - 1;
  for (let i = 0; i < 256; i++) {
    const f = (i / 255) * segments;
    const s = Math.min(segments - 1, Math.floor(f));
    const u = f - s;
    for (let k = 0; k < 3; k++)
      lut[4 * i + k] = stops[s]![k]! + (stops[s + 1]![k]! - stops[s]![k]!) * u;
    lut[4 * i + 3] = 255;
  }
  return lut;
}

/** P(class 1) as the boundary map colours it. */
export const PROBABILITY_LUT = table([
  tint(rgbOf(CLASS0), 0.4),
  rgbOf(MIDDLE),
  tint(rgbOf(CLASS1), 0.4),
]);

/** White to one hue: uncertainty, counts. */
export const sequentialLut = (hex: string) => table([[255, 255, 255], rgbOf(hex)]);

/** The grid's colours into `out` (an ImageData's bytes); a non-finite value shows as the midpoint. */
export function paintGrid(
  grid: ArrayLike<number>,
  lut: Uint8ClampedArray,
  scale: number,
  out: Uint8ClampedArray,
): void {
  for (let i = 0; i < grid.length; i++) {
    const v = grid[i]! / scale;
    const k = 4 * (Number.isFinite(v) ? Math.round(Math.min(1, Math.max(0, v)) * 255) : 128);
    out.set(lut.subarray(k, k + 4), 4 * i);
  }
}

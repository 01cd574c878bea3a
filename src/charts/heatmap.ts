// P(class 1) → colour, as a 256-entry lookup table: a frame's grid becomes RGBA bytes with one
// table read per cell, no colour parsing or interpolation in the per-frame loop.
import { scaleLinear } from 'd3-scale';
import { CLASS0, CLASS1, MIDDLE } from './palette';

const LUT_SIZE = 256;

function rgbOf(hex: string): number[] {
  const n = parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

/** Mixes a colour toward white: the points use the full class colours and must stand out. */
function tint(rgb: number[], amount: number): number[] {
  return rgb.map((c) => c + (255 - c) * amount);
}

const HEAT_TINT = 0.4;

/** Orange (P = 0) → near-white (P = ½) → blue (P = 1); arrays interpolate channel by channel. */
export const probabilityRgb = scaleLinear<number[]>()
  .domain([0, 0.5, 1])
  .range([tint(rgbOf(CLASS0), HEAT_TINT), rgbOf(MIDDLE), tint(rgbOf(CLASS1), HEAT_TINT)])
  .clamp(true);

export function probabilityCss(p: number): string {
  const [r = 0, g = 0, b = 0] = probabilityRgb(p);
  return `rgb(${Math.round(r)},${Math.round(g)},${Math.round(b)})`;
}

/** RGBA bytes for P = i/255, i = 0…255. */
export function buildHeatLut(): Uint8ClampedArray {
  const lut = new Uint8ClampedArray(4 * LUT_SIZE);
  for (let i = 0; i < LUT_SIZE; i++) {
    const [r = 0, g = 0, b = 0] = probabilityRgb(i / (LUT_SIZE - 1));
    lut.set([r, g, b, 255], 4 * i);
  }
  return lut;
}

/**
 * Writes the grid's colours into `out` (an ImageData's bytes: row 0 at the top, like the grid).
 * A non-finite probability, which a healthy run never sends, shows as the neutral midpoint.
 */
export function gridToRgba(
  grid: ArrayLike<number>,
  lut: Uint8ClampedArray,
  out = new Uint8ClampedArray(4 * grid.length),
): Uint8ClampedArray {
  for (let i = 0; i < grid.length; i++) {
    const p = grid[i]!;
    const k = Number.isFinite(p) ? Math.round(Math.min(1, Math.max(0, p)) * (LUT_SIZE - 1)) : 128;
    const o = 4 * i;
    const l = 4 * k;
    out[o] = lut[l]!;
    out[o + 1] = lut[l + 1]!;
    out[o + 2] = lut[l + 2]!;
    out[o + 3] = lut[l + 3]!;
  }
  return out;
}

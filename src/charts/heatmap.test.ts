import { describe, expect, it } from 'vitest';
import { buildHeatLut, gridToRgba, probabilityRgb } from './heatmap';

describe('heat map colours', () => {
  const lut = buildHeatLut();

  it('runs orange → near-white → blue, opaque', () => {
    const rgba = gridToRgba(Float32Array.from([0, 0.5, 1]), lut);
    expect(rgba).toHaveLength(12);
    const [r0, g0, b0, a0] = rgba.subarray(0, 4);
    const [r1, g1, b1] = rgba.subarray(4, 8);
    const [r2, , b2] = rgba.subarray(8, 12);
    expect(a0).toBe(255);
    expect(r0!).toBeGreaterThan(b0!); // orange: red over blue
    expect(b2!).toBeGreaterThan(r2!); // blue
    expect(Math.min(r1!, g1!, b1!)).toBeGreaterThan(235); // near-white at P = ½
    expect(g0!).toBeGreaterThan(0);
  });

  it('follows the colour scale at every LUT entry and clamps out-of-range input', () => {
    const grid = Float32Array.from([0.25, -1, 2]);
    const rgba = gridToRgba(grid, lut);
    const expected = probabilityRgb(Math.round(0.25 * 255) / 255).map(Math.round);
    expect([...rgba.subarray(0, 3)]).toEqual(expected.map((v) => Math.min(255, v)));
    expect([...rgba.subarray(4, 8)]).toEqual([...lut.subarray(0, 4)]);
    expect([...rgba.subarray(8, 12)]).toEqual([...lut.subarray(1020, 1024)]);
  });

  it('shows a non-finite probability as the neutral midpoint instead of failing', () => {
    const rgba = gridToRgba(Float32Array.from([NaN]), lut);
    expect([...rgba]).toEqual([...lut.subarray(512, 516)]);
  });

  it('writes into a given buffer (an ImageData) row-major, as the grid is laid out', () => {
    const out = new Uint8ClampedArray(16);
    gridToRgba(Float32Array.from([1, 0, 0, 1]), lut, out);
    expect(out[2]).toBe(out[14]);
    expect(out[6]).toBe(out[10]);
    expect(out[2]).not.toBe(out[6]);
  });
});

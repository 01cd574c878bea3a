import { line } from 'd3-shape';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { polylinePath } from './polylinePath';

describe('polylinePath', () => {
  it("writes what d3-shape's line().digits(1) writes, gaps included", () => {
    const coordinate = fc.oneof(
      { weight: 8, arbitrary: fc.double({ min: -2000, max: 2000, noNaN: true }) },
      { weight: 1, arbitrary: fc.constantFrom(NaN, Infinity, -0, 0.05, -0.05, 0.25) },
    );
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.double({ min: -2000, max: 2000, noNaN: true }), coordinate), {
          maxLength: 60,
        }),
        (pts) => {
          const x = Float64Array.from(pts, (p) => p[0]);
          const y = Float64Array.from(pts, (p) => p[1]);
          const d3 = line<number>()
            .x((i) => x[i]!)
            .y((i) => y[i]!)
            .defined((i) => Number.isFinite(y[i]!))
            .digits(1);
          const expected = d3(Array.from({ length: pts.length }, (_, i) => i)) ?? '';
          expect(polylinePath({ x, y, length: pts.length })).toBe(expected);
        },
      ),
    );
  });
});

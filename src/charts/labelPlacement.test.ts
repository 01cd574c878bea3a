import { describe, expect, it } from 'vitest';
import type { Polyline } from './labelPlacement';
import { besideLine, crosses, insideBand, placeLabels } from './labelPlacement';

const line = (pts: [number, number][]): Polyline => ({
  x: Float64Array.from(pts.map((p) => p[0])),
  y: Float64Array.from(pts.map((p) => p[1])),
  length: pts.length,
});

describe('label placement', () => {
  it('sees a segment pass through a box even with both its ends outside', () => {
    const box = { x0: 40, y0: 40, x1: 60, y1: 50 };
    expect(
      crosses(
        box,
        line([
          [0, 0],
          [100, 90],
        ]),
      ),
    ).toBe(true);
    expect(
      crosses(
        box,
        line([
          [0, 0],
          [100, 20],
        ]),
      ),
    ).toBe(false);
    expect(
      crosses(
        box,
        line([
          [0, 100],
          [30, 45],
          [35, 45],
        ]),
      ),
    ).toBe(false);
    expect(crosses(box, line([[50, 45]]))).toBe(true);
  });

  it('moves a label down, off a curve across the top of the plot', () => {
    const curve = line([
      [0, 6],
      [200, 6],
    ]);
    const [spot] = placeLabels(
      [{ width: 80, height: 13, spots: besideLine(50, 200, 14) }],
      [curve],
      { width: 200, height: 200 },
    );
    expect(spot).toEqual({ x: 54, top: 16, anchor: 'start' });
  });

  it('puts a label left of its line when the right side runs out of plot', () => {
    const [spot] = placeLabels([{ width: 80, height: 13, spots: besideLine(180, 100, 14) }], [], {
      width: 200,
      height: 100,
    });
    expect(spot).toEqual({ x: 176, top: 2, anchor: 'end' });
  });

  it('never overlaps an earlier label, and leaves out a label with no clear spot', () => {
    const plot = { width: 100, height: 32 };
    const spots = besideLine(10, 32, 14);
    const placed = placeLabels(
      [
        { width: 80, height: 13, spots },
        { width: 80, height: 13, spots },
        { width: 80, height: 13, spots },
      ],
      [],
      plot,
    );
    expect(placed[0]!.top).toBe(2);
    expect(placed[1]!.top).toBe(16);
    expect(placed[2]).toBeNull();
  });

  it('keeps a band label inside its band, from the bottom when asked', () => {
    expect(insideBand(0, 50, 60, 100, 14)).toEqual([]);
    const [first] = insideBand(0, 100, 60, 100, 14, true);
    expect(first).toEqual({ x: 96, top: 100 - 2 - 14, anchor: 'end' });
  });
});

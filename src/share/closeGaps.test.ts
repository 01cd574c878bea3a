import { describe, expect, it } from 'vitest';
import { CLOSED_GAP, closeGaps } from './closeGaps';
import type { Box, Layer } from './svgExport';

const style = { getPropertyValue: () => '' };
const text = (s: string, x: number, y: number, height = 20, width = 200): Layer => ({
  kind: 'text',
  text: s,
  box: { x, y, width, height },
  style,
});
const tops = (layers: readonly Layer[]) =>
  Object.fromEntries(layers.map((l) => [l.kind === 'text' ? l.text : l.kind, l.box.y]));

describe('closeGaps', () => {
  // A chart as the lab shows it: the title, a row of controls (left out of the picture), the plot.
  const boundary: Box = { x: 0, y: 0, width: 500, height: 700 };
  const chart = [
    text('title', 0, 0),
    text('plot', 0, 140, 500, 500),
    text('readout', 10, 650),
    text('legend', 10, 680),
  ];

  it('closes the room the controls left under a chart’s title, and only that', () => {
    const closed = closeGaps(chart, [boundary]);
    // The plot now starts CLOSED_GAP under the title; the readout keeps its 10 px from the plot.
    expect(tops(closed)).toEqual({
      title: 0,
      plot: 20 + CLOSED_GAP,
      readout: 650 - 108,
      legend: 680 - 108,
    });
  });

  it('keeps the page’s own spacing (24 px and less) and overlapping layers as they are', () => {
    const tight = [text('a', 0, 0), text('b', 0, 44), text('c', 0, 60, 100), text('d', 0, 100)];
    expect(closeGaps(tight, [boundary])).toEqual(tight);
  });

  it('moves what lies below a shrunk chart in its column up by as much, not the next column', () => {
    const network: Box = { x: 0, y: 760, width: 500, height: 300 };
    const loss: Box = { x: 600, y: 400, width: 500, height: 300 };
    const layers = [
      ...chart,
      text('network title', 0, 760),
      text('network', 0, 790, 270),
      text('loss title', 600, 400),
      text('loss', 600, 430, 270),
      // Outside every chart, under the boundary's column: moves with the column.
      text('note', 0, 1100),
    ];
    const closed = tops(closeGaps(layers, [boundary, network, loss]));
    expect(closed['network title']).toBe(760 - 108);
    expect(closed.network).toBe(790 - 108);
    expect(closed['loss title']).toBe(400);
    expect(closed.loss).toBe(430);
    expect(closed.note).toBe(1100 - 108);
  });

  it('moves page boxes (DOMRect-like: fields are getters) with all their fields', () => {
    class Rect {
      constructor(private readonly r: Box) {}
      get x() {
        return this.r.x;
      }
      get y() {
        return this.r.y;
      }
      get width() {
        return this.r.width;
      }
      get height() {
        return this.r.height;
      }
    }
    const plot: Layer = {
      ...text('plot', 0, 0),
      box: new Rect({ x: 5, y: 140, width: 500, height: 500 }),
    };
    const [, moved] = closeGaps([text('title', 0, 0), plot], [boundary]);
    expect({ ...moved!.box }).toEqual({ x: 5, y: 20 + CLOSED_GAP, width: 500, height: 500 });
  });

  it('leaves a picture with no chart blocks untouched', () => {
    expect(closeGaps(chart, [])).toEqual(chart);
  });
});

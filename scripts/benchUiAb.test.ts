import { describe, expect, it } from 'vitest';
import { loadOrder, pairedRatios, pairedSpread } from './benchUiAb';

describe('loadOrder', () => {
  it('runs one build its loads in a row', () => {
    expect(loadOrder(3, 1)).toEqual([0, 0, 0]);
  });

  it('alternates two builds, so pair k is loads 2k and 2k + 1, each build first every other pair', () => {
    expect(loadOrder(3, 2)).toEqual([0, 1, 1, 0, 0, 1]);
  });
});

describe('pairedRatios', () => {
  it('divides each B load by the A load it ran beside, not by the other loads', () => {
    // A drifts down (a busier machine); B is 10 % faster than its neighbour each time.
    expect(pairedRatios([60, 40, 20], [66, 44, 22])).toEqual([
      expect.closeTo(1.1, 12),
      expect.closeTo(1.1, 12),
      expect.closeTo(1.1, 12),
    ]);
  });

  it('drops a pair whose A is zero', () => {
    expect(pairedRatios([0, 50], [30, 25])).toEqual([0.5]);
  });

  it('refuses unequal counts', () => {
    expect(() => pairedRatios([1, 2], [1])).toThrow(/as many A loads as B loads/);
  });
});

describe('pairedSpread', () => {
  it('gives the median and the range of the ratios of one figure', () => {
    const a = [{ fps: 50 }, { fps: 40 }, { fps: 20 }];
    const b = [{ fps: 55 }, { fps: 40 }, { fps: 30 }];
    expect(pairedSpread(a, b, (x) => x.fps)).toEqual({ median: 1.1, min: 1, max: 1.5, n: 3 });
  });
});

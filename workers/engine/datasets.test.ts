import { describe, expect, it } from 'vitest';
import type { DataConfig, Point } from './config';
import { DATASETS, DOMAIN, defaultConfig } from './config';
import { generatePoints, splitPoints } from './datasets';
import { Rng } from './rng';

const GENERATED = DATASETS.filter((d) => d !== 'custom');

function data(overrides: Partial<DataConfig>): DataConfig {
  return { ...defaultConfig().data, ...overrides };
}

function inDomain(p: Point): boolean {
  return p[0] >= DOMAIN[0] && p[0] <= DOMAIN[1] && p[1] >= DOMAIN[0] && p[1] <= DOMAIN[1];
}

describe('generatePoints', () => {
  it.each(GENERATED)('%s gives `samples` labelled points within [-6, 6]²', (dataset) => {
    for (const noise of [0, 0.3, 3]) {
      const pts = generatePoints(data({ dataset, samples: 301, noise }), new Rng(1));
      expect(pts).toHaveLength(301);
      expect(pts.every(inDomain)).toBe(true);
      expect(pts.every((p) => p[2] === 0 || p[2] === 1)).toBe(true);
    }
  });

  // The class generators split n in halves, except xor whose label is the quadrant of a uniform
  // point: Binomial(400, ½), SD 10, so ±50 is 5 SD.
  it.each(GENERATED)('%s has both classes roughly balanced', (dataset) => {
    const pts = generatePoints(data({ dataset, samples: 400, noise: 0.3 }), new Rng(2));
    const ones = pts.filter((p) => p[2] === 1).length;
    expect(Math.abs(ones - 200)).toBeLessThanOrEqual(dataset === 'xor' ? 50 : 1);
  });

  // The gaussian blobs are unbounded normal draws (2 + N(0, 1) exceeds 6 once in ~30 000 draws),
  // so the domain must be enforced even without input noise: these seeds each have a blob point
  // past the edge before clamping (5000 samples and noise 0 are both valid configs).
  it('gaussian blobs stay in the domain without input noise, even with 5000 samples', () => {
    for (const seed of [3, 8, 10]) {
      const pts = generatePoints(
        data({ dataset: 'gaussian', samples: 5000, noise: 0 }),
        new Rng(seed),
      );
      expect(pts.filter((p) => !inDomain(p))).toEqual([]);
    }
  });

  it('is deterministic for a seed and differs between seeds', () => {
    const d = data({ dataset: 'moons', samples: 100 });
    expect(generatePoints(d, new Rng(5))).toEqual(generatePoints(d, new Rng(5)));
    expect(generatePoints(d, new Rng(5))).not.toEqual(generatePoints(d, new Rng(6)));
  });

  it.each(GENERATED)(
    '%s: label noise flips exactly round(fraction·n) labels, nothing else',
    (dataset) => {
      const n = 203;
      const clean = generatePoints(data({ dataset, samples: n, labelNoise: 0 }), new Rng(4));
      const noisy = generatePoints(data({ dataset, samples: n, labelNoise: 0.2 }), new Rng(4));
      expect(noisy.map((p) => [p[0], p[1]])).toEqual(clean.map((p) => [p[0], p[1]]));
      const flipped = noisy.filter((p, i) => p[2] !== clean[i]![2]).length;
      expect(flipped).toBe(Math.round(0.2 * n)); // 41
      expect(noisy.every((p, i) => p[2] === clean[i]![2] || p[2] === 1 - clean[i]![2])).toBe(true);
    },
  );

  it('label noise 0.5 flips half of the labels, not a random number of them', () => {
    const clean = generatePoints(data({ dataset: 'circle', samples: 101 }), new Rng(8));
    const noisy = generatePoints(
      data({ dataset: 'circle', samples: 101, labelNoise: 0.5 }),
      new Rng(8),
    );
    expect(noisy.filter((p, i) => p[2] !== clean[i]![2]).length).toBe(51); // round(50.5)
  });

  it('uses custom points as given (copied, never generated or moved)', () => {
    const points: Point[] = [
      [0.5, -1.25, 1],
      [3, 4, 0],
      [-5.5, 2, 1],
    ];
    const pts = generatePoints(
      data({ dataset: 'custom', samples: 400, noise: 1, points }),
      new Rng(1),
    );
    expect(pts).toEqual(points);
    expect(pts[0]).not.toBe(points[0]);
    pts[0]![0] = 99;
    expect(points[0]![0]).toBe(0.5);
  });

  it('custom data without points is empty', () => {
    expect(generatePoints(data({ dataset: 'custom' }), new Rng(1))).toEqual([]);
  });
});

describe('splitPoints', () => {
  const pts = generatePoints(data({ dataset: 'xor', samples: 250 }), new Rng(9));

  it('cuts the sizes by the fractions: round(train·n), round(val·n), the rest to test', () => {
    const s = splitPoints(pts, { train: 0.6, val: 0.3, test: 0.1 }, new Rng(1));
    expect([s.train.length, s.val.length, s.test.length]).toEqual([150, 75, 25]);
    const t = splitPoints(pts, { train: 0.5, val: 0.25, test: 0.25 }, new Rng(1));
    expect([t.train.length, t.val.length, t.test.length]).toEqual([125, 63, 62]);
  });

  it('the three splits partition the points', () => {
    const s = splitPoints(pts, { train: 0.6, val: 0.2, test: 0.2 }, new Rng(2));
    const all = [...s.train, ...s.val, ...s.test];
    expect(all).toHaveLength(pts.length);
    expect(new Set(all).size).toBe(pts.length);
    expect(all.every((p) => pts.includes(p))).toBe(true);
  });

  it('shuffles before cutting, deterministically for the seed', () => {
    const a = splitPoints(pts, { train: 0.6, val: 0.2, test: 0.2 }, new Rng(3));
    const b = splitPoints(pts, { train: 0.6, val: 0.2, test: 0.2 }, new Rng(3));
    const c = splitPoints(pts, { train: 0.6, val: 0.2, test: 0.2 }, new Rng(4));
    expect(a).toEqual(b);
    expect(a.train).not.toEqual(c.train);
    expect(a.train).not.toEqual(pts.slice(0, 150));
  });

  it('keeps at least one training point and allows empty validation and test splits', () => {
    const few = pts.slice(0, 3);
    const s = splitPoints(few, { train: 0.1, val: 0.9, test: 0 }, new Rng(1));
    expect([s.train.length, s.val.length, s.test.length]).toEqual([1, 2, 0]);
    const t = splitPoints(pts, { train: 1, val: 0, test: 0 }, new Rng(1));
    expect([t.train.length, t.val.length, t.test.length]).toEqual([250, 0, 0]);
  });
});

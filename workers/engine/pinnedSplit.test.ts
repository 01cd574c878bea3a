// Custom points that name their split ([x1, x2, label, split]): they keep it, and adding or
// removing one moves no other point; configs without such rows split exactly as before.
import { describe, expect, it } from 'vitest';
import type { ConfigV1, CustomPoint, Point } from './config';
import { defaultConfig } from './config';
import { pinnedSplits, splitPoints } from './datasets';
import { Rng } from './rng';
import { Trainer } from './trainer';
import { ConfigError, validateConfig } from './validateConfig';

/** The shuffle and cut as it was before rows could name a split. */
function plainSplit(pts: Point[], split: ConfigV1['data']['split'], rng: Rng) {
  const order = Int32Array.from(pts.keys());
  rng.shuffle(order);
  const n = pts.length;
  const nTrain = Math.max(1, Math.round(split.train * n));
  const nVal = Math.min(n - nTrain, Math.round(split.val * n));
  const pick = (a: number, b: number) => Array.from(order.subarray(a, b), (i) => pts[i]!);
  return { train: pick(0, nTrain), val: pick(nTrain, nTrain + nVal), test: pick(nTrain + nVal, n) };
}

const ROWS: Point[] = Array.from({ length: 40 }, (_, i) => [
  ((i * 7) % 23) / 2 - 5.5,
  ((i * 5) % 19) / 2 - 4.5,
  i % 2,
]);

function custom(points: CustomPoint[]): ConfigV1 {
  const c = defaultConfig();
  c.data.dataset = 'custom';
  c.data.points = points;
  c.model.hidden = [4];
  return validateConfig(c).config;
}

const splitsOf = (c: ConfigV1) => new Trainer(c).points;
const without = (pts: Point[], p: Point) => pts.filter((q) => q !== p && q.join() !== p.join());

describe('custom points that name their split', () => {
  it('splits rows without a split exactly as before', () => {
    const split = { train: 0.6, val: 0.2, test: 0.2 };
    for (const seed of [1, 2, 3]) {
      expect(splitPoints(ROWS, split, new Rng(seed))).toEqual(
        plainSplit(ROWS, split, new Rng(seed)),
      );
    }
    expect(pinnedSplits(custom(ROWS).data)).toBeUndefined();
  });

  it('puts a named point in its split and moves no other point', () => {
    const before = splitsOf(custom(ROWS));
    for (const split of ['train', 'val', 'test'] as const) {
      const added: Point = [5.5, -5.5, 1];
      const after = splitsOf(custom([...ROWS, [...added, split]]));
      expect(after[split]).toContainEqual(added);
      for (const s of ['train', 'val', 'test'] as const) {
        expect(without(after[s], added), `${split}: ${s}`).toEqual(before[s]);
      }
    }
  });

  it('keeps every split when a named point is removed again', () => {
    const pinned: CustomPoint[] = ROWS.map((p, i) => [...p, i % 3 ? 'train' : 'val']);
    const before = splitsOf(custom(pinned));
    expect(before.val).toHaveLength(14);
    const removed = pinned[6]!;
    const after = splitsOf(custom(pinned.filter((p) => p !== removed)));
    expect(after.train).toEqual(before.train);
    expect(after.val).toEqual(before.val.filter((p) => p.join() !== removed.slice(0, 3).join()));
  });

  it('follows a named split even where data.split gives it no share', () => {
    const c = custom([...ROWS, [0, 0, 1, 'test']]);
    c.data.split = { train: 0.8, val: 0.2, test: 0 };
    const { test } = splitsOf(validateConfig(c).config);
    expect(test).toEqual([[0, 0, 1]]);
  });

  it('trains bit for bit the same from the same config', () => {
    const pinned: CustomPoint[] = ROWS.map((p, i) => (i % 4 ? p : [...p, 'val']));
    const a = new Trainer(custom(pinned));
    const b = new Trainer(custom(pinned));
    a.step(30);
    b.step(30);
    expect(b.history).toEqual(a.history);
    expect(b.params).toEqual(a.params);
  });

  it('is read and checked by validation like the other rows', () => {
    const ok = custom([...ROWS.slice(0, 4), [1, 1, 0, 'test']]);
    expect(ok.data.points![4]).toEqual([1, 1, 0, 'test']);
    const fail = (points: unknown[]) => {
      try {
        validateConfig({ data: { dataset: 'custom', points } });
      } catch (e) {
        if (e instanceof ConfigError) return e.message;
      }
      return 'accepted';
    };
    expect(fail([...ROWS.slice(0, 4), [1, 1, 0, 'holdout']])).toBe(
      'data.points[4]: the split must be "train", "val" or "test" (got "holdout").',
    );
    expect(fail([...ROWS.slice(0, 4), [1, 1, 0, 'val', 2]])).toMatch(
      /^data\.points\[4\] must be a row \[x1, x2, label\] or \[x1, x2, label, split\]/,
    );
    expect(fail(ROWS.slice(0, 6).map((p) => [...p, 'val']))).toBe(
      'data.points must leave at least one point for training: every row names the split "val" or "test".',
    );
  });
});

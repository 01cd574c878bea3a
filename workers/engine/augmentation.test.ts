// `trainer.augmented` lists the epoch's augmented points in batch order (the shuffled order), not
// in the order of the raw training points, so geometric checks compare sorted invariants: each
// transform keeps some quantity of every point (radius, |x1|, angle), hence the sorted list of
// that quantity over the augmented points equals the one over the raw points.
import { describe, expect, it } from 'vitest';
import type { AugmentationConfig, ConfigV1, Point } from './config';
import { defaultConfig } from './config';
import { labelSafety } from './labelSafety';
import { Trainer } from './trainer';
import { exportedModelLoss } from './exportedModelLoss';

const NONE: AugmentationConfig = { jitter: 0, rotate: 0, flip: 'none', scale: 0, mixup: 0 };
const EVERYTHING: AugmentationConfig = {
  jitter: 0.3,
  rotate: 30,
  flip: 'both',
  scale: 0.2,
  mixup: 0.4,
};

function config(aug: Partial<AugmentationConfig>, batchSize = 8): ConfigV1 {
  const c = defaultConfig();
  c.seed = 6;
  c.epochs = 20;
  c.data = { ...c.data, dataset: 'xor', samples: 80, noise: 0.2 };
  c.model = { ...c.model, hidden: [6], activation: 'tanh' };
  c.optimizer = { kind: 'adam', learningRate: 0.02, batchSize };
  c.augmentation = { ...NONE, ...aug };
  return c;
}

/** The augmented points of the last epoch as [x1, x2, label] triples. */
function augmented(t: Trainer): Point[] {
  const a = t.augmented;
  return Array.from({ length: t.augmentedCount }, (_, i) => [
    a[3 * i]!,
    a[3 * i + 1]!,
    a[3 * i + 2]!,
  ]);
}

function sortedBy(points: Point[], f: (p: Point) => number): number[] {
  return points.map(f).sort((a, b) => a - b);
}

function expectSameSorted(a: number[], b: number[], tol: number): void {
  expect(a).toHaveLength(b.length);
  a.forEach((x, i) => expect(Math.abs(x - b[i]!)).toBeLessThan(tol));
}

describe('augmentation never touches validation or test data', () => {
  it('the val/test points and tensors are unchanged after training with every augmentation on', () => {
    const t = new Trainer(config(EVERYTHING));
    const snapshot = structuredClone({
      points: t.points,
      val: t.val,
      test: t.test,
      train: t.train,
    });
    t.step(5);
    expect(t.augmentedCount).toBe(t.train.n);
    expect({ points: t.points, val: t.val, test: t.test, train: t.train }).toEqual(snapshot);
  });

  it('epoch 0 losses are identical with and without augmentation', () => {
    const a = new Trainer(config(EVERYTHING)).history[0]!;
    const b = new Trainer(config(NONE)).history[0]!;
    expect(a).toEqual(b);
  });

  // Table tanh versus Math.tanh: < 1e-7 on this [6] network (see earlyStopping.test.ts).
  it('validation and test losses are measured on the raw points after augmented training', () => {
    const t = new Trainer(config(EVERYTHING));
    t.step(10);
    const run = t.toRunExport();
    const last = run.history.at(-1)!;
    expect(Math.abs(exportedModelLoss(run.model, run.data.val) - last.valLoss!)).toBeLessThan(1e-6);
    expect(Math.abs(exportedModelLoss(run.model, run.data.test) - last.testLoss!)).toBeLessThan(
      1e-6,
    );
  });
});

describe('trainer.augmented', () => {
  it('is empty without augmentation', () => {
    const t = new Trainer(config(NONE));
    t.step(2);
    expect(t.augmentedCount).toBe(0);
  });

  it('jitter moves every point but keeps the hard labels', () => {
    const t = new Trainer(config({ jitter: 0.3 }));
    t.step(1);
    const aug = augmented(t);
    const raw = t.points.train;
    expect(aug).toHaveLength(raw.length);
    const rawKeys = new Set(raw.map((p) => `${p[0]},${p[1]}`));
    expect(aug.filter((p) => rawKeys.has(`${p[0]},${p[1]}`))).toEqual([]);
    expect(sortedBy(aug, (p) => p[2])).toEqual(sortedBy(raw, (p) => p[2]));
    // Each x1 moved by N(0, 0.3²): the mean shift over 48 points has SD 0.043, so < 0.3 is 7 SD.
    const meanOf = (ps: Point[], f: (p: Point) => number): number =>
      ps.reduce((s, p) => s + f(p), 0) / ps.length;
    expect(Math.abs(meanOf(aug, (p) => p[0]) - meanOf(raw, (p) => p[0]))).toBeLessThan(0.3);
  });

  it('is drawn fresh each epoch', () => {
    const t = new Trainer(config({ jitter: 0.3 }));
    t.step(1);
    const first = sortedBy(augmented(t), (p) => p[0]);
    t.step(1);
    expect(sortedBy(augmented(t), (p) => p[0])).not.toEqual(first);
  });

  it('mixup gives soft labels in [0, 1], some strictly between', () => {
    const t = new Trainer(config({ mixup: 0.4 }));
    t.step(1);
    const labels = augmented(t).map((p) => p[2]);
    expect(labels.every((y) => y >= 0 && y <= 1)).toBe(true);
    expect(labels.filter((y) => y > 0 && y < 1).length).toBeGreaterThan(labels.length / 4);
  });

  it('rotation keeps every point’s radius and label', () => {
    const t = new Trainer(config({ rotate: 90 }));
    t.step(1);
    const aug = augmented(t);
    const raw = t.points.train;
    const radius = (p: Point): number => Math.hypot(p[0], p[1]) + 100 * p[2];
    expectSameSorted(sortedBy(aug, radius), sortedBy(raw, radius), 1e-12);
    expect(sortedBy(aug, (p) => p[0])).not.toEqual(sortedBy(raw, (p) => p[0]));
  });

  it('flips change only signs: (|x1|, |x2|) and labels are kept, and both signs occur', () => {
    const t = new Trainer(config({ flip: 'both' }));
    t.step(1);
    const aug = augmented(t);
    const raw = t.points.train;
    const key = (p: Point): string => `${Math.abs(p[0])},${Math.abs(p[1])},${p[2]}`;
    expect(aug.map(key).sort()).toEqual(raw.map(key).sort());
    // Rows and columns are flipped independently, so some points change the sign of x1·x2.
    const productSigns = (ps: Point[]): number => ps.filter((p) => p[0] * p[1] > 0).length;
    expect(productSigns(aug)).not.toBe(productSigns(raw));
  });

  it('a horizontal flip never changes x2', () => {
    const t = new Trainer(config({ flip: 'horizontal' }));
    t.step(1);
    const key = (p: Point): string => `${Math.abs(p[0])},${p[1]},${p[2]}`;
    expect(augmented(t).map(key).sort()).toEqual(t.points.train.map(key).sort());
  });

  it('scaling keeps every point’s direction and changes its radius by at most the factor', () => {
    const t = new Trainer(config({ scale: 0.2 }));
    t.step(1);
    const aug = augmented(t);
    const raw = t.points.train;
    const angle = (p: Point): number => Math.atan2(p[1], p[0]);
    expectSameSorted(sortedBy(aug, angle), sortedBy(raw, angle), 1e-12);
    // Sorted by angle, the k-th augmented point is the k-th raw point scaled.
    const byAngle = (ps: Point[]): Point[] => [...ps].sort((a, b) => angle(a) - angle(b));
    const rawSorted = byAngle(raw);
    const factors = byAngle(aug).map(
      (p, k) => Math.hypot(p[0], p[1]) / Math.hypot(...rawSorted[k]!.slice(0, 2)),
    );
    expect(factors.every((f) => f >= 0.8 - 1e-12 && f <= 1.2 + 1e-12)).toBe(true);
    expect(factors.some((f) => Math.abs(f - 1) > 0.05)).toBe(true);
  });

  it('works with full-batch training too', () => {
    const t = new Trainer(config({ rotate: 45 }, 0));
    t.step(2);
    expect(t.augmentedCount).toBe(t.train.n);
    expect(t.history.at(-1)!.trainLoss).toBeLessThan(t.history[0]!.trainLoss!);
  });
});

describe('labelSafety', () => {
  it('says which transforms keep the labels of which dataset', () => {
    expect(labelSafety('xor', 'flip')).toBe('breaks');
    expect(labelSafety('xor', 'rotate')).toBe('breaks');
    expect(labelSafety('xor', 'scale')).toBe('preserves');
    expect(labelSafety('circle', 'rotate')).toBe('preserves');
    expect(labelSafety('circle', 'flip')).toBe('preserves');
    expect(labelSafety('circle', 'scale')).toBe('breaks');
    expect(labelSafety('spiral', 'rotate')).toBe('breaks');
    expect(labelSafety('moons', 'mixup')).toBe('softens');
    expect(labelSafety('circle', 'mixup')).toBe('softens');
    expect(labelSafety('gaussian', 'jitter')).toBe('approximately');
    expect(labelSafety('custom', 'flip')).toBe('unknown');
  });

  it('agrees with the geometry: flipping x1 alone moves xor points into the other class', () => {
    const t = new Trainer(config({ flip: 'horizontal' }));
    t.step(1);
    // A flipped xor point keeps its label but now lies in the quadrant of the other class.
    const wrong = augmented(t).filter((p) => (p[0] * p[1] > 0 ? 1 : 0) !== p[2]).length;
    const rawWrong = t.points.train.filter((p) => (p[0] * p[1] > 0 ? 1 : 0) !== p[2]).length;
    expect(wrong).toBeGreaterThan(rawWrong + t.train.n / 4);
  });
});

// The geometry view's claims, on real training runs. Logistic regression (no hidden layer, two
// features) is where the picture is exact: the plane of its two weights is its whole weight space
// (the bias held at its trained value), and the problem is convex, so full-batch proximal gradient
// descent reaches the plane's minimum and the two must agree.
import { describe, expect, it } from 'vitest';
import type { ConfigV1, RegularizationConfig, RegularizerKind } from '../engine/config';
import { defaultConfig } from '../engine/config';
import { SnapshotStore } from '../snapshots';
import { Trainer } from '../engine/trainer';
import { constraintRegion, defaultPair, geometryView, pairTrajectory } from './geometry';
import { storedSnapshots } from './weightsOverTime';

/** Moons, two features, logistic regression, full-batch SGD: the lesson's setting. */
function logisticConfig(lambda: number): ConfigV1 {
  const c = defaultConfig();
  c.data = {
    dataset: 'moons',
    samples: 200,
    noise: 0.3,
    labelNoise: 0,
    split: { train: 0.6, val: 0.2, test: 0.2 },
  };
  c.model.hidden = [];
  c.optimizer = { kind: 'sgd', learningRate: 0.1, batchSize: 0 };
  c.regularization = { ...c.regularization, kind: lambda > 0 ? 'l1' : 'none', lambda };
  c.epochs = 3000;
  return c;
}

const trained = new Map<string, Trainer>();
function train(config: ConfigV1, epochs = config.epochs): Trainer {
  const key = `${epochs}:${JSON.stringify(config)}`;
  let t = trained.get(key);
  if (!t) {
    t = new Trainer(config);
    t.step(epochs);
    trained.set(key, t);
  }
  return t;
}

function hiddenRun(): Trainer {
  const c = defaultConfig();
  c.data = { ...c.data, dataset: 'moons', samples: 200 };
  c.model.hidden = [8, 8];
  return train(c, 100);
}

const reg = (kind: RegularizerKind, lambda: number, l1Ratio = 0.5): RegularizationConfig => ({
  kind,
  lambda,
  l1Ratio,
  l1Method: 'proximal',
  decoupled: false,
});

const last = (t: Trainer) => t.history[t.history.length - 1]!;

describe('geometry: the data loss in the plane of two weights', () => {
  it('at the current point is exactly the training loss the curves show', () => {
    const t = hiddenRun();
    const g = geometryView(t);
    expect(g.current.dataLoss).toBe(last(t).trainLoss);
    expect([g.current.a, g.current.b]).toEqual([
      t.params[g.pair[0].param],
      t.params[g.pair[1].param],
    ]);
  }, 60_000);

  it('defaults to the two largest-magnitude first-layer weights', () => {
    const t = hiddenRun();
    const [i, j] = defaultPair(t.layout, t.params);
    const first = t.layout.layers[0]!;
    const mags = Array.from(t.params.subarray(first.w, first.w + first.nIn * first.nOut), Math.abs);
    const sorted = [...mags].sort((x, y) => y - x);
    expect([Math.abs(t.params[i]!), Math.abs(t.params[j]!)]).toEqual(sorted.slice(0, 2));
    expect(geometryView(t).pair.map((p) => p.layer)).toEqual([0, 0]);
  }, 60_000);

  it('frames the current point, the origin and both minima in a square window', () => {
    const t = hiddenRun();
    const g = geometryView(t, { regularization: reg('l1', 0.3) });
    const { aRange, bRange, size } = g.grid;
    expect(aRange[1] - aRange[0]).toBeCloseTo(bRange[1] - bRange[0], 12);
    const inside = (a: number, b: number) =>
      a >= aRange[0] && a <= aRange[1] && b >= bRange[0] && b <= bRange[1];
    expect(inside(g.current.a, g.current.b)).toBe(true);
    expect(inside(0, 0)).toBe(true);
    expect(g.dataMinimum.status).toBe('converged');
    expect(inside(g.dataMinimum.a, g.dataMinimum.b)).toBe(true);
    expect(inside(g.penalizedMinimum.a, g.penalizedMinimum.b)).toBe(true);
    // Both minima are at least as low as every grid cell (they are minima, not grid cells).
    const min = Math.min(...g.grid.dataLoss);
    expect(g.dataMinimum.dataLoss).toBeLessThanOrEqual(min);
    expect(g.grid.dataLoss.length).toBe(size * size);
  }, 60_000);

  it('zoomed in on the model, the window leaves the data-loss minimum out and holds the rest, the whole diamond too', () => {
    const t = train(logisticConfig(0.4));
    const all = geometryView(t);
    const model = geometryView(t, { window: 'model' });
    const { aRange, bRange } = model.grid;
    const inside = (a: number, b: number) =>
      a >= aRange[0] && a <= aRange[1] && b >= bRange[0] && b <= bRange[1];
    expect(aRange[1] - aRange[0]).toBeLessThan((all.grid.aRange[1] - all.grid.aRange[0]) / 2);
    expect(inside(model.current.a, model.current.b)).toBe(true);
    expect(inside(0, 0)).toBe(true);
    expect(inside(model.penalizedMinimum.a, model.penalizedMinimum.b)).toBe(true);
    expect(inside(model.dataMinimum.a, model.dataMinimum.b)).toBe(false);
    const o = model.region!.outline;
    for (let k = 0; k < o.length; k += 2) expect(inside(o[k]!, o[k + 1]!)).toBe(true);
    // Only the window differs: the same point and the same minima.
    expect(model.penalizedMinimum).toEqual(all.penalizedMinimum);
    expect(model.current).toEqual(all.current);
  }, 60_000);

  it('names a bias as not a weight, with the weights’ indices', () => {
    const t = hiddenRun();
    const bias = t.layout.layers[0]!.b;
    expect(() => geometryView(t, { pair: [0, bias] })).toThrow(/not a weight.*\[0, 16\)/);
  }, 60_000);
});

describe('geometry on logistic regression, where it is exact', () => {
  it('the data-loss minimum is the optimum full-batch training reaches', () => {
    const t = train(logisticConfig(0));
    const g = geometryView(t);
    expect(g.dataMinimum.status).toBe('converged');
    // Training converged to ~1e-10 and the solver's finite differences are good to ~1e-9.
    expect(Math.abs(g.dataMinimum.a - g.current.a)).toBeLessThan(1e-6);
    expect(Math.abs(g.dataMinimum.b - g.current.b)).toBeLessThan(1e-6);
    expect(g.dataMinimum.dataLoss).toBeLessThanOrEqual(g.current.dataLoss + 1e-12);
  }, 60_000);

  it('strong L1: the penalized minimum is the trained point, with one weight exactly 0', () => {
    const t = train(logisticConfig(0.4));
    const g = geometryView(t);
    // x2's weight is 0 in the model, so the point sits exactly on the axis.
    expect(t.params[1]).toBe(0);
    expect(g.pair.map((p) => p.param)).toEqual([0, 1]);
    expect(g.current.b).toBe(0);
    expect(g.penalizedMinimum.b).toBe(0);
    expect(Math.abs(g.penalizedMinimum.a - g.current.a)).toBeLessThan(1e-6);
    expect(Math.abs(g.penalizedMinimum.a)).toBeGreaterThan(0.1);
    // Without the penalty both weights are far from 0.
    expect(Math.abs(g.dataMinimum.a)).toBeGreaterThan(0.3);
    expect(Math.abs(g.dataMinimum.b)).toBeGreaterThan(0.3);
  }, 60_000);

  it('λ = 0: the penalized minimum is the data-loss minimum', () => {
    const t = train(logisticConfig(0.4));
    for (const kind of ['l1', 'l2', 'elasticnet'] as const) {
      const g = geometryView(t, { regularization: reg(kind, 0) });
      expect(g.penalizedMinimum).toEqual(g.dataMinimum);
    }
  }, 60_000);

  it('as λ grows, L1 lands on an axis and stays there; L2 nears the origin and never touches an axis', () => {
    const t = train(logisticConfig(0));
    const l1 = [0.05, 0.1, 0.2, 0.3, 0.4, 0.5, 0.7, 1, 2].map((lambda) => {
      const m = geometryView(t, { regularization: reg('l1', lambda) }).penalizedMinimum;
      return [m.a, m.b] as const;
    });
    const zeros = l1.map(([a, b]) => (a === 0 ? 1 : 0) + (b === 0 ? 1 : 0));
    // Once a coordinate is exactly 0 it stays 0; the count of zeros never falls, and it goes 0 → 1 → 2.
    for (let k = 1; k < zeros.length; k++) expect(zeros[k]!).toBeGreaterThanOrEqual(zeros[k - 1]!);
    expect(zeros[0]).toBe(0);
    expect(zeros).toContain(1);
    expect(zeros[zeros.length - 1]).toBe(2);

    const l2 = [0.01, 0.1, 1, 10, 100].map((lambda) => {
      const m = geometryView(t, { regularization: reg('l2', lambda) }).penalizedMinimum;
      return [m.a, m.b] as const;
    });
    const norms = l2.map(([a, b]) => Math.hypot(a, b));
    for (let k = 1; k < norms.length; k++) expect(norms[k]!).toBeLessThan(norms[k - 1]!);
    expect(norms[norms.length - 1]!).toBeLessThan(0.02 * norms[0]!);
    for (const [a, b] of l2) {
      expect(a).not.toBe(0);
      expect(b).not.toBe(0);
    }
  }, 120_000);
});

describe('geometry on a hidden layer', () => {
  it('a strong enough L1 penalty puts the penalized minimum on an axis, L2 never does', () => {
    const t = hiddenRun();
    const onAxis = (kind: RegularizerKind, lambda: number) => {
      const m = geometryView(t, { regularization: reg(kind, lambda) }).penalizedMinimum;
      return m.a === 0 || m.b === 0;
    };
    expect(onAxis('l1', 0.01)).toBe(false);
    expect(onAxis('l1', 3)).toBe(true);
    expect(onAxis('l2', 3)).toBe(false);
    expect(onAxis('l2', 100)).toBe(false);
  }, 60_000);
});

describe('the constraint region through the current point', () => {
  it('is the L1 diamond |a| + |b| = r with its corners exactly on the axes', () => {
    const r = constraintRegion(reg('l1', 0.1), 0.6, -1.1)!;
    expect(r.l1Radius).toBeCloseTo(1.7, 15);
    const o = r.outline;
    for (let k = 0; k < o.length; k += 2) {
      expect(Math.abs(o[k]!) + Math.abs(o[k + 1]!)).toBeCloseTo(1.7, 14);
    }
    const points = Array.from({ length: o.length / 2 }, (_, k) => [o[2 * k], o[2 * k + 1]]);
    const R = r.l1Radius;
    for (const corner of [
      [R, 0],
      [0, R],
      [-R, 0],
      [0, -R],
    ])
      expect(points).toContainEqual(corner);
  });

  it('is the L2 circle and the elastic-net level set through the point', () => {
    const c = constraintRegion(reg('l2', 0.1), 0.6, -1.1)!;
    const o = c.outline;
    for (let k = 0; k < o.length; k += 2) {
      expect(Math.hypot(o[k]!, o[k + 1]!)).toBeCloseTo(Math.hypot(0.6, 1.1), 13);
    }
    const e = constraintRegion(reg('elasticnet', 0.1, 0.3), 0.6, -1.1)!;
    const shape = (a: number, b: number) =>
      0.3 * (Math.abs(a) + Math.abs(b)) + (0.7 / 2) * (a * a + b * b);
    expect(e.level).toBeCloseTo(shape(0.6, -1.1), 15);
    for (let k = 0; k < e.outline.length; k += 2) {
      expect(shape(e.outline[k]!, e.outline[k + 1]!)).toBeCloseTo(e.level, 13);
    }
    expect(constraintRegion(reg('none', 0.1), 0.6, -1.1)).toBeNull();
  });
});

describe('the pair’s trajectory', () => {
  it('reads the pair from every stored snapshot, ending at the current values', () => {
    const c = logisticConfig(0.4);
    const t = new Trainer(c);
    const store = new SnapshotStore(t);
    for (let e = 0; e < 300; e++) {
      t.step(1);
      store.observe();
    }
    const snaps = storedSnapshots(store);
    const tr = pairTrajectory(snaps, [0, 1]);
    expect(Array.from(tr.epochs)).toEqual(snaps.map((s) => s.epoch));
    expect(tr.epochs[0]).toBe(0);
    expect(tr.a[tr.a.length - 1]).toBe(t.params[0]);
    expect(tr.b[tr.b.length - 1]).toBe(t.params[1]);
    snaps.forEach((s, k) => expect([tr.a[k], tr.b[k]]).toEqual([s.params[0], s.params[1]]));
  }, 60_000);
});

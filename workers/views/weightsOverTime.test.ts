// Weights over time, from a run's snapshots: the ridgeline's bins are the page histogram's, its
// zero bar is the exact-zero count, L1 collapses weights into it, L2 narrows the bell.
import { describe, expect, it } from 'vitest';
import { binWeights } from '../../src/charts/weightHistogram';
import type { ConfigV1, RegularizerKind } from '../engine/config';
import { defaultConfig } from '../engine/config';
import { Trainer } from '../engine/trainer';
import { SnapshotStore } from '../snapshots';
import type { ParamSnapshot, WeightsOverTime } from './weightsOverTime';
import { niceHalfWidth, storedSnapshots, weightsOverTime } from './weightsOverTime';

/** The L1-vs-L2 lesson's setting: a circle, four features, an [8, 8] network under Adam. */
function config(kind: RegularizerKind, lambda: number): ConfigV1 {
  const c = defaultConfig();
  c.data = {
    dataset: 'circle',
    samples: 200,
    noise: 0.5,
    labelNoise: 0,
    split: { train: 0.5, val: 0.5, test: 0 },
  };
  c.features = ['x1', 'x2', 'x1^2', 'x2^2'];
  c.model.hidden = [8, 8];
  c.regularization = { ...c.regularization, kind, lambda };
  c.epochs = 500;
  return c;
}

const runs = new Map<string, { trainer: Trainer; snaps: ParamSnapshot[]; view: WeightsOverTime }>();
function run(kind: RegularizerKind, lambda: number) {
  const key = `${kind}:${lambda}`;
  let r = runs.get(key);
  if (!r) {
    const trainer = new Trainer(config(kind, lambda));
    const store = new SnapshotStore(trainer);
    while (trainer.status === 'running') {
      trainer.step(1);
      store.observe();
    }
    const snaps = storedSnapshots(store);
    r = {
      trainer,
      snaps,
      view: weightsOverTime(trainer.layout, snaps, trainer.earlyStoppingState()),
    };
    runs.set(key, r);
  }
  return r;
}

/** Value of the series at the stored epoch nearest at or before `epoch`. */
function at(view: WeightsOverTime, values: ArrayLike<number>, epoch: number): number {
  let k = 0;
  while (k + 1 < view.epochs.length && view.epochs[k + 1]! <= epoch) k++;
  return values[k]!;
}

describe('weights over time', () => {
  it('bins each snapshot exactly as the page’s histogram does, with edges shared by all epochs', () => {
    const { trainer, snaps, view } = run('l1', 0.01);
    const E = view.epochs.length;
    expect(E).toBe(snaps.length);
    expect(Array.from(view.epochs)).toEqual(snaps.map((s) => s.epoch));
    view.layers.forEach((series, l) => {
      const L = trainer.layout.layers[l]!;
      expect(series.edges.length).toBe(series.bins + 1);
      snaps.forEach((s, e) => {
        const page = binWeights(
          s.params.subarray(L.w, L.w + L.nIn * L.nOut),
          series.halfWidth,
          series.bins,
        );
        expect(Array.from(series.edges)).toEqual(page.edges);
        const column = Array.from({ length: series.bins }, (_, b) => series.counts[b * E + e]!);
        expect(column).toEqual(page.counts);
        expect(series.zeros[e]).toBe(page.zeros);
      });
    });
  }, 120_000);

  it('its zero bar is the exact-zero count at every snapshot, and bars add up to all weights', () => {
    const { trainer, snaps, view } = run('l1', 0.01);
    const E = view.epochs.length;
    const weights = trainer.layout.nWeights;
    expect(view.all.total).toBe(weights);
    snaps.forEach((s, e) => {
      let zeros = 0;
      const r = trainer.layout.weightRanges;
      for (let k = 0; k < r.length; k += 2)
        for (let i = r[k]!; i < r[k + 1]!; i++) if (s.params[i] === 0) zeros++;
      expect(view.all.zeros[e]).toBe(zeros);
      let inBins = 0;
      for (let b = 0; b < view.all.bins; b++) inBins += view.all.counts[b * E + e]!;
      expect(inBins + zeros).toBe(weights);
    });
    // The last snapshot is the model now: the same zero fraction the history reports.
    const last = trainer.history[trainer.history.length - 1]!;
    expect(view.all.zeros[E - 1]! / weights).toBe(last.zeroFraction);
  }, 120_000);

  it('marks the early-stopping best epoch', () => {
    const { trainer, view } = run('l1', 0.01);
    expect(view.bestEpoch).toBe(trainer.earlyStoppingState().bestEpoch);
    expect(view.bestEpoch).not.toBeNull();
    expect(view.stoppedEpoch).toBeNull();
  }, 120_000);

  it('under L1 the zero bar grows over training', () => {
    const { view } = run('l1', 0.01);
    const zeros = [0, 10, 50, 100, 200, 500].map((e) => at(view, view.all.zeros, e));
    expect(zeros[0]).toBe(0);
    for (let k = 1; k < zeros.length; k++) expect(zeros[k]!).toBeGreaterThanOrEqual(zeros[k - 1]!);
    expect(zeros[zeros.length - 1]!).toBeGreaterThan(0.5 * view.all.total);
  }, 120_000);

  it('under L2 the spread narrows, with no exact zeros; without a penalty it widens', () => {
    const l2 = run('l2', 0.03).view;
    const none = run('none', 0).view;
    const end = l2.epochs.length - 1;
    expect(l2.all.rms[end]!).toBeLessThan(0.7 * l2.all.rms[0]!);
    expect(l2.all.maxAbs[end]!).toBeLessThan(l2.all.maxAbs[0]! * 1.5);
    expect(l2.all.zeros.every((z) => z === 0)).toBe(true);
    expect(none.all.rms[none.epochs.length - 1]!).toBeGreaterThan(2 * none.all.rms[0]!);
  }, 120_000);

  it('chooses round half-widths as the page does', () => {
    for (const x of [0.003, 0.3, 0.95, 1, 1.2, 2.2, 4.9, 7, 10, 12, 260]) {
      const expected = (() => {
        const p = 10 ** Math.floor(Math.log10(x));
        for (const m of [1, 2, 2.5, 5, 10]) if (m * p >= x * (1 - 1e-12)) return m * p;
        return 10 * p;
      })();
      expect(niceHalfWidth(x)).toBeCloseTo(expected, 12);
    }
    expect(niceHalfWidth(0)).toBe(1);
  });
});

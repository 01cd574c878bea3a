// The one-dimensional picture: data loss + λ|w| along one weight, and the proximal step.
import { describe, expect, it } from 'vitest';
import type { ConfigV1 } from '../engine/config';
import { defaultConfig } from '../engine/config';
import { Trainer } from '../engine/trainer';
import { captureState } from './modelState';
import { pairLoss } from './planeLoss';
import { softThreshold, weightLineView } from './weightLine';

function logistic(lambda: number): ConfigV1 {
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
  c.regularization = { ...c.regularization, kind: 'l1', lambda };
  return c;
}

/** A hidden-layer network under Adam with L1, full batch so the next step is predictable. */
function adamL1(): ConfigV1 {
  const c = defaultConfig();
  c.data = { ...c.data, dataset: 'moons', samples: 200 };
  c.model.hidden = [6];
  c.optimizer = { kind: 'adam', learningRate: 0.02, batchSize: 0 };
  c.regularization = { ...c.regularization, kind: 'l1', lambda: 0.01 };
  return c;
}

describe('the proximal step of L1 (soft-thresholding)', () => {
  it('under Adam, each weight’s threshold is its own step size times λ, and the step is S_t(u)', () => {
    const t = new Trainer(adamL1());
    t.step(150);
    const layer = t.layout.layers[0]!;
    const thresholds = new Set<number>();
    for (let k = layer.w; k < layer.w + 12; k++) {
      const v = weightLineView(t, { param: k });
      expect(v.prox.threshold).toBe(v.prox.stepSize * 0.01);
      expect(v.prox.step.after).toBe(softThreshold(v.prox.step.beforeProx, v.prox.threshold));
      thresholds.add(v.prox.threshold);
    }
    // Adam's steps differ per weight (lr/(√v̂ + ε)), unlike SGD's single learning rate.
    expect(thresholds.size).toBeGreaterThan(6);
  }, 60_000);

  it('predicts the run’s next full-batch update bit for bit, exact zeros included', () => {
    const t = new Trainer(adamL1());
    t.step(150);
    const layer = t.layout.layers[0]!;
    const predicted = Array.from({ length: layer.nIn * layer.nOut }, (_, k) =>
      weightLineView(t, { param: layer.w + k }),
    );
    t.step(1);
    predicted.forEach((v) => expect(t.params[v.weight.param]).toBe(v.prox.step.after));
    expect(predicted.some((v) => v.prox.step.after === 0)).toBe(true);
  }, 60_000);

  it('under SGD the step size is the learning rate; the map sends [−t, t] to exactly 0', () => {
    const t = new Trainer(logistic(0.2));
    t.step(50);
    const v = weightLineView(t, { param: 0 });
    expect(v.prox.stepSize).toBe(0.1);
    expect(v.prox.threshold).toBeCloseTo(0.02, 15);
    v.prox.input.forEach((u, s) => {
      const o = v.prox.output[s]!;
      if (Math.abs(u) <= v.prox.threshold) expect(o).toBe(0);
      else expect(Math.abs(o)).toBeCloseTo(Math.abs(u) - v.prox.threshold, 14);
    });
  }, 60_000);
});

describe('data loss + λ|w| along one weight', () => {
  it('has its minimum exactly at 0 when the data gradient at 0 is smaller than λ, elsewhere otherwise', () => {
    const t = new Trainer(logistic(0.4));
    t.step(3000);
    const f = pairLoss(t.layout, captureState(t), t.train, 0, 1);
    const h = 1e-6;
    // Weight 1 (x2) is 0 in the trained model: its slope at 0 is within ±λ.
    const slope1 = (f(t.params[0]!, h) - f(t.params[0]!, -h)) / (2 * h);
    expect(Math.abs(slope1)).toBeLessThan(0.4);
    const zeroed = weightLineView(t, { param: 1 });
    expect(zeroed.current.w).toBe(0);
    expect(zeroed.penalizedMinimum.w).toBe(0);
    expect(zeroed.dataMinimum.w).not.toBe(0);
    // Weight 0 (x1): its slope at 0 is steeper than λ, so its minimum is away from 0.
    const slope0 = (f(h, 0) - f(-h, 0)) / (2 * h);
    expect(Math.abs(slope0)).toBeGreaterThan(0.4);
    const kept = weightLineView(t, { param: 0 });
    expect(Math.abs(kept.penalizedMinimum.w - kept.current.w)).toBeLessThan(1e-6);
    expect(kept.penalizedMinimum.w).not.toBe(0);
  }, 60_000);

  it('samples data loss, penalty and their sum over a range holding w, 0 and both minima', () => {
    const t = new Trainer(logistic(0.4));
    t.step(300);
    const v = weightLineView(t, { param: 0, samples: 101 });
    expect(v.w.length).toBe(101);
    const lo = v.w[0]!;
    const hi = v.w[100]!;
    for (const x of [v.current.w, 0, v.dataMinimum.w, v.penalizedMinimum.w]) {
      expect(x).toBeGreaterThanOrEqual(lo);
      expect(x).toBeLessThanOrEqual(hi);
    }
    v.w.forEach((x, s) => {
      expect(v.penaltyValue[s]).toBeCloseTo(0.4 * Math.abs(x), 14);
      expect(v.total[s]).toBe(v.dataLoss[s]! + v.penaltyValue[s]!);
    });
    // The penalized minimum is at least as low as every sample of the sum.
    expect(v.penalizedMinimum.objective).toBeLessThanOrEqual(Math.min(...v.total) + 1e-12);
  }, 60_000);
});

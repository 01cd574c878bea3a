// Inverted dropout, seen through Mlp's public API. For one example (B = 1) the output layer's
// gradients are ∂L/∂w_j = G·D_j and ∂L/∂b = G, with G = σ(z) − y, so grads[w_j] / grads[b] reads
// out D_j, the hidden unit's output after dropout: no accessor to the private buffers is needed.
import { describe, expect, it } from 'vitest';
import type { ConfigV1 } from './config';
import { defaultConfig } from './config';
import { Mlp } from './mlp';
import { NetworkLayout } from './network';
import { Rng } from './rng';
import { Trainer } from './trainer';
import { exportedModelLoss } from './exportedModelLoss';

const HIDDEN = 6;

function singleHiddenLayer(): { mlp: Mlp; x: Float64Array } {
  const layout = new NetworkLayout({
    nInputs: 2,
    hidden: [HIDDEN],
    activation: 'tanh',
    batchNorm: false,
  });
  const mlp = new Mlp(layout, 1);
  layout.initialize(mlp.params, mlp.stats, new Rng(4));
  // Non-zero biases so that no unit's activation is accidentally tiny.
  for (let j = 0; j < HIDDEN; j++) mlp.params[layout.layers[0]!.b + j] = 0.1 * (j + 1);
  return { mlp, x: Float64Array.of(0.8, -1.3) };
}

/** The hidden layer's outputs as the output layer saw them in the last trainBatch. */
function hiddenOutputs(mlp: Mlp): number[] {
  const out = mlp.layout.layers[1]!;
  const g = mlp.grads[out.b]!;
  return Array.from({ length: HIDDEN }, (_, j) => mlp.grads[out.w + j]! / g);
}

describe('inverted dropout (keep-probability p)', () => {
  const y = Float64Array.of(0); // G = σ(z) > 0, never 0, so the ratio is defined.

  it('each unit is either dropped to 0 or kept and scaled to A/p', () => {
    const { mlp, x } = singleHiddenLayer();
    mlp.trainBatch(x, y, 1, false, false);
    const A = hiddenOutputs(mlp);
    expect(A.every((a) => Math.abs(a) > 0.05)).toBe(true);
    const rng = new Rng(7);
    const p = 0.6;
    let dropped = 0;
    for (let draw = 0; draw < 200; draw++) {
      mlp.sampleDropout(p, 1, rng);
      mlp.trainBatch(x, y, 1, true, false);
      hiddenOutputs(mlp).forEach((d, j) => {
        if (d === 0) dropped++;
        // The ratio G·D/G is exact up to one rounding of the product.
        else expect(Math.abs(d - A[j]! / p)).toBeLessThan(1e-12 * Math.abs(A[j]! / p));
      });
    }
    // 1200 units, each dropped with probability 0.4: 480 ± 17 (SD), so ±100 is ~6 SD.
    expect(Math.abs(dropped - 480)).toBeLessThan(100);
  });

  it('keeps the expected activation: the mean of D over many masks is A', () => {
    const { mlp, x } = singleHiddenLayer();
    mlp.trainBatch(x, y, 1, false, false);
    const A = hiddenOutputs(mlp);
    const rng = new Rng(8);
    const p = 0.5;
    const draws = 20_000;
    const sum = new Array<number>(HIDDEN).fill(0);
    for (let draw = 0; draw < draws; draw++) {
      mlp.sampleDropout(p, 1, rng);
      mlp.trainBatch(x, y, 1, true, false);
      hiddenOutputs(mlp).forEach((d, j) => (sum[j]! += d));
    }
    // D_j is A_j/p with probability p, else 0: SD of the mean |A_j|·sqrt((1−p)/p)/sqrt(draws),
    // 0.0071·|A_j| here; tolerance 5 SD.
    const tol = 5 * Math.sqrt((1 - p) / p / draws);
    sum.forEach((s, j) => expect(Math.abs(s / draws - A[j]!)).toBeLessThan(tol * Math.abs(A[j]!)));
  });

  it('evaluation ignores dropout: evalLogits is the same with masks sampled or not', () => {
    const layout = new NetworkLayout({
      nInputs: 2,
      hidden: [8, 8],
      activation: 'relu',
      batchNorm: false,
    });
    const mlp = new Mlp(layout, 20);
    layout.initialize(mlp.params, mlp.stats, new Rng(2));
    const rng = new Rng(3);
    const X = Float64Array.from({ length: 40 }, () => rng.uniform(-6, 6));
    const Y = Float64Array.from({ length: 20 }, () => (rng.float() < 0.5 ? 1 : 0));
    mlp.prepareEval();
    const before = new Float64Array(20);
    mlp.evalLogits(X, 20, before);
    mlp.sampleDropout(0.3, 20, rng);
    mlp.trainBatch(X, Y, 20, true, true);
    mlp.prepareEval();
    const after = new Float64Array(20);
    mlp.evalLogits(X, 20, after);
    expect(after).toEqual(before);
    expect(new Set(before).size).toBeGreaterThan(1);
  });
});

function dropoutConfig(keep: number): ConfigV1 {
  const c = defaultConfig();
  c.seed = 5;
  c.epochs = 50;
  c.data = { ...c.data, dataset: 'circle', samples: 120 };
  c.model = { ...c.model, hidden: [8, 8], activation: 'tanh', dropoutKeep: keep };
  c.optimizer = { kind: 'adam', learningRate: 0.02, batchSize: 16 };
  return c;
}

describe('a Trainer with dropout', () => {
  it('evaluates deterministically: the decision grid twice in a row is identical', () => {
    const t = new Trainer(dropoutConfig(0.5));
    t.step(3);
    const a = new Float32Array(32 * 32);
    const b = new Float32Array(32 * 32);
    t.evaluateGrid(32, a);
    t.evaluateGrid(32, b);
    expect(b).toEqual(a);
  });

  it('reports the same initial losses as the same run without dropout', () => {
    const withDropout = new Trainer(dropoutConfig(0.5)).history[0];
    const without = new Trainer(dropoutConfig(1)).history[0];
    expect(withDropout).toEqual(without);
  });

  // The engine's tanh is a table with error < 1e-8 (activations.ts); through two layers of
  // weights of size ~1 that moves a logit by < 1e-7 (measured loss difference: 5e-11), while
  // scaling hidden outputs by p or 1/p in evaluation changes this loss by 8e-3 or 0.18.
  it('evaluates the full network unchanged: history losses are the no-dropout forward pass', () => {
    const t = new Trainer(dropoutConfig(0.5));
    t.step(20);
    const run = t.toRunExport();
    const last = run.history.at(-1)!;
    expect(Math.abs(exportedModelLoss(run.model, run.data.val) - last.valLoss!)).toBeLessThan(1e-6);
    expect(Math.abs(exportedModelLoss(run.model, run.data.train) - last.trainLoss!)).toBeLessThan(
      1e-6,
    );
  });

  it('draws different masks each epoch yet trains reproducibly', () => {
    const a = new Trainer(dropoutConfig(0.5));
    const b = new Trainer(dropoutConfig(0.5));
    a.step(10);
    b.step(10);
    expect(a.toRunExport()).toEqual(b.toRunExport());
    const c = new Trainer(dropoutConfig(1));
    c.step(10);
    expect(c.toRunExport().model).not.toEqual(a.toRunExport().model);
  });
});

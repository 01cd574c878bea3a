// Batch norm's training-mode (batch statistics) against evaluation-mode (running averages)
// predictions, on a network trained with batch norm.
import { describe, expect, it } from 'vitest';
import type { ConfigV1 } from '../engine/config';
import { defaultConfig } from '../engine/config';
import { BN_MOMENTUM } from '../engine/batchnorm';
import { crossEntropyFromLogit } from '../engine/mlp';
import { Trainer } from '../engine/trainer';
import { batchNormNoise, batchNormView } from './batchNormView';
import { VariantEvaluator } from './gridPoints';
import { captureState, networkCopy } from './modelState';
import { batchStatistics, statsWith } from './networkVariants';

function bnConfig(): ConfigV1 {
  const c = defaultConfig();
  c.data = { ...c.data, dataset: 'moons', samples: 300, noise: 0.3 };
  c.model.hidden = [8, 8];
  c.model.batchNorm = true;
  return c;
}

let run: Trainer | null = null;
function trained(): Trainer {
  if (!run) {
    run = new Trainer(bnConfig());
    run.step(100);
  }
  return run;
}

/** The batch's rows gathered into their own features and labels. */
function gather(t: Trainer, rows: Int32Array): { X: Float64Array; Y: Float64Array } {
  const nf = t.features.size;
  const X = new Float64Array(rows.length * nf);
  const Y = new Float64Array(rows.length);
  rows.forEach((r, e) => {
    Y[e] = t.train.y[r]!;
    for (let f = 0; f < nf; f++) X[e * nf + f] = t.train.X[r * nf + f]!;
  });
  return { X, Y };
}

describe('batch statistics', () => {
  it('are the ones training normalizes by (read back from the running-average update)', () => {
    const t = trained();
    const rows = Int32Array.of(3, 17, 42, 99, 5, 120, 64);
    const state = captureState(t);
    const norms = batchStatistics(t.layout, state.params, t.train.X, rows);
    const mlp = networkCopy(t.layout, state, rows.length);
    const { X, Y } = gather(t, rows);
    mlp.trainBatch(X, Y, rows.length, false, false);
    const B = rows.length;
    t.layout.layers.forEach((L, l) => {
      if (L.gamma < 0) return;
      for (let j = 0; j < L.nOut; j++) {
        // running ← (1 − m)·running + m·batch, with the unbiased variance.
        const mean =
          (mlp.stats[L.runMean + j]! - (1 - BN_MOMENTUM) * state.stats[L.runMean + j]!) /
          BN_MOMENTUM;
        const unbiased =
          (mlp.stats[L.runVar + j]! - (1 - BN_MOMENTUM) * state.stats[L.runVar + j]!) / BN_MOMENTUM;
        expect(norms[l]!.mean[j]).toBeCloseTo(mean, 11);
        expect((norms[l]!.variance[j]! * B) / (B - 1)).toBeCloseTo(unbiased, 10);
      }
    });
  }, 60_000);

  it('evaluated with them, the batch’s loss is training mode’s loss on that batch', () => {
    const t = trained();
    const rows = Int32Array.of(8, 30, 31, 77, 150, 2, 9, 170, 11, 60);
    const state = captureState(t);
    const mlp = networkCopy(t.layout, state, rows.length);
    const { X, Y } = gather(t, rows);
    const trainingLoss = mlp.trainBatch(X, Y, rows.length, false, true);
    const net = new VariantEvaluator(t.layout, t.features, state.stats, rows.length);
    const norms = batchStatistics(t.layout, state.params, t.train.X, rows);
    net.load(state.params, statsWith(t.layout, state.stats, norms));
    const z = net.splitLogits({ n: rows.length, X, y: Y, xy: new Float64Array(0) });
    const loss =
      Array.from(z).reduce((s, zi, e) => s + crossEntropyFromLogit(zi, Y[e]!), 0) / rows.length;
    expect(Math.abs(loss - trainingLoss)).toBeLessThan(1e-12);
  }, 60_000);
});

describe('the batch-norm view', () => {
  it('draws the running-average grid exactly as the boundary map does, beside the batch’s', () => {
    const t = trained();
    const v = batchNormView(t, { gridSize: 32 });
    const grid = new Float32Array(32 * 32);
    t.evaluateGrid(32, grid);
    expect(v.evalGrid).toEqual(grid);
    expect(v.batchGrid).not.toEqual(grid);
    expect(v.rows.length).toBe(10); // the run's batch size
    expect(v.difference.grid.meanAbsDiff).toBeGreaterThan(0);
  }, 60_000);

  it('lists both sets of statistics per batch-norm layer', () => {
    const t = trained();
    const v = batchNormView(t, { rows: [1, 2, 3, 4, 5] });
    const model = t.modelExport();
    expect(v.layers.map((l) => l.layer)).toEqual([0, 1]);
    v.layers.forEach((s) => {
      const bn = model.layers[s.layer]!.batchNorm!;
      expect(Array.from(s.runningMean)).toEqual(bn.runningMean);
      expect(Array.from(s.runningVar)).toEqual(bn.runningVar);
      s.batchVar.forEach((b, j) => expect(s.batchVarUnbiased[j]).toBeCloseTo((b * 5) / 4, 12));
    });
  }, 60_000);

  it('draws random batches reproducibly from its own stream', () => {
    const t = trained();
    const a = batchNormView(t, { batchSize: 16, draw: 2, gridSize: 8 });
    const b = batchNormView(t, { batchSize: 16, draw: 2, gridSize: 8 });
    const c = batchNormView(t, { batchSize: 16, draw: 3, gridSize: 8 });
    expect(a.rows).toEqual(b.rows);
    expect(a.batchGrid).toEqual(b.batchGrid);
    expect(c.rows).not.toEqual(a.rows);
    expect(new Set(a.rows).size).toBe(16);
    expect(a.rows.every((r) => r >= 0 && r < t.train.n)).toBe(true);
  }, 60_000);

  it('the train/eval difference grows as the batch shrinks', () => {
    const sizes = [4, 8, 16, 32, 64];
    const noise = batchNormNoise(trained(), { sizes, draws: 8 });
    for (let s = 1; s < sizes.length; s++) {
      expect(noise.validation[s]!).toBeLessThan(noise.validation[s - 1]!);
      expect(noise.grid[s]!).toBeLessThan(noise.grid[s - 1]!);
    }
    expect(noise.validation[0]!).toBeGreaterThan(3 * noise.validation[sizes.length - 1]!);
  }, 60_000);

  it('explains what it needs: batch norm on, rows inside the training split', () => {
    const plain = new Trainer({ ...bnConfig(), model: { ...bnConfig().model, batchNorm: false } });
    expect(() => batchNormView(plain)).toThrow(/no batch norm.*model\.batchNorm/);
    expect(() => batchNormView(trained(), { rows: [0, 9999] })).toThrow(/from 0 to 179; got 9999/);
    expect(() => batchNormView(trained(), { batchSize: 1 })).toThrow(/from 2 to 180/);
  }, 60_000);
});

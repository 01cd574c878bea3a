import { describe, expect, it } from 'vitest';
import type { ConfigV1, Point } from './config';
import { defaultConfig } from './config';
import { BN_EPS, BN_MOMENTUM, batchNormForward, foldBatchNorm } from './batchnorm';
import { Mlp } from './mlp';
import { NetworkLayout } from './network';
import { Rng } from './rng';
import type { ModelExport } from './runExport';
import { Trainer } from './trainer';

/** Column j of a row-major B × n matrix. */
function column(M: Float64Array, n: number, B: number, j: number): number[] {
  return Array.from({ length: B }, (_, e) => M[e * n + j]!);
}

const mean = (xs: number[]): number => xs.reduce((s, x) => s + x, 0) / xs.length;
const sumSq = (xs: number[]): number => xs.reduce((s, x) => s + (x - mean(xs)) ** 2, 0);

describe('batchNormForward (training mode)', () => {
  it('works the hand example: unit values 1, 2, 3, 4 from PyTorch’s initial state', () => {
    const Z = Float64Array.of(1, 2, 3, 4);
    const xhat = new Float64Array(4);
    const P = Float64Array.of(2, 0.5); // γ = 2, β = 0.5
    const stats = Float64Array.of(0, 1); // running mean 0, running var 1
    batchNormForward(Z, xhat, new Float64Array(1), P, 0, 1, stats, 0, 1, 1, 4);
    // mean 2.5, biased variance 1.25, unbiased 5/3.
    const s = Math.sqrt(1.25 + BN_EPS);
    [1, 2, 3, 4].forEach((z, e) => {
      expect(xhat[e]).toBeCloseTo((z - 2.5) / s, 14);
      expect(Z[e]).toBeCloseTo((2 * (z - 2.5)) / s + 0.5, 14);
    });
    expect(stats[0]).toBeCloseTo(0.25, 15);
    expect(stats[1]).toBeCloseTo(0.9 + 0.1 * (5 / 3), 15);
  });

  it('normalizes each unit to zero mean and unit (biased) variance, then Y = γ·xhat + β', () => {
    const n = 3;
    const B = 9;
    const rng = new Rng(1);
    const scales = [0.01, 1, 40];
    const Z = Float64Array.from(
      { length: B * n },
      (_, k) => 5 * (k % n) + scales[k % n]! * rng.normal(),
    );
    const orig = Z.slice();
    const xhat = new Float64Array(B * n);
    const invStd = new Float64Array(n);
    // Layout: γ at 0..2, β at 3..5.
    const P = Float64Array.of(1.5, -0.7, 2, 0.3, 0, -4);
    const stats = Float64Array.of(0.2, -1, 3, 1, 2, 0.5);
    const before = stats.slice();
    batchNormForward(Z, xhat, invStd, P, 0, 3, stats, 0, 3, n, B);
    for (let j = 0; j < n; j++) {
      const z = column(orig, n, B, j);
      const xh = column(xhat, n, B, j);
      const biased = sumSq(z) / B;
      expect(Math.abs(mean(xh))).toBeLessThan(1e-12);
      // Exactly σ²/(σ² + ε): 1 up to ε, which matters for the smallest scale.
      expect(sumSq(xh) / B).toBeCloseTo(biased / (biased + BN_EPS), 12);
      expect(invStd[j]).toBeCloseTo(1 / Math.sqrt(biased + BN_EPS), 10);
      expect(column(Z, n, B, j)).toEqual(xh.map((x) => P[j]! * x + P[3 + j]!));
      // PyTorch: running ← (1 − momentum)·running + momentum·batch, with the unbiased variance.
      const m = (1 - BN_MOMENTUM) * before[j]! + BN_MOMENTUM * mean(z);
      const v = (1 - BN_MOMENTUM) * before[3 + j]! + BN_MOMENTUM * (sumSq(z) / (B - 1));
      expect(stats[j]).toBeCloseTo(m, 12);
      expect(Math.abs(stats[3 + j]! - v) / v).toBeLessThan(1e-12);
    }
    expect(BN_MOMENTUM).toBe(0.1);
    expect(BN_EPS).toBe(1e-5);
  });
});

describe('foldBatchNorm (evaluation mode)', () => {
  it('W′·x + b′ equals γ·(W·x + b − μ_run)/√(σ²_run + ε) + β', () => {
    const nIn = 3;
    const nOut = 2;
    // Layout: W (2 × 3) at 0, b at 6, γ at 8, β at 10.
    const P = Float64Array.of(0.5, -1, 2, 0.25, 3, -0.5, 0.1, -0.2, 1.5, 0.8, -0.3, 0.6);
    const stats = Float64Array.of(0.4, -2, 2.5, 0.09); // μ at 0, σ² at 2
    const Pe = P.slice();
    foldBatchNorm(P, Pe, 0, 6, 8, 10, stats, 0, 2, nIn, nOut);
    const x = [1.2, -0.7, 2.1];
    for (let j = 0; j < nOut; j++) {
      const z = x.reduce((s, xi, i) => s + P[j * nIn + i]! * xi, P[6 + j]!);
      const manual = (P[8 + j]! * (z - stats[j]!)) / Math.sqrt(stats[2 + j]! + BN_EPS) + P[10 + j]!;
      const folded = x.reduce((s, xi, i) => s + Pe[j * nIn + i]! * xi, Pe[6 + j]!);
      expect(folded).toBeCloseTo(manual, 12);
    }
  });

  it('a point’s prediction does not depend on the other points evaluated with it', () => {
    const layout = new NetworkLayout({
      nInputs: 2,
      hidden: [5, 4],
      activation: 'relu',
      batchNorm: true,
    });
    const mlp = new Mlp(layout, 16);
    layout.initialize(mlp.params, mlp.stats, new Rng(3));
    const rng = new Rng(4);
    const X = Float64Array.from({ length: 32 }, () => rng.uniform(-5, 5));
    const Y = Float64Array.from({ length: 16 }, (_, e) => (X[2 * e]! * X[2 * e + 1]! > 0 ? 1 : 0));
    for (let s = 0; s < 20; s++) {
      mlp.trainBatch(X, Y, 16, false, false);
      for (let k = 0; k < mlp.params.length; k++) mlp.params[k]! -= 0.1 * mlp.grads[k]!;
    }
    mlp.prepareEval();
    const together = new Float64Array(16);
    mlp.evalLogits(X, 16, together);
    const alone = new Float64Array(1);
    for (let e = 0; e < 16; e++) {
      mlp.evalLogits(X.subarray(2 * e, 2 * e + 2), 1, alone);
      expect(alone[0]).toBe(together[e]);
    }

    // And it is the running-statistics network computed by hand from params and stats.
    const L = layout.layers;
    for (let e = 0; e < 16; e++) {
      let a = [X[2 * e]!, X[2 * e + 1]!];
      for (const l of L) {
        a = Array.from({ length: l.nOut }, (_, j) => {
          let z = a.reduce(
            (s, ai, i) => s + mlp.params[l.w + j * l.nIn + i]! * ai,
            mlp.params[l.b + j]!,
          );
          if (l.gamma < 0) return z;
          const sd = Math.sqrt(mlp.stats[l.runVar + j]! + BN_EPS);
          z =
            (mlp.params[l.gamma + j]! * (z - mlp.stats[l.runMean + j]!)) / sd +
            mlp.params[l.beta + j]!;
          return Math.max(0, z);
        });
      }
      expect(Math.abs(a[0]! - together[e]!)).toBeLessThan(1e-10 * (1 + Math.abs(a[0]!)));
    }
  });
});

function bnConfig(): ConfigV1 {
  const c = defaultConfig();
  c.seed = 3;
  c.epochs = 60;
  c.data = { ...c.data, dataset: 'circle', samples: 150, noise: 0.2 };
  c.model = { ...c.model, hidden: [8, 8], activation: 'relu', batchNorm: true };
  c.optimizer = { kind: 'adam', learningRate: 0.01, batchSize: 15 };
  return c;
}

/** Mean cross-entropy of an exported relu network with batch norm, statistics chosen by `mode`. */
function manualLoss(model: ModelExport, points: Point[], mode: 'running' | 'batch'): number {
  let acts = points.map((p) => [p[0], p[1]]);
  model.layers.forEach((layer, l) => {
    const last = l === model.layers.length - 1;
    const Z = acts.map((a) =>
      layer.weights.map((row, j) => row.reduce((s, w, i) => s + w * a[i]!, layer.biases[j]!)),
    );
    const bn = layer.batchNorm;
    acts = Z.map((z) =>
      z.map((zj, j) => {
        if (last || !bn) return zj;
        const col = Z.map((r) => r[j]!);
        const mu = mode === 'running' ? bn.runningMean[j]! : mean(col);
        const v = mode === 'running' ? bn.runningVar[j]! : sumSq(col) / col.length;
        return Math.max(0, (bn.gamma[j]! * (zj - mu)) / Math.sqrt(v + BN_EPS) + bn.beta[j]!);
      }),
    );
  });
  const loss = acts.reduce((s, [z], i) => {
    const y = points[i]![2];
    return s + Math.max(z!, 0) - z! * y + Math.log1p(Math.exp(-Math.abs(z!)));
  }, 0);
  return loss / points.length;
}

describe('a Trainer with batch norm', () => {
  it('trains: the training loss falls well below its initial value', () => {
    const t = new Trainer(bnConfig());
    t.step(60);
    expect(t.status).toBe('done');
    const h = t.history;
    expect(h.at(-1)!.trainLoss!).toBeLessThan(0.5 * h[0]!.trainLoss!);
    expect(t.toRunExport().model.layers[0]!.batchNorm!.runningMean).not.toEqual(
      new Array(8).fill(0),
    );
  });

  it('evaluates with running statistics, not the statistics of the evaluated batch', () => {
    const t = new Trainer(bnConfig());
    t.step(30);
    const run = t.toRunExport();
    const valLoss = run.history.at(-1)!.valLoss!;
    // Relu is exact, so only summation order separates the engine from the hand computation.
    expect(Math.abs(manualLoss(run.model, run.data.val, 'running') - valLoss)).toBeLessThan(1e-9);
    expect(Math.abs(manualLoss(run.model, run.data.val, 'batch') - valLoss)).toBeGreaterThan(1e-3);
  });
});

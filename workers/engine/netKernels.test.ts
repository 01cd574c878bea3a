// The whole-network kernels must compute exactly what the plain loops compute, and those exactly
// what the layer-by-layer path computes: same operations in the same order, to the last bit.
import { describe, expect, it } from 'vitest';
import { TANH_TABLE } from './activations';
import type { Activation } from './config';
import { Mlp } from './mlp';
import { NetworkLayout } from './network';
import { MAX_FUSED_WEIGHTS, evalNetKernel, fusable, trainNetKernel } from './netKernels';
import { referenceEvalNet, referenceTrainNet } from './referenceNetKernels';
import { Rng } from './rng';

const SHAPES: { nInputs: number; hidden: number[] }[] = [
  { nInputs: 2, hidden: [8, 8] },
  { nInputs: 1, hidden: [1] },
  { nInputs: 7, hidden: [3, 5, 2] },
  { nInputs: 2, hidden: [] },
];
const ACTS: Activation[] = ['tanh', 'sigmoid', 'relu', 'linear'];

function setup(nInputs: number, hidden: number[], act: Activation, n: number) {
  const layout = new NetworkLayout({ nInputs, hidden, activation: act, batchNorm: false });
  const rng = new Rng(nInputs * 31 + hidden.length);
  const P = new Float64Array(layout.nParams).map(() => 1.5 * rng.normal());
  const X = new Float64Array(n * nInputs).map(() => 2 * rng.normal());
  const Y = new Float64Array(n).map((_, i) => (i % 3 === 0 ? 0.3 : i % 2));
  const net = layout.layers.map((L) => ({ nIn: L.nIn, nOut: L.nOut, w: L.w, b: L.b }));
  return { layout, P, X, Y, net };
}

describe('fused network kernels equal the plain loops and the layer path bit for bit', () => {
  for (const { nInputs, hidden } of SHAPES) {
    for (const act of ACTS) {
      it(`${nInputs} → [${hidden.join(',')}] → 1 ${act}`, () => {
        const n = 13;
        const { layout, P, X, Y, net } = setup(nInputs, hidden, act, n);
        // Rows out of order, from an offset: the trainer passes its shuffled order in place.
        const R = Int32Array.from([5, 0, 12, 7, 7, 3, 9, 1, 11, 2, 4]);
        const grads = [0, 1].map(() => new Float64Array(layout.nParams).fill(NaN));
        trainNetKernel(net, act)(P, grads[0]!, X, Y, R, 2, 8, TANH_TABLE);
        referenceTrainNet(net, act)(P, grads[1]!, X, Y, R, 2, 8, TANH_TABLE);
        expect(grads[0]).toEqual(grads[1]);
        expect(grads[0]!.every((g) => Number.isFinite(g))).toBe(true);

        // The layer-by-layer reference path on the same rows gathered into a batch.
        const mlp = new Mlp(layout, 8, 'reference');
        mlp.params.set(P);
        const Xb = new Float64Array(8 * nInputs);
        const Yb = new Float64Array(8);
        for (let e = 0; e < 8; e++) {
          const r = R[2 + e]!;
          Yb[e] = Y[r]!;
          for (let i = 0; i < nInputs; i++) Xb[e * nInputs + i] = X[r * nInputs + i]!;
        }
        mlp.trainBatch(Xb, Yb, 8, false, false);
        expect(grads[0]).toEqual(mlp.grads);

        for (const output of ['logit', 'probability'] as const) {
          const out = [0, 1].map(() => new Float64Array(n));
          evalNetKernel(net, act, output)(P, X, out[0]!, n, TANH_TABLE);
          referenceEvalNet(net, act, output)(P, X, out[1]!, n, TANH_TABLE);
          expect(out[0]).toEqual(out[1]);
        }
        const logits = new Float64Array(n);
        mlp.prepareEval();
        mlp.evalLogits(X, n, logits);
        const fused = new Float64Array(n);
        evalNetKernel(net, act, 'logit')(P, X, fused, n, TANH_TABLE);
        expect(fused).toEqual(logits);
      });
    }
  }
});

describe('fused kernel generation', () => {
  it('covers small networks only, with validated integers', () => {
    const layer = (nIn: number, nOut: number, w: number) => ({ nIn, nOut, w, b: w + nIn * nOut });
    expect(fusable([layer(2, 8, 0), layer(8, 1, 24)], 'tanh')).toBe(true);
    expect(fusable([layer(2, 8, 0), layer(8, 2, 24)], 'tanh')).toBe(false); // one output
    expect(fusable([layer(2, 8, 0), layer(7, 1, 24)], 'tanh')).toBe(false); // widths chain
    expect(fusable([layer(2, 8.5, 0)], 'tanh')).toBe(false);
    expect(fusable([{ nIn: 2, nOut: 1, w: 0, b: 0.5 }], 'tanh')).toBe(false);
    expect(fusable([layer(2, 1, 0)], 'softplus' as Activation)).toBe(false);
    const big = [layer(2, 64, 0), layer(64, 1, 2 * 64 + 64)];
    expect(64 * 3).toBeGreaterThan(MAX_FUSED_WEIGHTS);
    expect(fusable(big, 'tanh')).toBe(false);
    expect(() => trainNetKernel(big, 'tanh')).toThrow(/fusable/);
  });

  it('reuses one compiled kernel per network and kind', () => {
    const net = [{ nIn: 2, nOut: 1, w: 0, b: 2 }];
    expect(trainNetKernel(net, 'tanh')).toBe(trainNetKernel([{ ...net[0]! }], 'tanh'));
    expect(evalNetKernel(net, 'tanh', 'logit')).not.toBe(evalNetKernel(net, 'tanh', 'probability'));
    expect(trainNetKernel(net, 'tanh').toString()).toContain('reglab kernel net train');
    // Named for profiles and V8's traces, not "anonymous".
    expect(trainNetKernel(net, 'tanh').name).toBe('reglab_net_train_tanh_2x1_0_2');
  });

  it('evaluates any number of rows, two per iteration, an odd last one alone', () => {
    const { P, X, net } = setup(2, [8, 8], 'tanh', 5);
    for (const n of [0, 1, 2, 3, 5]) {
      const out = [0, 1].map(() => new Float64Array(6).fill(-7));
      evalNetKernel(net, 'tanh', 'probability')(P, X, out[0]!, n, TANH_TABLE);
      referenceEvalNet(net, 'tanh', 'probability')(P, X, out[1]!, n, TANH_TABLE);
      expect(out[0]).toEqual(out[1]);
      expect(out[0]!.slice(n).every((v) => v === -7)).toBe(true);
    }
  });
});

// The generated kernels must compute exactly what the plain loops compute: same operations in the
// same order, so the results agree to the last bit.
import { describe, expect, it } from 'vitest';
import { TANH_TABLE } from './activations';
import type { Activation } from './config';
import { MAX_UNROLLED_WEIGHTS, backwardKernel, forwardKernel } from './kernels';
import type { KernelActivation } from './activations';
import { referenceBackward, referenceForward } from './referenceKernels';
import { Rng } from './rng';

const B = 7;

function random(n: number, rng: Rng, scale = 1): Float64Array {
  return new Float64Array(n).map(() => scale * rng.normal());
}

function mask(n: number, rng: Rng, keep: number): Float64Array {
  return new Float64Array(n).map(() => (rng.float() < keep ? 1 / keep : 0));
}

const SHAPES: [number, number][] = [
  [1, 1],
  [2, 8],
  [8, 8],
  [7, 3],
  [8, 1],
  [16, 16],
  [32, 8],
];

describe('generated forward kernels equal the reference loops bit for bit', () => {
  const acts: KernelActivation[] = ['tanh', 'sigmoid', 'relu', 'linear', 'identity'];
  for (const [nIn, nOut] of SHAPES) {
    for (const act of acts) {
      for (const dropout of [false, true]) {
        it(`${nIn}→${nOut} ${act}${dropout ? ' with dropout' : ''}`, () => {
          const rng = new Rng(nIn * 100 + nOut);
          const P = random(nIn * nOut + nOut + 3, rng);
          const X = random(B * nIn, rng, 2);
          const M = mask(B * nOut, rng, 0.6);
          const spec = { nIn, nOut, act, dropout };
          const out = [0, 1].map(() => ({
            A: new Float64Array(B * nOut),
            D: new Float64Array(B * nOut),
          }));
          forwardKernel(spec)(P, 2, 2 + nIn * nOut, X, out[0]!.A, out[0]!.D, M, B, TANH_TABLE);
          referenceForward(spec)(P, 2, 2 + nIn * nOut, X, out[1]!.A, out[1]!.D, M, B, TANH_TABLE);
          expect(out[0]).toEqual(out[1]);
          expect(out[0]!.A.some((v) => v !== 0)).toBe(true);
        });
      }
    }
  }
});

describe('generated backward kernels equal the reference loops bit for bit', () => {
  const prevActs: (Activation | 'none')[] = ['none', 'tanh', 'sigmoid', 'relu', 'linear'];
  for (const [nIn, nOut] of SHAPES) {
    for (const prevAct of prevActs) {
      for (const prevDropout of prevAct === 'none' ? [false] : [false, true]) {
        it(`${nIn}→${nOut} after ${prevAct}${prevDropout ? ' with dropout' : ''}`, () => {
          const rng = new Rng(nIn * 1000 + nOut);
          const n = nIn * nOut + nOut;
          const P = random(n + 1, rng);
          const G = random(B * nOut, rng);
          const X = random(B * nIn, rng);
          // Some inactive units (a = 0) and some dropped ones, so every branch of act′ and the mask shows.
          const Ap = new Float64Array(B * nIn).map((_, k) =>
            k % 3 === 0 ? 0 : 0.05 + 0.9 * rng.float(),
          );
          const Mp = new Float64Array(B * nIn).map((_, k) => (k % 4 === 1 ? 0 : 2));
          const spec = { nIn, nOut, prevAct, prevDropout };
          const out = [0, 1].map(() => ({
            Gr: new Float64Array(n + 1),
            Gp: new Float64Array(B * nIn),
          }));
          backwardKernel(spec)(P, 1, 1 + nIn * nOut, out[0]!.Gr, G, X, out[0]!.Gp, Ap, Mp, B);
          referenceBackward(spec)(P, 1, 1 + nIn * nOut, out[1]!.Gr, G, X, out[1]!.Gp, Ap, Mp, B);
          expect(out[0]).toEqual(out[1]);
          expect(out[0]!.Gr[0]).toBe(0); // offsets respected: nothing written before wo
          if (prevAct !== 'none') expect(out[0]!.Gp.some((v) => v !== 0)).toBe(true);
        });
      }
    }
  }
});

describe('kernel generation', () => {
  it('reuses one compiled kernel per shape and flavour', () => {
    const spec = { nIn: 3, nOut: 4, act: 'tanh' as const, dropout: false };
    expect(forwardKernel(spec)).toBe(forwardKernel({ ...spec }));
    expect(forwardKernel(spec)).not.toBe(forwardKernel({ ...spec, dropout: true }));
  });

  it('falls back to the loops beyond the unrolling limit and refuses invalid widths', () => {
    expect(32 * 32).toBeGreaterThan(MAX_UNROLLED_WEIGHTS);
    const spec = { nIn: 32, nOut: 32, act: 'relu' as const, dropout: false };
    expect(forwardKernel(spec).toString()).not.toContain('reglab kernel');
    expect(forwardKernel({ ...spec, nIn: 8, nOut: 8 }).toString()).toContain(
      'reglab kernel fwd 8x8 relu',
    );
    expect(() => forwardKernel({ ...spec, nIn: 1.5 })).toThrow(/integers/);
    expect(() => backwardKernel({ nIn: 0, nOut: 2, prevAct: 'none', prevDropout: false })).toThrow(
      /integers/,
    );
  });
});

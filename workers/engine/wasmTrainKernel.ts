// The whole-network training kernel (TrainNetKernel's work) as WebAssembly SIMD, with the
// JavaScript kernel's operations in its order (see wasmEmit.ts), so the bits are the same.
import type { Activation } from './config';
import type { NetLayerSpec } from './referenceNetKernels';
import { Code, F64, I32, OP, SIMD, V128 } from './wasmBinary';
import type { WasmFunction } from './wasmBinary';
import { forwardPairs } from './wasmEvalKernel';
import {
  ADD,
  MUL,
  derivativePair,
  pairScratch,
  rowLoop,
  scratch,
  sigmoid,
  splats,
  transposeWeights,
} from './wasmEmit';

/**
 * train(pP, pGr, pX, pY, pR, r0, B, pT, pW), byte addresses in memory: TrainNetKernel's work.
 * R holds i32 row numbers; X, Y, P, Gr and the table T f64; pW: scratch (transposedLayout).
 */
export function trainFunction(layers: readonly NetLayerSpec[], act: Activation): WasmFunction {
  const [pP, pGr, pX, pY, pR, r0, B, pT, pW] = [0, 1, 2, 3, 4, 5, 6, 7, 8];
  const c = new Code(9);
  const s = pairScratch(c);
  const sc = scratch(c);
  const e = c.local(I32);
  const r = c.local(I32);
  const xb = c.local(I32);
  const Bf = c.local(F64);
  const I0 = layers[0]!.nIn;
  c.get(B).op(OP.f64ConvertI32S).set(Bf);
  transposeWeights(c, layers, pP, pW);
  for (const L of layers) {
    for (let k = 0; k < L.nIn * L.nOut; k++)
      c.get(pGr)
        .f64(0)
        .store(8 * (L.w + k));
    for (let j = 0; j < L.nOut; j++)
      c.get(pGr)
        .f64(0)
        .store(8 * (L.b + j));
  }
  /** Gr[offset] += the value `term` pushes (a pair of gradients where `vector`). */
  const acc = (offset: number, vector: boolean, term: () => void) => {
    c.get(pGr).get(pGr);
    if (vector) c.loadV(offset);
    else c.load(offset);
    term();
    if (vector) c.simd(ADD).storeV(offset);
    else c.op(OP.f64Add).store(offset);
  };
  rowLoop(c, e, B, 1, () => {
    c.get(r0).get(e).op(OP.i32Add).i32(2).op(OP.i32Shl).get(pR).op(OP.i32Add).loadI32(0).set(r);
    c.get(r)
      .i32(8 * I0)
      .op(OP.i32Mul)
      .get(pX)
      .op(OP.i32Add)
      .set(xb);
    const { x, acts, z } = forwardPairs(c, s, layers, act, { pP, pT, pW, xb });
    const v = c.local(F64);
    sigmoid(c, sc, pT, z, v);
    const dOut = c.local(F64);
    c.get(v).get(r).i32(3).op(OP.i32Shl).get(pY).op(OP.i32Add).load(0);
    c.op(OP.f64Sub).get(Bf).op(OP.f64Div).set(dOut);
    // The output layer: its bias gradient alone, then deltas as pairs from here down.
    const Lo = layers[layers.length - 1]!;
    acc(8 * Lo.b, false, () => c.get(dOut));
    const dSplat = c.local(V128);
    c.get(dOut).simd(SIMD.f64x2Splat).set(dSplat);
    let dj = [dSplat];
    let deltas: number[] = [];
    for (let l = layers.length - 1; l >= 0; l--) {
      const L = layers[l]!;
      const inputs = l > 0 ? acts[l - 1]! : x;
      if (l < layers.length - 1) {
        deltas.forEach((D, q) => acc(8 * (L.b + 2 * q), true, () => c.get(D)));
        dj = splats(c, deltas);
      }
      // Input pair by input pair: the next layer's deltas for the pair (they read the weights
      // W[·][p]), then the gradients of those same weights. Each gradient is still updated once per
      // row and each delta sums in output order; but the weight loads now sit between gradient
      // stores, which keeps V8 from hoisting all of them to the top and spilling them (the kernel
      // alone: 1.04× on [8,8], 1.00× on [8×6]).
      const next: number[] = [];
      inputs.forEach((xp, p) => {
        if (l > 0) {
          dj.forEach((d, j) => {
            c.get(d)
              .get(pP)
              .loadV(8 * (L.w + j * L.nIn + 2 * p))
              .simd(MUL);
            if (j > 0) c.simd(ADD);
          });
          derivativePair(c, act, xp);
          const D = c.local(V128);
          c.simd(MUL).set(D);
          next.push(D);
        }
        dj.forEach((d, j) => {
          acc(8 * (L.w + j * L.nIn + 2 * p), true, () => c.get(d).get(xp).simd(MUL));
        });
      });
      deltas = next;
    }
  });
  return { name: 'train', params: Array<typeof I32>(9).fill(I32), code: c };
}

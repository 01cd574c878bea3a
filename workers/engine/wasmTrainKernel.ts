// The whole-network training kernel (TrainNetKernel's work) as WebAssembly SIMD, with the
// JavaScript kernel's operations in its order (see wasmEmit.ts), so the bits are the same.
//
// Shaped for V8's optimizing compiler (TurboFan, x64: 16 XMM registers), each measured:
// - Anchors. V8 keeps memory operations in program order but places pure arithmetic as late as
//   its first use allows. A value computed here and used much later (a layer's sums, its
//   activations, a delta needed by the next layer down) was computed late, while the weight loads
//   it needs stayed early, all live at once: about 200 spill moves per [8,8] row. Each such value
//   is now also stored to the scratch area once computed; the store is a use V8 must order, so the
//   arithmetic happens where the program puts it (22 spill moves per row left).
// - Two rows per iteration, their forward passes merged statement by statement (interleaved):
//   one row's forward pass is one long dependency chain (sums, table lookups, layer after layer)
//   that left the CPU waiting; two rows' chains overlap. The backward passes follow one row after
//   the other, row e's gradient terms before row e + 1's, as in JavaScript.
// - The backward pass reloads each layer's inputs from those stored activations (not the forward
//   pass's locals), so no activation stays live in a register from one pass to the other.
import type { Activation } from './config';
import type { NetLayerSpec } from './referenceNetKernels';
import { Code, F64, I32, OP, SIMD, V128 } from './wasmBinary';
import type { WasmFunction } from './wasmBinary';
import { forwardPairs } from './wasmEvalKernel';
import {
  ADD,
  MUL,
  TRAIN_ROWS,
  derivativePair,
  interleaved,
  pairScratch,
  scratchLayout,
  sigmoidPair,
  splats,
  transposeWeights,
} from './wasmEmit';

/** Gr[offset] = 0 over n doubles: pairs by v128 stores, an odd last one by an f64 store. */
function zero(c: Code, pGr: number, offset: number, n: number): void {
  for (let k = 0; k + 1 < n; k += 2)
    c.get(pGr)
      .splatConst(0)
      .storeV(offset + 8 * k);
  if (n % 2 === 1)
    c.get(pGr)
      .f64(0)
      .store(offset + 8 * (n - 1));
}

const [pP, pGr, pX, pY, pR, r0, B, pT, pW] = [0, 1, 2, 3, 4, 5, 6, 7, 8];

/**
 * One row's forward pass, row number R[r0 + e], its values stored in the scratch area's row `row`;
 * returns the emitter of its backward pass (gradients added into Gr).
 */
function trainRow(
  c: Code,
  layers: readonly NetLayerSpec[],
  act: Activation,
  e: number,
  Bf: number,
  row: number,
): (c: Code) => void {
  const s = pairScratch(c);
  const r = c.local(I32);
  const xb = c.local(I32);
  const I0 = layers[0]!.nIn;
  const scratch = scratchLayout(layers);
  c.get(r0).get(e).op(OP.i32Add).i32(2).op(OP.i32Shl).get(pR).op(OP.i32Add).loadI32(0).set(r);
  c.get(r)
    .i32(8 * I0)
    .op(OP.i32Mul)
    .get(pX)
    .op(OP.i32Add)
    .set(xb);
  const actsAt = scratch.acts.map((o) => o + row * scratch.rowBytes);
  const deltasAt = scratch.deltas.map((o) => o + row * scratch.rowBytes);
  // Anchors: the sums go where the deltas will (they are never read), the activations are read.
  const anchors = { z: deltasAt, a: actsAt };
  const { z } = forwardPairs(c, s, layers, act, { pP, pT, pW, xb, anchors });
  const v = c.local(F64);
  sigmoidPair(c, s, pT, z, v);
  const dOut = c.local(F64);
  c.get(v).get(r).i32(3).op(OP.i32Shl).get(pY).op(OP.i32Add).load(0);
  c.op(OP.f64Sub).get(Bf).op(OP.f64Div).set(dOut);
  return (c: Code) => {
    /** Gr[offset] += the value `term` pushes (a pair of gradients where `vector`). */
    const acc = (offset: number, vector: boolean, term: () => void) => {
      c.get(pGr).get(pGr);
      if (vector) c.loadV(offset);
      else c.load(offset);
      term();
      if (vector) c.simd(ADD).storeV(offset);
      else c.op(OP.f64Add).store(offset);
    };
    // The output layer: its bias gradient alone, then deltas as pairs from here down.
    const Lo = layers[layers.length - 1]!;
    acc(8 * Lo.b, false, () => c.get(dOut));
    const dSplat = c.local(V128);
    c.get(dOut).simd(SIMD.f64x2Splat).set(dSplat);
    let dj = [dSplat];
    let deltas: number[] = [];
    for (let l = layers.length - 1; l >= 0; l--) {
      const L = layers[l]!;
      if (l < layers.length - 1) {
        deltas.forEach((D, q) => acc(8 * (L.b + 2 * q), true, () => c.get(D)));
        dj = splats(c, deltas);
      }
      // Input pair by input pair: the next layer's deltas for the pair (they read the weights
      // W[·][p]), then the gradients of those same weights. Each gradient is still updated once
      // per row and each delta sums in output order. The weight loads sit between gradient
      // stores, which keeps V8 from hoisting all of them to the top and spilling them.
      const next: number[] = [];
      const [base, from] = l > 0 ? [pW, actsAt[l - 1]!] : [xb, 0];
      for (let p = 0; p < L.nIn / 2; p++) {
        const xp = c.local(V128);
        c.get(base)
          .loadV(from + 16 * p)
          .set(xp);
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
          // The anchor (see above): a scratch slot no one reads.
          c.get(pW)
            .get(D)
            .storeV(deltasAt[l - 1]! + 16 * p);
          next.push(D);
        }
        dj.forEach((d, j) => {
          acc(8 * (L.w + j * L.nIn + 2 * p), true, () => c.get(d).get(xp).simd(MUL));
        });
      }
      deltas = next;
    }
  };
}

/**
 * train(pP, pGr, pX, pY, pR, r0, B, pT, pW), byte addresses in memory: TrainNetKernel's work.
 * R holds i32 row numbers; X, Y, P, Gr and the table T f64; pW: scratch (scratchLayout).
 */
export function trainFunction(layers: readonly NetLayerSpec[], act: Activation): WasmFunction {
  const c = new Code(9);
  const e = c.local(I32);
  const e1 = c.local(I32);
  const Bf = c.local(F64);
  c.get(B).op(OP.f64ConvertI32S).set(Bf);
  transposeWeights(c, layers, pP, pW);
  for (const L of layers) {
    zero(c, pGr, 8 * L.w, L.nIn * L.nOut);
    zero(c, pGr, 8 * L.b, L.nOut);
  }
  // for (e = 0; e + 2 <= B; e += 2): rows e and e + 1, forward passes merged, then backward passes.
  c.i32(0).set(e);
  c.op(...OP.block, ...OP.loop);
  c.get(e).i32(TRAIN_ROWS).op(OP.i32Add).get(B).op(OP.i32GtS, OP.brIf, 1);
  c.get(e).i32(1).op(OP.i32Add).set(e1);
  const backward: ((c: Code) => void)[] = [];
  interleaved(c, TRAIN_ROWS, (sub, row) =>
    backward.push(trainRow(sub, layers, act, row === 0 ? e : e1, Bf, row)),
  );
  for (const emit of backward) emit(c);
  c.get(e).i32(TRAIN_ROWS).op(OP.i32Add).set(e);
  c.op(OP.br, 0).end().end();
  // An odd last row.
  c.get(e)
    .get(B)
    .op(OP.i32LtS, ...OP.if);
  trainRow(c, layers, act, e, Bf, 0)(c);
  c.end();
  return { name: 'train', params: Array<typeof I32>(9).fill(I32), code: c };
}

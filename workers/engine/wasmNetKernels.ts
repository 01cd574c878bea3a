// The whole-network kernels of netKernels.ts as WebAssembly, generated per shape: the same f64
// operations in the same order (bias first, then inputs in order; the table tanh and sigmoid;
// gradients added into Gr), so the results are bit-identical to the JavaScript kernels. What
// differs is where values live: the weights are read from memory with constant offsets (an x64
// multiply takes them as a memory operand, no bounds check), so nothing has to be spilled.
import type { Activation } from './config';
import { TANH_LIMIT, TANH_STEPS_PER_UNIT } from './activations';
import type { NetLayerSpec } from './referenceNetKernels';
import { Code, F64, I32, OP, SIMD, V128 } from './wasmBinary';
import type { WasmFunction } from './wasmBinary';

const PIECES = 2 * TANH_LIMIT * TANH_STEPS_PER_UNIT;

/** Scratch locals the table lookups share. */
interface Scratch {
  u: number;
  f: number;
  k: number;
  q: number;
}

function scratch(c: Code): Scratch {
  return { u: c.local(F64), f: c.local(F64), k: c.local(I32), q: c.local(I32) };
}

/** out = tanh(local z) by the table (tanhSource's operations); pT: the table's byte address. */
function tanh(c: Code, s: Scratch, pT: number, z: number, out: number): void {
  c.get(z).f64(TANH_LIMIT).op(OP.f64Add).f64(TANH_STEPS_PER_UNIT).op(OP.f64Mul).set(s.u);
  // u = u < 0 ? 0 : u;  u = u > PIECES ? PIECES : u
  c.f64(0).get(s.u).get(s.u).f64(0).op(OP.f64Lt, OP.select).set(s.u);
  c.f64(PIECES).get(s.u).get(s.u).f64(PIECES).op(OP.f64Gt, OP.select).set(s.u);
  c.get(s.u)
    .op(...OP.i32TruncSatF64S)
    .tee(s.k);
  c.op(OP.f64ConvertI32S).set(s.f);
  c.get(s.u).get(s.f).op(OP.f64Sub).set(s.f);
  c.get(s.k).i32(5).op(OP.i32Shl).get(pT).op(OP.i32Add).set(s.q);
  c.get(s.q).load(0).get(s.f).get(s.q).load(8).get(s.f).get(s.q).load(16);
  c.get(s.f).get(s.q).load(24).op(OP.f64Mul, OP.f64Add, OP.f64Mul, OP.f64Add, OP.f64Mul);
  c.op(OP.f64Add).set(out);
}

/** out = 0.5 + 0.5 · tanh(0.5 · z). */
function sigmoid(c: Code, s: Scratch, pT: number, z: number, out: number): void {
  const zh = c.local(F64);
  const th = c.local(F64);
  c.f64(0.5).get(z).op(OP.f64Mul).set(zh);
  tanh(c, s, pT, zh, th);
  c.f64(0.5).f64(0.5).get(th).op(OP.f64Mul, OP.f64Add).set(out);
}

/** `for (e = 0; e < n; e += step) body` */
function rowLoop(c: Code, e: number, n: number, step: number, body: () => void): void {
  c.i32(0).set(e);
  c.op(...OP.block, ...OP.loop);
  c.get(e).get(n).op(OP.i32GeS, OP.brIf, 1);
  body();
  c.get(e).i32(step).op(OP.i32Add).set(e);
  c.op(OP.br, 0).end().end();
}

// SIMD: the two lanes of an f64x2 are two different units (or two different weights), never two
// terms of one sum, so every value sees the same operations in the same order as in JavaScript.
// Sums over a layer's inputs run in the lanes of two output units; the weights they need side by
// side are copied transposed into scratch memory (pW) once per call. Backward, the sums over a
// layer's outputs run in the lanes of two input units, whose weights are side by side in P.

/** Whether the SIMD kernels cover this network: even input count and hidden widths, one output. */
export function simdShape(layers: readonly NetLayerSpec[]): boolean {
  const last = layers[layers.length - 1];
  return (
    last !== undefined &&
    last.nOut === 1 &&
    layers.every((L, l) => L.nIn % 2 === 0 && (l === layers.length - 1 || L.nOut % 2 === 0))
  );
}

/** Byte offsets of each hidden layer's transposed weights in the scratch area, and its size. */
export function transposedLayout(layers: readonly NetLayerSpec[]): { at: number[]; bytes: number } {
  const at: number[] = [];
  let bytes = 0;
  for (const L of layers) {
    at.push(bytes);
    if (L !== layers[layers.length - 1]) bytes += 8 * L.nIn * L.nOut;
  }
  return { at, bytes };
}

const { f64x2Add: ADD, f64x2Sub: SUB, f64x2Mul: MUL } = SIMD;

interface PairScratch {
  u: number;
  f: number;
  k: number;
  q0: number;
  q1: number;
  lo0: number;
  lo1: number;
  hi0: number;
  hi1: number;
}

function pairScratch(c: Code): PairScratch {
  const v = () => c.local(V128);
  return {
    u: v(),
    f: v(),
    k: v(),
    q0: c.local(I32),
    q1: c.local(I32),
    lo0: v(),
    lo1: v(),
    hi0: v(),
    hi1: v(),
  };
}

/** out = tanh of both lanes of z by the table, lane for lane tanhSource's operations. */
function tanhPair(c: Code, s: PairScratch, pT: number, z: number, out: number): void {
  c.get(z).splatConst(TANH_LIMIT).simd(ADD).splatConst(TANH_STEPS_PER_UNIT).simd(MUL);
  c.splatConst(0).simd(SIMD.f64x2Pmax).splatConst(PIECES).simd(SIMD.f64x2Pmin).tee(s.u);
  c.simd(SIMD.i32x4TruncSatF64x2SZero).tee(s.k).simd(SIMD.f64x2ConvertLowI32x4S).set(s.f);
  c.get(s.u).get(s.f).simd(SUB).set(s.f);
  for (const [lane, q] of [
    [0, s.q0],
    [1, s.q1],
  ] as const) {
    c.get(s.k).simd(SIMD.i32x4ExtractLane).op(lane).i32(5).op(OP.i32Shl).get(pT).op(OP.i32Add);
    c.set(q);
  }
  c.get(s.q0).loadV(0).set(s.lo0).get(s.q1).loadV(0).set(s.lo1);
  c.get(s.q0).loadV(16).set(s.hi0).get(s.q1).loadV(16).set(s.hi1);
  // c0 + f·(c1 + f·(c2 + f·c3)), each coefficient gathered from the two lanes' table rows.
  c.get(s.lo0).get(s.lo1).shuffle(0, 2).get(s.f).get(s.lo0).get(s.lo1).shuffle(1, 3);
  c.get(s.f).get(s.hi0).get(s.hi1).shuffle(0, 2).get(s.f).get(s.hi0).get(s.hi1).shuffle(1, 3);
  c.simd(MUL, ADD, MUL, ADD, MUL, ADD).set(out);
}

function activatePair(
  c: Code,
  s: PairScratch,
  pT: number,
  act: Activation,
  z: number,
  out: number,
) {
  if (act === 'tanh') {
    tanhPair(c, s, pT, z, out);
  } else if (act === 'sigmoid') {
    const zh = c.local(V128);
    c.splatConst(0.5).get(z).simd(MUL).set(zh);
    tanhPair(c, s, pT, zh, out);
    c.splatConst(0.5).splatConst(0.5).get(out).simd(MUL, ADD).set(out);
  } else if (act === 'relu') {
    c.splatConst(0).get(z).simd(SIMD.f64x2Max).set(out);
  } else {
    c.get(z).set(out);
  }
}

/** Pushes derivativeSource(act, a) for both lanes of a. */
function derivativePair(c: Code, act: Activation, a: number): void {
  if (act === 'tanh') c.splatConst(1).get(a).get(a).simd(MUL, SUB);
  else if (act === 'sigmoid') c.get(a).splatConst(1).get(a).simd(SUB, MUL);
  else if (act === 'relu')
    c.get(a).splatConst(0).simd(SIMD.f64x2Gt).splatConst(1).simd(SIMD.v128And);
  else c.splatConst(1);
}

/** Locals holding lane `lane` of `pair` in both lanes. */
function splats(c: Code, pairs: number[]): number[] {
  return pairs.flatMap((p) =>
    [0, 1].map((lane) => {
      const v = c.local(V128);
      c.get(p).get(p).shuffle(lane, lane).set(v);
      return v;
    }),
  );
}

interface Addresses {
  pP: number;
  pT: number;
  pW: number;
  /** Byte address of the row's first input. */
  xb: number;
}

/**
 * Forward pass of one row: the input pairs, each hidden layer's output pairs, and the output
 * logit's local.
 */
function forwardPairs(
  c: Code,
  s: PairScratch,
  layers: readonly NetLayerSpec[],
  act: Activation,
  m: Addresses,
): { x: number[]; acts: number[][]; z: number } {
  const wt = transposedLayout(layers).at;
  const I0 = layers[0]!.nIn;
  const x = Array.from({ length: I0 / 2 }, (_, p) => {
    const v = c.local(V128);
    c.get(m.xb)
      .loadV(16 * p)
      .set(v);
    return v;
  });
  const acts: number[][] = [];
  let inputs = x;
  for (let l = 0; l < layers.length - 1; l++) {
    const L = layers[l]!;
    const zs: number[] = [];
    const spl: number[] = [];
    for (let i = 0; i < L.nIn; i++) {
      const v = c.local(V128);
      if (l === 0) c.get(m.xb).loadSplat(8 * i);
      else
        c.get(inputs[i >> 1]!)
          .get(inputs[i >> 1]!)
          .shuffle(i & 1, i & 1);
      c.set(v);
      spl.push(v);
    }
    for (let p = 0; p < L.nOut / 2; p++) {
      const z = c.local(V128);
      c.get(m.pP).loadV(8 * (L.b + 2 * p));
      spl.forEach((xi, i) =>
        c
          .get(m.pW)
          .loadV(wt[l]! + 16 * (p * L.nIn + i))
          .get(xi)
          .simd(MUL, ADD),
      );
      c.set(z);
      zs.push(z);
    }
    const outs: number[] = [];
    for (const z of zs) {
      const a = c.local(V128);
      activatePair(c, s, m.pT, act, z, a);
      outs.push(a);
    }
    acts.push(outs);
    inputs = outs;
  }
  // The output unit: one sum, in order, over the last hidden layer's lanes.
  const L = layers[layers.length - 1]!;
  const z = c.local(F64);
  c.get(m.pP).load(8 * L.b);
  for (let i = 0; i < L.nIn; i++) {
    c.get(m.pP)
      .load(8 * (L.w + i))
      .get(inputs[i >> 1]!)
      .simd(SIMD.f64x2ExtractLane)
      .op(i & 1);
    c.op(OP.f64Mul, OP.f64Add);
  }
  c.set(z);
  return { x, acts, z };
}

/** Copies each hidden layer's weights into pW transposed: units 2p and 2p + 1 side by side. */
function transposeWeights(c: Code, layers: readonly NetLayerSpec[], pP: number, pW: number) {
  const wt = transposedLayout(layers).at;
  for (let l = 0; l < layers.length - 1; l++) {
    const L = layers[l]!;
    for (let j = 0; j < L.nOut; j++) {
      for (let i = 0; i < L.nIn; i++) {
        const to = wt[l]! + 16 * ((j >> 1) * L.nIn + i) + 8 * (j & 1);
        c.get(pW)
          .get(pP)
          .load(8 * (L.w + j * L.nIn + i))
          .store(to);
      }
    }
  }
}

/**
 * Emits `emit` for each of `rows` rows, merged statement by statement (statement k of every row
 * follows statement k of the row before): rows are independent, and a lone row's long dependency
 * chains (layer sums, table lookups) leave the CPU idle that a second row's chains fill.
 */
function interleaved(c: Code, rows: number, emit: (sub: Code, row: number) => void): void {
  const parts = Array.from({ length: rows }, (_, row) => {
    const sub = new Code(0, c);
    emit(sub, row);
    return sub.statements();
  });
  const n = Math.max(...parts.map((p) => p.length));
  for (let k = 0; k < n; k++) {
    for (const p of parts) {
      const statement = p[k];
      if (statement) c.op(...statement);
    }
  }
}

/**
 * Rows per iteration of the evaluation loop (see interleaved): two made the grid 1.07× as fast
 * (the kernel alone, interleaved with the peak). Training keeps one row: two rows, even with both
 * rows' gradient terms added in one load and store, measured 1.00–1.01×.
 */
const EVAL_ROWS = 2;

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

/** evaluate(pP, pX, pOut, n, pT, pW): EvalNetKernel's work, f64 outputs. */
export function evalFunction(
  layers: readonly NetLayerSpec[],
  act: Activation,
  probability: boolean,
): WasmFunction {
  const [pP, pX, pOut, n, pT, pW] = [0, 1, 2, 3, 4, 5];
  const c = new Code(6);
  const e = c.local(I32);
  const e1 = c.local(I32);
  const I0 = layers[0]!.nIn;
  transposeWeights(c, layers, pP, pW);
  // Two rows per iteration; an odd last row is computed twice (both write the same value).
  rowLoop(c, e, n, EVAL_ROWS, () => {
    c.get(e).i32(1).op(OP.i32Add).get(e).get(e).i32(1).op(OP.i32Add).get(n).op(OP.i32LtS);
    c.op(OP.select).set(e1);
    interleaved(c, EVAL_ROWS, (c, row) => {
      const s = pairScratch(c);
      const sc = scratch(c);
      const er = row === 0 ? e : e1;
      const xb = c.local(I32);
      c.get(er)
        .i32(8 * I0)
        .op(OP.i32Mul)
        .get(pX)
        .op(OP.i32Add)
        .set(xb);
      const { z } = forwardPairs(c, s, layers, act, { pP, pT, pW, xb });
      let out = z;
      if (probability) {
        out = c.local(F64);
        sigmoid(c, sc, pT, z, out);
      }
      c.get(er).i32(3).op(OP.i32Shl).get(pOut).op(OP.i32Add).get(out).store(0);
    });
  });
  const name = probability ? 'probability' : 'logit';
  return { name, params: Array<typeof I32>(6).fill(I32), code: c };
}

// What the WebAssembly network kernels share (wasmTrainKernel.ts, wasmEvalKernel.ts): the table
// tanh and sigmoid, scalar and on pairs, the activations' derivatives, the row loop, the shapes the
// SIMD kernels cover and their scratch memory. Every emitter performs the JavaScript expression's
// f64 operations in its order (netKernels.ts, activations.ts), so the kernels' bits are the
// JavaScript kernels'.
import type { Activation } from './config';
import { TANH_LIMIT, TANH_STEPS_PER_UNIT } from './activations';
import type { NetLayerSpec } from './referenceNetKernels';
import { Code, F64, I32, OP, SIMD, V128 } from './wasmBinary';

const PIECES = 2 * TANH_LIMIT * TANH_STEPS_PER_UNIT;

/** Scratch locals the table lookups share. */
export interface Scratch {
  u: number;
  f: number;
  k: number;
  q: number;
}

export function scratch(c: Code): Scratch {
  return { u: c.local(F64), f: c.local(F64), k: c.local(I32), q: c.local(I32) };
}

/** out = tanh(local z) by the table (tanhSource's operations); pT: the table's byte address. */
export function tanh(c: Code, s: Scratch, pT: number, z: number, out: number): void {
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
export function sigmoid(c: Code, s: Scratch, pT: number, z: number, out: number): void {
  const zh = c.local(F64);
  const th = c.local(F64);
  c.f64(0.5).get(z).op(OP.f64Mul).set(zh);
  tanh(c, s, pT, zh, th);
  c.f64(0.5).f64(0.5).get(th).op(OP.f64Mul, OP.f64Add).set(out);
}

/** `for (e = 0; e < n; e += step) body` */
export function rowLoop(c: Code, e: number, n: number, step: number, body: () => void): void {
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

/** The scratch area (pW): byte offsets of each layer's transposed weights and of rows' values. */
export interface ScratchLayout {
  /** Each hidden layer's weights, transposed (units 2p and 2p + 1 side by side). */
  at: number[];
  /** The first row's outputs of each hidden layer, then its deltas (the training kernel's). */
  acts: number[];
  deltas: number[];
  /** Bytes from one row's values to the next row's (TRAIN_ROWS rows). */
  rowBytes: number;
  bytes: number;
}

/** Rows whose values the scratch area holds at once (the training kernel's rows per iteration). */
export const TRAIN_ROWS = 2;

export function scratchLayout(layers: readonly NetLayerSpec[]): ScratchLayout {
  const hidden = layers.slice(0, -1);
  let bytes = 0;
  const take = (n: number) => {
    const at = bytes;
    bytes += 8 * n;
    return at;
  };
  const at = layers.map((L, l) => take(l < hidden.length ? L.nIn * L.nOut : 0));
  const start = bytes;
  const acts = hidden.map((L) => take(L.nOut));
  const deltas = hidden.map((L) => take(L.nOut));
  const rowBytes = bytes - start;
  bytes += (TRAIN_ROWS - 1) * rowBytes;
  return { at, acts, deltas, rowBytes, bytes };
}

export const { f64x2Add: ADD, f64x2Sub: SUB, f64x2Mul: MUL } = SIMD;

export interface PairScratch {
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

export function pairScratch(c: Code): PairScratch {
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
export function tanhPair(c: Code, s: PairScratch, pT: number, z: number, out: number): void {
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

export function activatePair(
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

/**
 * out (f64) = the table sigmoid of the f64 local z, computed on a pair: the same operations as
 * sigmoid's, but V8 compiles the scalar clamps (f64 selects) to branches and these to pmin/pmax.
 */
export function sigmoidPair(c: Code, s: PairScratch, pT: number, z: number, out: number): void {
  const zs = c.local(V128);
  const o = c.local(V128);
  c.get(z).simd(SIMD.f64x2Splat).set(zs);
  activatePair(c, s, pT, 'sigmoid', zs, o);
  c.get(o).simd(SIMD.f64x2ExtractLane).op(0).set(out);
}

/** Pushes derivativeSource(act, a) for both lanes of a. */
export function derivativePair(c: Code, act: Activation, a: number): void {
  if (act === 'tanh') c.splatConst(1).get(a).get(a).simd(MUL, SUB);
  else if (act === 'sigmoid') c.get(a).splatConst(1).get(a).simd(SUB, MUL);
  else if (act === 'relu')
    c.get(a).splatConst(0).simd(SIMD.f64x2Gt).splatConst(1).simd(SIMD.v128And);
  else c.splatConst(1);
}

/** Locals holding lane `lane` of `pair` in both lanes. */
export function splats(c: Code, pairs: number[]): number[] {
  return pairs.flatMap((p) =>
    [0, 1].map((lane) => {
      const v = c.local(V128);
      c.get(p).get(p).shuffle(lane, lane).set(v);
      return v;
    }),
  );
}

/** Copies each hidden layer's weights into pW transposed: units 2p and 2p + 1 side by side. */
export function transposeWeights(c: Code, layers: readonly NetLayerSpec[], pP: number, pW: number) {
  const wt = scratchLayout(layers).at;
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
export function interleaved(c: Code, rows: number, emit: (sub: Code, row: number) => void): void {
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

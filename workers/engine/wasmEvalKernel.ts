// The whole-network evaluation kernel (EvalNetKernel's work) as WebAssembly SIMD: the output
// logit or its table sigmoid for each row, two rows per iteration, with the JavaScript kernel's
// operations in its order (see wasmEmit.ts), so the bits are the same.
import type { Activation } from './config';
import type { NetLayerSpec } from './referenceNetKernels';
import { Code, F64, I32, OP, SIMD, V128 } from './wasmBinary';
import type { WasmFunction } from './wasmBinary';
import type { PairScratch } from './wasmEmit';
import {
  ADD,
  MUL,
  activatePair,
  interleaved,
  pairScratch,
  rowLoop,
  scratch,
  sigmoid,
  transposeWeights,
  scratchLayout,
} from './wasmEmit';

export interface Addresses {
  pP: number;
  pT: number;
  pW: number;
  /** Byte address of the row's first input. */
  xb: number;
  /** Scratch offsets (from pW) per hidden layer where each z pair / activation pair is stored. */
  anchors?: { z?: number[]; a?: number[] };
}

/**
 * Stores pair `p` of a layer (the local `v`) to its anchor row at scratch offset `at` from `pW`,
 * when the caller asked for that row (see wasmTrainKernel.ts: the store keeps V8 from moving the
 * arithmetic that made `v`).
 */
function storeAnchor(c: Code, pW: number, at: number | undefined, v: number, p: number): void {
  if (at !== undefined)
    c.get(pW)
      .get(v)
      .storeV(at + 16 * p);
}

/**
 * Forward pass of one row: the input pairs, each hidden layer's output pairs, and the output
 * logit's local.
 */
export function forwardPairs(
  c: Code,
  s: PairScratch,
  layers: readonly NetLayerSpec[],
  act: Activation,
  m: Addresses,
): { x: number[]; acts: number[][]; z: number } {
  const wt = scratchLayout(layers).at;
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
      storeAnchor(c, m.pW, m.anchors?.z?.[l], z, p);
    }
    const outs: number[] = [];
    zs.forEach((z, p) => {
      const a = c.local(V128);
      activatePair(c, s, m.pT, act, z, a);
      outs.push(a);
      storeAnchor(c, m.pW, m.anchors?.a?.[l], a, p);
    });
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

/**
 * Rows per iteration of the evaluation loop (see interleaved): two made the grid 1.07× as fast
 * (the kernel alone, interleaved with the peak). Training keeps one row: two rows, even with both
 * rows' gradient terms added in one load and store, measured 1.00–1.01×.
 */
const EVAL_ROWS = 2;

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
      const lay = scratchLayout(layers);
      const at = (o: number) => o + row * lay.rowBytes;
      const anchors = { z: lay.deltas.map(at), a: lay.acts.map(at) };
      const { z } = forwardPairs(c, s, layers, act, { pP, pT, pW, xb, anchors });
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

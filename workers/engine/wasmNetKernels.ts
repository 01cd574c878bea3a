// The whole-network kernels of netKernels.ts as WebAssembly, generated per shape: the same f64
// operations in the same order (bias first, then inputs in order; the table tanh and sigmoid;
// gradients added into Gr), so the results are bit-identical to the JavaScript kernels. What
// differs is where values live: the weights are read from memory with constant offsets (an x64
// multiply takes them as a memory operand, no bounds check), so nothing has to be spilled.
import type { Activation } from './config';
import { TANH_LIMIT, TANH_STEPS_PER_UNIT } from './activations';
import type { NetLayerSpec } from './referenceNetKernels';
import { Code, F64, I32, OP } from './wasmBinary';
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

/** out = activation(local z), as activationSource. */
function activate(c: Code, s: Scratch, pT: number, act: Activation, z: number, out: number) {
  if (act === 'tanh') tanh(c, s, pT, z, out);
  else if (act === 'sigmoid') sigmoid(c, s, pT, z, out);
  else if (act === 'relu') c.f64(0).get(z).op(OP.f64Max).set(out);
  else c.get(z).set(out);
}

/** out = 0.5 + 0.5 · tanh(0.5 · z). */
function sigmoid(c: Code, s: Scratch, pT: number, z: number, out: number): void {
  const zh = c.local(F64);
  const th = c.local(F64);
  c.f64(0.5).get(z).op(OP.f64Mul).set(zh);
  tanh(c, s, pT, zh, th);
  c.f64(0.5).f64(0.5).get(th).op(OP.f64Mul, OP.f64Add).set(out);
}

/** Pushes derivativeSource(act, a). */
function derivative(c: Code, act: Activation, a: number): void {
  if (act === 'tanh') c.f64(1).get(a).get(a).op(OP.f64Mul, OP.f64Sub);
  else if (act === 'sigmoid') c.get(a).f64(1).get(a).op(OP.f64Sub, OP.f64Mul);
  else if (act === 'relu') c.f64(1).f64(0).get(a).f64(0).op(OP.f64Gt, OP.select);
  else c.f64(1);
}

/**
 * Forward pass of one row whose inputs are the locals `x`: returns the locals of each hidden
 * layer's outputs and the output logit's local.
 */
function forward(
  c: Code,
  s: Scratch,
  layers: readonly NetLayerSpec[],
  act: Activation,
  pP: number,
  pT: number,
  x: number[],
): { acts: number[][]; z: number } {
  const acts: number[][] = [];
  let inputs = x;
  let z = -1;
  for (let l = 0; l < layers.length; l++) {
    const L = layers[l]!;
    const last = l === layers.length - 1;
    const outs: number[] = [];
    for (let j = 0; j < L.nOut; j++) {
      z = c.local(F64);
      c.get(pP).load(8 * (L.b + j));
      inputs.forEach((xi, i) =>
        c
          .get(pP)
          .load(8 * (L.w + j * L.nIn + i))
          .get(xi)
          .op(OP.f64Mul, OP.f64Add),
      );
      c.set(z);
      if (!last) {
        const a = c.local(F64);
        activate(c, s, pT, act, z, a);
        outs.push(a);
      }
    }
    if (!last) acts.push(outs);
    inputs = outs;
  }
  return { acts, z };
}

/** `for (e = 0; e < n; e++) body` */
function rowLoop(c: Code, e: number, n: number, body: () => void): void {
  c.i32(0).set(e);
  c.op(...OP.block, ...OP.loop);
  c.get(e).get(n).op(OP.i32GeS, OP.brIf, 1);
  body();
  c.get(e).i32(1).op(OP.i32Add).set(e);
  c.op(OP.br, 0).end().end();
}

/**
 * train(pP, pGr, pX, pY, pR, r0, B, pT), byte addresses in memory: TrainNetKernel's work.
 * R holds i32 row numbers; X, Y, P, Gr and the table T f64.
 */
export function trainFunction(layers: readonly NetLayerSpec[], act: Activation): WasmFunction {
  const [pP, pGr, pX, pY, pR, r0, B, pT] = [0, 1, 2, 3, 4, 5, 6, 7];
  const c = new Code(8);
  const s = scratch(c);
  const e = c.local(I32);
  const r = c.local(I32);
  const xb = c.local(I32);
  const Bf = c.local(F64);
  const I0 = layers[0]!.nIn;
  const x = Array.from({ length: I0 }, () => c.local(F64));
  c.get(B).op(OP.f64ConvertI32S).set(Bf);
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
  rowLoop(c, e, B, () => {
    c.get(r0).get(e).op(OP.i32Add).i32(2).op(OP.i32Shl).get(pR).op(OP.i32Add).loadI32(0).set(r);
    c.get(r)
      .i32(8 * I0)
      .op(OP.i32Mul)
      .get(pX)
      .op(OP.i32Add)
      .set(xb);
    x.forEach((xi, i) =>
      c
        .get(xb)
        .load(8 * i)
        .set(xi),
    );
    const { acts, z } = forward(c, s, layers, act, pP, pT, x);
    const v = c.local(F64);
    sigmoid(c, s, pT, z, v);
    const dOut = c.local(F64);
    c.get(v).get(r).i32(3).op(OP.i32Shl).get(pY).op(OP.i32Add).load(0);
    c.op(OP.f64Sub).get(Bf).op(OP.f64Div).set(dOut);
    let deltas = [dOut];
    for (let l = layers.length - 1; l >= 0; l--) {
      const L = layers[l]!;
      const inputs = l > 0 ? acts[l - 1]! : x;
      for (let j = 0; j < L.nOut; j++) {
        const d = deltas[j]!;
        const ob = 8 * (L.b + j);
        c.get(pGr).get(pGr).load(ob).get(d).op(OP.f64Add).store(ob);
        inputs.forEach((xi, i) => {
          const o = 8 * (L.w + j * L.nIn + i);
          c.get(pGr).get(pGr).load(o).get(d).get(xi).op(OP.f64Mul, OP.f64Add).store(o);
        });
      }
      if (l === 0) continue;
      const next: number[] = [];
      inputs.forEach((a, i) => {
        for (let j = 0; j < L.nOut; j++) {
          c.get(deltas[j]!)
            .get(pP)
            .load(8 * (L.w + j * L.nIn + i))
            .op(OP.f64Mul);
          if (j > 0) c.op(OP.f64Add);
        }
        derivative(c, act, a);
        const d = c.local(F64);
        c.op(OP.f64Mul).set(d);
        next.push(d);
      });
      deltas = next;
    }
  });
  return { name: 'train', params: [I32, I32, I32, I32, I32, I32, I32, I32], code: c };
}

/** evaluate(pP, pX, pOut, n, pT): EvalNetKernel's work, f64 outputs. */
export function evalFunction(
  layers: readonly NetLayerSpec[],
  act: Activation,
  probability: boolean,
): WasmFunction {
  const [pP, pX, pOut, n, pT] = [0, 1, 2, 3, 4];
  const c = new Code(5);
  const s = scratch(c);
  const e = c.local(I32);
  const xb = c.local(I32);
  const I0 = layers[0]!.nIn;
  const x = Array.from({ length: I0 }, () => c.local(F64));
  rowLoop(c, e, n, () => {
    c.get(e)
      .i32(8 * I0)
      .op(OP.i32Mul)
      .get(pX)
      .op(OP.i32Add)
      .set(xb);
    x.forEach((xi, i) =>
      c
        .get(xb)
        .load(8 * i)
        .set(xi),
    );
    const { z } = forward(c, s, layers, act, pP, pT, x);
    let out = z;
    if (probability) {
      out = c.local(F64);
      sigmoid(c, s, pT, z, out);
    }
    c.get(e).i32(3).op(OP.i32Shl).get(pOut).op(OP.i32Add).get(out).store(0);
  });
  const name = probability ? 'probability' : 'logit';
  return { name, params: [I32, I32, I32, I32, I32], code: c };
}

// Optimizer.adam's loop as WebAssembly SIMD: two parameters per f64x2, each with exactly the
// JavaScript expression's operations in its order (the products and sums as written, f64x2.sqrt
// and division, which IEEE 754 fixes; Math.min/max are f64x2.min/max, NaN and ±0 included; the
// sign of w by comparisons), so the parameters and moments stay bit-identical. Not per shape: one
// function for every network, over n parameters rounded up to a pair (the regions it reads and
// writes are padded to 16 bytes, so the extra lane only ever touches padding).
import { ADAM_BETA1, ADAM_BETA2, ADAM_EPS } from './optimizer';
import { Code, F64, I32, OP, SIMD, V128 } from './wasmBinary';
import type { WasmFunction } from './wasmBinary';

const { f64x2Add: ADD, f64x2Sub: SUB, f64x2Mul: MUL } = SIMD;

/** adam(pP, pG, pM, pV, pMask, n, lr, cl2, dec, l1, subL1, c1, c2): see Optimizer.adam. */
export function adamFunction(): WasmFunction {
  const [pP, pG, pM, pV, pK, n] = [0, 1, 2, 3, 4, 5];
  const c = new Code(13);
  /** f64 parameter number p in both lanes of a local. */
  const splat = (p: number) => {
    const v = c.local(V128);
    c.get(p).simd(SIMD.f64x2Splat).set(v);
    return v;
  };
  const [lr, cl2, dec, l1, subL1, c1, c2] = [
    splat(6),
    splat(7),
    splat(8),
    splat(9),
    splat(10),
    splat(11),
    splat(12),
  ];
  const local = () => c.local(V128);
  const o = c.local(I32);
  const end = c.local(I32);
  const [w, mk, g, mi, vi, step, u, ti, sign] = [
    local(),
    local(),
    local(),
    local(),
    local(),
    local(),
    local(),
    local(),
    local(),
  ];
  // Byte offsets 0, 16, … while below 8·n.
  c.get(n).i32(3).op(OP.i32Shl).set(end);
  c.i32(0).set(o);
  c.op(...OP.block, ...OP.loop);
  c.get(o).get(end).op(OP.i32GeS, OP.brIf, 1);
  const at = (base: number) => c.get(base).get(o).op(OP.i32Add);
  at(pP).loadV(0).set(w);
  at(pK).loadV(0).set(mk);
  // Math.sign(w): 1 above 0, −1 below, w itself otherwise (±0, NaN).
  c.splatConst(1).splatConst(-1).get(w).get(w).splatConst(0).simd(SIMD.f64x2Lt, SIMD.v128Bitselect);
  c.get(w).splatConst(0).simd(SIMD.f64x2Gt, SIMD.v128Bitselect).set(sign);
  // g = G + cl2·mk·w + subL1·mk·sign(w)
  at(pG).loadV(0).get(cl2).get(mk).simd(MUL).get(w).simd(MUL, ADD);
  c.get(subL1).get(mk).simd(MUL).get(sign).simd(MUL, ADD).set(g);
  // mi = β₁·m + (1 − β₁)·g;  vi = β₂·v + (1 − β₂)·g·g
  c.splatConst(ADAM_BETA1);
  at(pM)
    .loadV(0)
    .simd(MUL)
    .splatConst(1 - ADAM_BETA1)
    .get(g)
    .simd(MUL, ADD)
    .set(mi);
  c.splatConst(ADAM_BETA2);
  at(pV)
    .loadV(0)
    .simd(MUL)
    .splatConst(1 - ADAM_BETA2)
    .get(g)
    .simd(MUL)
    .get(g)
    .simd(MUL, ADD);
  c.set(vi);
  at(pM).get(mi).storeV(0);
  at(pV).get(vi).storeV(0);
  // stepSize = lr / (√(vi·c2) + ε)
  c.get(lr).get(vi).get(c2).simd(MUL, SIMD.f64x2Sqrt).splatConst(ADAM_EPS).simd(ADD, SIMD.f64x2Div);
  c.set(step);
  // u = w − stepSize·mi·c1 − dec·mk·w;  ti = stepSize·(l1·mk)
  c.get(w).get(step).get(mi).simd(MUL).get(c1).simd(MUL, SUB);
  c.get(dec).get(mk).simd(MUL).get(w).simd(MUL, SUB).set(u);
  c.get(step).get(l1).get(mk).simd(MUL, MUL).set(ti);
  // P = u − min(max(u, −ti), ti)
  at(pP).get(u).get(u).get(ti).simd(SIMD.f64x2Neg, SIMD.f64x2Max).get(ti).simd(SIMD.f64x2Min);
  c.simd(SUB).storeV(0);
  c.get(o).i32(16).op(OP.i32Add).set(o);
  c.op(OP.br, 0).end().end();
  const params = [I32, I32, I32, I32, I32, I32, F64, F64, F64, F64, F64, F64, F64] as const;
  return { name: 'adam', params: [...params], code: c };
}

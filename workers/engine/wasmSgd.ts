// Optimizer.sgd's and Optimizer.momentum's loops as WebAssembly SIMD, and the epoch that runs the
// training kernel and the update batch after batch without returning to JavaScript. As in
// wasmAdam.ts: two parameters per f64x2, each with exactly the JavaScript expression's
// operations in its order (Math.min/max are f64x2.min/max, NaN and ±0 included; the sign of w by
// comparisons), over n parameters rounded up to a pair (the regions are padded to 16 bytes).
import type { SgdUpdate } from './optimizer';
import { Code, F64, I32, OP, SIMD, V128 } from './wasmBinary';
import type { WasmFunction } from './wasmBinary';

const { f64x2Add: ADD, f64x2Sub: SUB, f64x2Mul: MUL } = SIMD;

/** The update functions' parameters, shared by all four: see updateFunction. */
const UPDATE_PARAMS = [I32, I32, I32, I32, I32, F64, F64, F64, F64, F64, F64] as const;

/**
 * The update functions: one per SgdUpdate mode, and modes 2 and 3 once more with the clamp exactly
 * as Math.min/max (f64x2.min/max, which V8 expands to about eight instructions each). The others
 * clamp by f64x2.pmin/pmax (one instruction each), which give the same bits whenever the
 * threshold lr·l1 is +0 or positive and finite: then ti = t·mk (mk 0 or 1) is never NaN nor −0,
 * and NaN or the order of ±0, the only cases where the two pairs differ, never reach them (a NaN
 * u passes through both, and u − NaN keeps u's bits). Validated settings always have such a
 * threshold; a negative or infinite one (the Optimizer alone allows it) takes the exact pair.
 */
export const UPDATES = [
  { name: 'sgdPlain', mode: 0, exact: false },
  { name: 'sgd', mode: 1, exact: false },
  { name: 'sgdProx', mode: 2, exact: false },
  { name: 'momentum', mode: 3, exact: false },
  { name: 'sgdProxExact', mode: 2, exact: true },
  { name: 'momentumExact', mode: 3, exact: true },
] as const;

/** Which of UPDATES runs the update u. */
export function updateIndex(u: SgdUpdate): number {
  if (u.mode < 2) return u.mode;
  const t = u.lr * u.l1;
  const plain = t >= 0 && t < Infinity && !Object.is(t, -0);
  return plain ? u.mode : u.mode + 2;
}

/**
 * update(pP, pG, pM, pK, n, lr, cl2, dec, l1, subL1, mu), UPDATES[index]: mode 0 P = P − lr·G;
 * 1 and 2 Optimizer.sgd's general loop without and with the L1 clamp; 3 Optimizer.momentum's loop
 * (velocities at pM). pK: the 0/1 penalty mask.
 */
export function updateFunction(index: number): WasmFunction {
  const { name, mode, exact } = UPDATES[index]!;
  const [pP, pG, pM, pK, n] = [0, 1, 2, 3, 4];
  const c = new Code(UPDATE_PARAMS.length);
  const splat = (p: number) => {
    const v = c.local(V128);
    c.get(p).simd(SIMD.f64x2Splat).set(v);
    return v;
  };
  const [lr, cl2, dec, subL1, mu] = [splat(5), splat(6), splat(7), splat(9), splat(10)];
  // t = lr·l1, the threshold before the mask, as the JavaScript computes it once per call.
  const t = c.local(V128);
  c.get(5).get(8).op(OP.f64Mul).simd(SIMD.f64x2Splat).set(t);
  const o = c.local(I32);
  const end = c.local(I32);
  const v128 = () => c.local(V128);
  const [w, mk, u, ti, sign, vel] = [v128(), v128(), v128(), v128(), v128(), v128()];
  c.get(n).i32(3).op(OP.i32Shl).set(end);
  c.i32(0).set(o);
  c.op(...OP.block, ...OP.loop);
  c.get(o).get(end).op(OP.i32GeS, OP.brIf, 1);
  const at = (base: number) => c.get(base).get(o).op(OP.i32Add);
  if (mode === 0) {
    // P = P − lr·G
    at(pP).get(o).get(pP).op(OP.i32Add).loadV(0).get(lr);
    at(pG).loadV(0).simd(MUL, SUB).storeV(0);
  } else {
    at(pP).loadV(0).set(w);
    at(pK).loadV(0).set(mk);
    if (mode < 3) {
      // u = w − lr·(G + cl2·mk·w) − dec·mk·w
      c.get(w).get(lr);
      at(pG).loadV(0).get(cl2).get(mk).simd(MUL).get(w).simd(MUL, ADD, MUL, SUB);
    } else {
      // Math.sign(w): 1 above 0, −1 below, w itself otherwise (±0, NaN).
      c.splatConst(1).splatConst(-1).get(w).get(w).splatConst(0);
      c.simd(SIMD.f64x2Lt, SIMD.v128Bitselect);
      c.get(w).splatConst(0).simd(SIMD.f64x2Gt, SIMD.v128Bitselect).set(sign);
      // vel = mu·m + (G + cl2·mk·w + subL1·mk·sign(w));  m = vel
      c.get(mu);
      at(pM).loadV(0).simd(MUL);
      at(pG).loadV(0).get(cl2).get(mk).simd(MUL).get(w).simd(MUL, ADD);
      c.get(subL1).get(mk).simd(MUL).get(sign).simd(MUL, ADD, ADD).set(vel);
      at(pM).get(vel).storeV(0);
      // u = w − lr·vel − dec·mk·w
      c.get(w).get(lr).get(vel).simd(MUL, SUB);
    }
    c.get(dec).get(mk).simd(MUL).get(w).simd(MUL, SUB).set(u);
    if (mode === 1) {
      at(pP).get(u).storeV(0);
    } else {
      // P = u − min(max(u, −ti), ti), ti = t·mk
      c.get(t).get(mk).simd(MUL).set(ti);
      const [max, min] = exact ? [SIMD.f64x2Max, SIMD.f64x2Min] : [SIMD.f64x2Pmax, SIMD.f64x2Pmin];
      at(pP).get(u).get(u).get(ti).simd(SIMD.f64x2Neg, max).get(ti).simd(min);
      c.simd(SUB).storeV(0);
    }
  }
  c.get(o).i32(16).op(OP.i32Add).set(o);
  c.op(OP.br, 0).end().end();
  return { name, params: [...UPDATE_PARAMS], code: c };
}

/**
 * epoch(pP, pGr, pX, pY, pR, n, B, pT, pW, pK, pM, nP, update, lr, cl2, dec, l1, subL1, mu):
 * the trainer's shuffled epoch, batch after batch: the rows R[start], … of X and Y through the
 * training kernel (function `train`), then UPDATES[update] (function `updates[update]`)
 * on the nP parameters. Batches of B rows, a lone last row joining the batch before it, as
 * EpochTrainer.run cuts them.
 */
export function epochFunction(train: number, updates: readonly number[]): WasmFunction {
  const [pP, pGr, pX, pY, pR, n, B, pT, pW, pK, pM, nP, update] = [
    0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12,
  ];
  const c = new Code(19);
  const start = c.local(I32);
  const end = c.local(I32);
  c.i32(0).set(start);
  c.op(...OP.block, ...OP.loop);
  c.get(start).get(n).op(OP.i32GeS, OP.brIf, 1);
  // end = min(n, start + B); a lone last row joins this batch: if (n − end === 1) end = n
  c.get(start).get(B).op(OP.i32Add).set(end);
  c.get(n).get(end).get(end).get(n).op(OP.i32GtS, OP.select).set(end);
  c.get(n).get(end).get(n).get(end).op(OP.i32Sub).i32(1).op(OP.i32Eq, OP.select).set(end);
  c.get(pP).get(pGr).get(pX).get(pY).get(pR).get(start).get(end).get(start).op(OP.i32Sub);
  c.get(pT).get(pW).call(train);
  updates.forEach((fn, m) => {
    c.get(update)
      .i32(m)
      .op(OP.i32Eq)
      .op(...OP.if);
    c.get(pP).get(pGr).get(pM).get(pK).get(nP);
    for (let p = 13; p < 19; p++) c.get(p);
    c.call(fn).end();
  });
  c.get(end).set(start);
  c.op(OP.br, 0).end().end();
  const params = [...Array<typeof I32>(13).fill(I32), ...Array<typeof F64>(6).fill(F64)];
  return { name: 'epoch', params, code: c };
}

// The WebAssembly whole-network kernels at run time: one module per network shape (compiled once,
// synchronously: the engine runs in a worker or in Node), one instance with its own memory per
// Mlp. The kernels keep the signatures of the JavaScript ones (TrainNetKernel, EvalNetKernel):
// parameters and gradients that live in the instance's memory (the Mlp's) are used in place,
// others are copied in and out, and so are the batch's rows. The same module holds the optimizer's
// loops and the SGD epoch (wasmAdam.ts, wasmSgd.ts), which work on that memory alone.
// Where WebAssembly (with SIMD) cannot be compiled, e.g. under a Content-Security-Policy without
// 'wasm-unsafe-eval', wasmNetKernels returns null and the JavaScript kernels run: both give the
// same bits, so a run's numbers do not depend on which one ran.
import type { Activation } from './config';
import { TANH_TABLE } from './activations';
import type { EvalNetKernel, NetLayerSpec, TrainNetKernel } from './referenceNetKernels';
import { chainedWeights } from './referenceNetKernels';
import type { OptimizerMemory, SgdUpdate } from './optimizer';
import { adamFunction } from './wasmAdam';
import { UPDATES, epochFunction, updateFunction, updateIndex } from './wasmSgd';
import { Code, OP, SIMD, wasmModule } from './wasmBinary';
import type { WasmFunction } from './wasmBinary';
import { simdShape, scratchLayout } from './wasmEmit';
import { evalFunction } from './wasmEvalKernel';
import { trainFunction } from './wasmTrainKernel';

/** Networks up to this many weights get WebAssembly kernels (the module grows with each weight). */
export const MAX_WASM_WEIGHTS = 1024;

/** Rows per evaluation call: the grid's 16,384 rows go in chunks of this many. */
const EVAL_ROWS = 4096;

/** A module with one SIMD instruction: compiling it tells whether this host runs ours. */
function probe(): Uint8Array<ArrayBuffer> {
  const code = new Code(0).i32(0).simd(SIMD.i32x4Splat).op(OP.drop);
  return wasmModule([{ name: 'probe', params: [], code }], 0) as Uint8Array<ArrayBuffer>;
}

let available: boolean | undefined;

/** Whether WebAssembly with SIMD compiles here (not forbidden by a CSP, not too old a host). */
export function wasmAvailable(): boolean {
  if (available === undefined) {
    try {
      const memory = new WebAssembly.Memory({ initial: 0 });
      new WebAssembly.Instance(new WebAssembly.Module(probe()), { env: { memory } });
      available = true;
    } catch {
      available = false;
    }
  }
  return available;
}

/** Whether the WebAssembly kernels cover this network (validated widths and offsets, size). */
export function wasmFusable(layers: readonly NetLayerSpec[], act: Activation): boolean {
  if (!['relu', 'tanh', 'sigmoid', 'linear'].includes(act) || !simdShape(layers)) return false;
  const weights = chainedWeights(layers);
  return weights !== null && weights <= MAX_WASM_WEIGHTS;
}

const modules = new Map<string, WebAssembly.Module>();

function compile(fns: WasmFunction[]): WebAssembly.Module {
  return new WebAssembly.Module(wasmModule(fns, 1) as Uint8Array<ArrayBuffer>);
}
/** The tanh table as a Float64Array, copied into each instance's memory in one move. */
let table: Float64Array | undefined;

function compiled(layers: readonly NetLayerSpec[], act: Activation): WebAssembly.Module {
  const key = `${act} ${layers.map((L) => `${L.nIn}x${L.nOut}@${L.w},${L.b}`).join(' ')}`;
  let m = modules.get(key);
  if (!m) {
    // The epoch calls train (function 0) and the updates (functions 4, 5, …) by their indices.
    const fns = [
      trainFunction(layers, act),
      evalFunction(layers, act, false),
      evalFunction(layers, act, true),
      adamFunction(),
      ...UPDATES.map((_, i) => updateFunction(i)),
      epochFunction(
        0,
        UPDATES.map((_, i) => 4 + i),
      ),
    ];
    m = compile(fns);
    modules.set(key, m);
  }
  return m;
}

type Fn = (...args: number[]) => void;

export interface WasmNetKernels {
  /** The optimizer's moments and mask in the same memory, and its loops (see OptimizerMemory). */
  optimizer: OptimizerMemory;
  /**
   * One update `u` of `params` from `grads` (velocities and mask from `optimizer`), as the epoch
   * runs it after each batch: exposed so that it can be held to Optimizer's loops bit for bit.
   */
  update: (u: SgdUpdate) => void;
  /**
   * Trainer's shuffled epoch in one call (see epochFunction): the rows order[0..n) of X and Y (n
   * at most the `resident` rows reserved) in batches of B, each followed by the update `u` on
   * `params` from `grads`.
   */
  epoch: (
    X: Float64Array,
    Y: Float64Array,
    n: number,
    order: Int32Array,
    B: number,
    u: SgdUpdate,
  ) => void;
  train: TrainNetKernel;
  logit: EvalNetKernel;
  probability: EvalNetKernel;
  /**
   * Parameters, gradients and evaluation parameters (nParams each) in the instance's memory: an
   * Mlp that keeps its arrays here spares the kernels copying them in and out on every call (the
   * memory never grows, so these views stay attached). The kernels take other arrays too.
   */
  params: Float64Array;
  grads: Float64Array;
  evalParams: Float64Array;
}

/**
 * The kernels of one network with room for batches of up to `capacity` rows, parameter arrays
 * of `nParams` (at least the layers' span) and a training split of `resident` rows for `epoch`,
 * or null where the WebAssembly kernels do not apply (see wasmAvailable and wasmFusable).
 */
export function wasmNetKernels(
  layers: readonly NetLayerSpec[],
  act: Activation,
  capacity: number,
  nParams: number,
  resident = 0,
): WasmNetKernels | null {
  if (!wasmAvailable() || !wasmFusable(layers, act)) return null;
  let span = 0;
  for (const L of layers) span = Math.max(span, L.w + L.nIn * L.nOut, L.b + L.nOut);
  if (!Number.isInteger(nParams) || nParams < span) {
    throw new RangeError(`nParams must cover the layers' ${span} parameters (got ${nParams}).`);
  }
  const I0 = layers[0]!.nIn;
  const rows = Math.max(capacity, EVAL_ROWS, resident);
  const targets = Math.max(capacity, resident);
  // Byte addresses, each 16-aligned: table, P, Gr, Pe, transposed weights, the optimizer's m, v
  // and mask, R, the epoch's order, X, Y, outputs.
  let top = 0;
  const take = (bytes: number) => {
    const at = top;
    top += Math.ceil(bytes / 16) * 16;
    return at;
  };
  const pT = take(8 * TANH_TABLE.length);
  const pP = take(8 * nParams);
  const pGr = take(8 * nParams);
  const pPe = take(8 * nParams);
  const pW = take(scratchLayout(layers).bytes);
  const pM = take(8 * nParams);
  const pV = take(8 * nParams);
  const pK = take(8 * nParams);
  const pR = take(4 * capacity);
  const pO = take(4 * resident);
  const pX = take(8 * rows * I0);
  const pY = take(8 * targets);
  const pOut = take(8 * EVAL_ROWS);
  let memory: WebAssembly.Memory;
  type Name =
    'train' | 'logit' | 'probability' | 'adam' | 'epoch' | (typeof UPDATES)[number]['name'];
  let ex: Record<Name, Fn>;
  try {
    memory = new WebAssembly.Memory({ initial: Math.ceil(top / 65536) });
    const instance = new WebAssembly.Instance(compiled(layers, act), { env: { memory } });
    ex = instance.exports as typeof ex;
  } catch {
    // Out of memory for one more instance (each reserves address space): the JavaScript
    // kernels give the same numbers.
    return null;
  }
  const f64 = new Float64Array(memory.buffer);
  f64.set((table ??= Float64Array.from(TANH_TABLE)), pT / 8);
  new Int32Array(memory.buffer, pR, capacity).set(
    Int32Array.from({ length: capacity }, (_, i) => i),
  );
  const view = (at: number, n: number) => f64.subarray(at / 8, at / 8 + n);
  const P = view(pP, nParams);
  const Gr = view(pGr, nParams);
  const Pe = view(pPe, nParams);
  const Xm = view(pX, rows * I0);
  const Ym = view(pY, targets);
  const Om = new Int32Array(memory.buffer, pO, resident);
  const Outm = view(pOut, EVAL_ROWS);

  // Only the weights' and biases' gradients are the kernel's (batch norm's γ, β are not).
  const gradients = layers.flatMap((L) => [
    [Gr.subarray(L.w, L.w + L.nIn * L.nOut), L.w] as const,
    [Gr.subarray(L.b, L.b + L.nOut), L.b] as const,
  ]);
  /** The address of parameters `Pin`: in place if they live here, else copied into `into`. */
  const address = (Pin: Float64Array, into: Float64Array, at: number): number => {
    if (Pin === P) return pP;
    if (Pin === Pe) return pPe;
    into.set(Pin.length === nParams ? Pin : Pin.subarray(0, nParams));
    return at;
  };
  const train: TrainNetKernel = (Pin, Gout, X, Y, R, r0, B) => {
    if (B > capacity) throw new Error(`batch of ${B} exceeds capacity ${capacity}`);
    const at = address(Pin, P, pP);
    for (let e = 0; e < B; e++) {
      const r = R[r0 + e]!;
      Ym[e] = Y[r]!;
      for (let i = 0; i < I0; i++) Xm[e * I0 + i] = X[r * I0 + i]!;
    }
    ex.train(at, pGr, pX, pY, pR, 0, B, pT, pW);
    if (Gout !== Gr) for (const [from, to] of gradients) Gout.set(from, to);
  };
  const evaluate =
    (fn: Fn): EvalNetKernel =>
    (Pin, X, out, n) => {
      const at = address(Pin, Pe, pPe);
      for (let start = 0; start < n; start += EVAL_ROWS) {
        const m = Math.min(EVAL_ROWS, n - start);
        Xm.set(X.subarray(start * I0, (start + m) * I0));
        fn(at, pX, pOut, m, pT, pW);
        out.set(Outm.subarray(0, m), start);
      }
    };
  const optimizer: OptimizerMemory = {
    m: view(pM, nParams),
    v: view(pV, nParams),
    penalized: view(pK, nParams),
    adam(Pin, G, lr, cl2, dec, l1, subL1, c1, c2) {
      if (Pin !== P || G !== Gr) return false;
      ex.adam(pP, pGr, pM, pV, pK, nParams, lr, cl2, dec, l1, subL1, c1, c2);
      return true;
    },
  };
  const update = (u: SgdUpdate) => {
    const fn = ex[UPDATES[updateIndex(u)]!.name];
    fn(pP, pGr, pM, pK, nParams, u.lr, u.cl2, u.dec, u.l1, u.subL1, u.mu);
  };
  const epoch: WasmNetKernels['epoch'] = (X, Y, n, order, B, u) => {
    if (n > resident) throw new Error(`an epoch of ${n} rows exceeds the ${resident} reserved`);
    // The trainer's arrays are exactly n rows long: no subarray objects to collect.
    Xm.set(X.length === n * I0 ? X : X.subarray(0, n * I0));
    Ym.set(Y.length === n ? Y : Y.subarray(0, n));
    Om.set(order.length === n ? order : order.subarray(0, n));
    const { lr, cl2, dec, l1, subL1, mu } = u;
    const update = updateIndex(u);
    ex.epoch(
      pP,
      pGr,
      pX,
      pY,
      pO,
      n,
      B,
      pT,
      pW,
      pK,
      pM,
      nParams,
      update,
      lr,
      cl2,
      dec,
      l1,
      subL1,
      mu,
    );
  };
  return {
    optimizer,
    update,
    epoch,
    train,
    logit: evaluate(ex.logit),
    probability: evaluate(ex.probability),
    params: P,
    grads: Gr,
    evalParams: Pe,
  };
}

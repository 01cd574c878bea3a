// Whole-network kernels: one generated function runs every layer for one row after another. For
// small networks without batch norm or dropout (the common case), training a batch is then one
// call that keeps the weights and each row's activations and deltas in locals instead of storing
// and re-loading them through typed arrays (bounds checks and all) between layer kernels, computes
// the output gradient in place, and reads rows through an index array, so the trainer needs no gathered copy
// of a shuffled batch. Evaluation uses the same forward code (batch norm is folded in by then).
// Sources follow kernels.ts's rules: built only from validated integers and fixed activation
// names, one unique comment per kernel; `netKernels.test.ts` holds them to the plain loops of
// referenceNetKernels.ts bit for bit, and those to the layer-by-layer path.
import type { Activation } from './config';
import { compileKernel, list } from './kernelCompiler';
import { activationSource, derivativeSource } from './activations';
import type { EvalNetKernel, NetLayerSpec, NetOutput, TrainNetKernel } from './referenceNetKernels';
import { chainedWeights } from './referenceNetKernels';

/**
 * Networks with more weights than this keep the layer kernels: the fused source grows with every
 * weight (and gradient accumulator) and would end up spilling everything or missing V8's limit
 * for optimizable functions.
 */
export const MAX_FUSED_WEIGHTS = 128;

const ACTIVATIONS: readonly Activation[] = ['relu', 'tanh', 'sigmoid', 'linear'];

const trainCache = new Map<string, TrainNetKernel>();
const evalCache = new Map<string, EvalNetKernel>();

/** Whether the fused kernels cover this network (validated widths, offsets and size). */
export function fusable(layers: readonly NetLayerSpec[], act: Activation): boolean {
  if (!ACTIVATIONS.includes(act) || layers.length < 1) return false;
  const weights = chainedWeights(layers);
  return weights !== null && layers[layers.length - 1]!.nOut === 1 && weights <= MAX_FUSED_WEIGHTS;
}

function keyOf(kind: string, layers: readonly NetLayerSpec[], act: Activation): string {
  return `${kind} ${act} ${layers.map((L) => `${L.nIn}x${L.nOut}@${L.w},${L.b}`).join(' ')}`;
}

/** `const pK = P[K]` for every weight and bias of the network: the parameters live in locals. */
function loadParams(layers: readonly NetLayerSpec[]): string {
  const idx: number[] = [];
  for (const L of layers) {
    for (let k = 0; k < L.nIn * L.nOut; k++) idx.push(L.w + k);
    for (let j = 0; j < L.nOut; j++) idx.push(L.b + j);
  }
  return `const ${idx.map((k) => `p${k} = P[${k}]`).join(', ')};`;
}

/**
 * Rows evaluated per loop iteration. Rows are independent, but one row's code exceeds what the
 * CPU looks ahead, so a lone row runs one long dependency chain after another (layer sums, table
 * lookups); two rows statement by statement give it a second chain to overlap with the first.
 * Measured by bench:ab, the [8,8] grid ran 1.2× as fast. Training keeps one row per iteration:
 * there, pairs ran 0.87–0.93× as fast (twice the live values, twice the spills).
 */
const EVAL_ROWS = 2;

/** Statements for `rows` rows, merged so that statement k of every row follows statement k of the last. */
function interleave(rows: number, body: (s: string) => string[]): string[] {
  const per = Array.from({ length: rows }, (_, s) => body(`_${s}`));
  const out: string[] = [];
  for (let k = 0; k < per[0]!.length; k++) for (const lines of per) out.push(lines[k]!);
  return out;
}

/**
 * The forward pass of one row whose inputs are the locals x0s, x1s, … (s the row's suffix): hidden
 * outputs become locals a{l}_{j}s, the output layer's pre-activation ends in `zs`. Same
 * operations, same order as referenceForward (bias first, then inputs in order).
 */
function forwardRow(layers: readonly NetLayerSpec[], act: Activation, s: string): string[] {
  const lines: string[] = [];
  let inputs = list(layers[0]!.nIn, (i) => `x${i}${s}`).split(', ');
  for (let l = 0; l < layers.length; l++) {
    const L = layers[l]!;
    const last = l === layers.length - 1;
    const outs: string[] = [];
    for (let j = 0; j < L.nOut; j++) {
      const terms = inputs.map((x, i) => `p${L.w + j * L.nIn + i} * ${x}`).join(' + ');
      if (last) {
        lines.push(`const z${s} = p${L.b + j} + ${terms};`);
      } else {
        const z = `z${l}_${j}${s}`;
        lines.push(`const ${z} = p${L.b + j} + ${terms}; let a${l}_${j}${s} = 0;`);
        lines.push(activationSource(act, z, `a${l}_${j}${s}`));
        outs.push(`a${l}_${j}${s}`);
      }
    }
    inputs = outs;
  }
  return lines;
}

/** Loads row number `e` of the batch (through the index array R) into r{s}, x0{s}, … */
function loadTrainRow(I0: number, e: string, s: string): string[] {
  return [
    `const r${s} = R[r0 + ${e}], xi${s} = r${s} * ${I0};`,
    `const ${list(I0, (i) => `x${i}${s} = X[xi${s} + ${i}]`)};`,
  ];
}

/** Forward, output gradient and backward of one row, accumulating into the g locals. */
function trainRow(layers: readonly NetLayerSpec[], act: Activation, s: string): string[] {
  const lines = forwardRow(layers, act, s);
  // The output gradient of the mean cross-entropy, with the table sigmoid (as Mlp.trainBatch).
  const L = layers.length - 1;
  lines.push(`let v${s} = 0;`, activationSource('sigmoid', `z${s}`, `v${s}`));
  lines.push(`const d${L}_0${s} = (v${s} - Y[r${s}]) / B;`);
  for (let l = L; l >= 0; l--) {
    const Ll = layers[l]!;
    const inName = (i: number) => (l > 0 ? `a${l - 1}_${i}${s}` : `x${i}${s}`);
    for (let j = 0; j < Ll.nOut; j++) {
      const d = `d${l}_${j}${s}`;
      const acc = list(Ll.nIn, (i) => `Gr[${Ll.w + j * Ll.nIn + i}] += ${d} * ${inName(i)};`, ' ');
      lines.push(`Gr[${Ll.b + j}] += ${d}; ${acc}`);
    }
    if (l === 0) continue;
    for (let i = 0; i < Ll.nIn; i++) {
      const sum = list(Ll.nOut, (j) => `d${l}_${j}${s} * p${Ll.w + j * Ll.nIn + i}`, ' + ');
      lines.push(`const d${l - 1}_${i}${s} = (${sum}) * ${derivativeSource(act, inName(i))};`);
    }
  }
  return lines;
}

function trainSource(layers: readonly NetLayerSpec[], act: Activation, key: string): string {
  const I0 = layers[0]!.nIn;
  const lines: string[] = [`// reglab kernel ${key}`, `'use strict';`, loadParams(layers)];
  const grads: number[] = [];
  for (const L of layers) {
    for (let k = 0; k < L.nIn * L.nOut; k++) grads.push(L.w + k);
    for (let j = 0; j < L.nOut; j++) grads.push(L.b + j);
  }
  // The gradients add up in Gr itself, not in locals: [8,8]'s 105 accumulators never fitted in
  // registers, V8 spilled them to the stack and copied them back at the end. Straight into Gr,
  // the function needs 182 stack slots instead of 313 and a quarter fewer moves: 1.06–1.10× as
  // fast in bench:ab. The weights stay in locals (read from P each time measured slower).
  lines.push(grads.map((k) => `Gr[${k}] = 0;`).join(' '));
  lines.push(`for (let e = 0; e < B; e++) {`, ...loadTrainRow(I0, 'e', ''));
  lines.push(...trainRow(layers, act, ''), '}');
  return lines.join('\n');
}

function evalRow(
  layers: readonly NetLayerSpec[],
  act: Activation,
  output: NetOutput,
  I0: number,
  e: string,
  s: string,
): string[] {
  const lines = [`const ${list(I0, (i) => `x${i}${s} = X[${e} * ${I0} + ${i}]`)};`];
  lines.push(...forwardRow(layers, act, s));
  if (output === 'probability') {
    lines.push(`let v${s} = 0;`, activationSource('sigmoid', `z${s}`, `v${s}`));
    lines.push(`out[${e}] = v${s};`);
  } else {
    lines.push(`out[${e}] = z${s};`);
  }
  return lines;
}

function evalSource(
  layers: readonly NetLayerSpec[],
  act: Activation,
  output: NetOutput,
  key: string,
): string {
  const I0 = layers[0]!.nIn;
  const lines: string[] = [`// reglab kernel ${key}`, `'use strict';`, loadParams(layers)];
  // An odd last row is computed twice (both write the same value), rather than by a tail loop:
  // a grid is one call, so V8 optimizes this function while it is still in its first loop, and
  // code after that loop, never run yet, would deoptimize it on every call for lack of feedback.
  lines.push(`for (let e = 0; e < n; e += ${EVAL_ROWS}) {`);
  lines.push(
    `  const ${list(EVAL_ROWS, (s) => (s === 0 ? 'e0 = e' : `e${s} = e + ${s} < n ? e + ${s} : e`))};`,
  );
  lines.push(
    ...interleave(EVAL_ROWS, (s) => evalRow(layers, act, output, I0, `e${s.slice(1)}`, s)),
  );
  lines.push('}');
  return lines.join('\n');
}

/** The generated training kernel of a fusable network (see fusable), compiled once per shape. */
export function trainNetKernel(layers: readonly NetLayerSpec[], act: Activation): TrainNetKernel {
  if (!fusable(layers, act)) throw new Error('network not fusable');
  const key = keyOf('net train', layers, act);
  let k = trainCache.get(key);
  if (!k) {
    const params = ['P', 'Gr', 'X', 'Y', 'R', 'r0', 'B', 'T'];
    k = compileKernel<TrainNetKernel>(key, params, trainSource(layers, act, key));
    trainCache.set(key, k);
  }
  return k;
}

export function evalNetKernel(
  layers: readonly NetLayerSpec[],
  act: Activation,
  output: NetOutput,
): EvalNetKernel {
  if (!fusable(layers, act)) throw new Error('network not fusable');
  const key = keyOf(`net eval ${output}`, layers, act);
  let k = evalCache.get(key);
  if (!k) {
    const params = ['P', 'X', 'out', 'n', 'T'];
    k = compileKernel<EvalNetKernel>(key, params, evalSource(layers, act, output, key));
    evalCache.set(key, k);
  }
  return k;
}

// Whole-network kernels: one generated function runs every layer for one row after another. For
// small networks without batch norm or dropout (the common case), training a batch is then one
// call that keeps each row's activations and deltas in locals instead of storing and re-loading
// them through typed arrays (bounds checks and all) between layer kernels, computes the output
// gradient in place, and reads rows through an index array, so the trainer needs no gathered copy
// of a shuffled batch. Evaluation uses the same forward code (batch norm is folded in by then).
// Sources follow kernels.ts's rules: built only from validated integers and fixed activation
// names, one unique comment per kernel; `netKernels.test.ts` holds them to the plain loops of
// referenceNetKernels.ts bit for bit, and those to the layer-by-layer path.
import type { Activation } from './config';
import { activationSource, derivativeSource } from './activations';
import type { EvalNetKernel, NetLayerSpec, NetOutput, TrainNetKernel } from './referenceNetKernels';

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
  const int = (v: number, lo: number, hi: number) => Number.isInteger(v) && v >= lo && v <= hi;
  let weights = 0;
  for (let l = 0; l < layers.length; l++) {
    const L = layers[l]!;
    if (!int(L.nIn, 1, 64) || !int(L.nOut, 1, 64) || !int(L.w, 0, 1e6) || !int(L.b, 0, 1e6)) {
      return false;
    }
    if (l > 0 && L.nIn !== layers[l - 1]!.nOut) return false;
    weights += L.nIn * L.nOut;
  }
  return layers[layers.length - 1]!.nOut === 1 && weights <= MAX_FUSED_WEIGHTS;
}

function keyOf(kind: string, layers: readonly NetLayerSpec[], act: Activation): string {
  return `${kind} ${act} ${layers.map((L) => `${L.nIn}x${L.nOut}@${L.w},${L.b}`).join(' ')}`;
}

function compile<K>(source: string, params: string[]): K {
  // eslint-disable-next-line no-new-func, @typescript-eslint/no-implied-eval -- validated integers only
  return new Function(...params, source) as K;
}

function list(n: number, f: (i: number) => string, sep = ', '): string {
  return Array.from({ length: n }, (_, i) => f(i)).join(sep);
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
 * The forward pass of one row whose inputs are the locals x0.. : hidden outputs become locals
 * a{l}_{j}, the output layer's pre-activation ends in `z`. Same operations, same order as
 * referenceForward (bias first, then inputs in order).
 */
function forwardRow(layers: readonly NetLayerSpec[], act: Activation, lines: string[]): void {
  let inputs = list(layers[0]!.nIn, (i) => `x${i}`).split(', ');
  for (let l = 0; l < layers.length; l++) {
    const L = layers[l]!;
    const last = l === layers.length - 1;
    const outs: string[] = [];
    for (let j = 0; j < L.nOut; j++) {
      const terms = inputs.map((x, i) => `p${L.w + j * L.nIn + i} * ${x}`).join(' + ');
      lines.push(`  z = p${L.b + j} + ${terms};`);
      if (!last) {
        lines.push(`  ${activationSource(act, 'z', 'v')} const a${l}_${j} = v;`);
        outs.push(`a${l}_${j}`);
      }
    }
    inputs = outs;
  }
}

function trainSource(layers: readonly NetLayerSpec[], act: Activation, key: string): string {
  const I0 = layers[0]!.nIn;
  const lines: string[] = [`// reglab kernel ${key}`, `'use strict';`, loadParams(layers)];
  const grads: number[] = [];
  for (const L of layers) {
    for (let k = 0; k < L.nIn * L.nOut; k++) grads.push(L.w + k);
    for (let j = 0; j < L.nOut; j++) grads.push(L.b + j);
  }
  lines.push(`let ${grads.map((k) => `g${k} = 0`).join(', ')};`);
  lines.push(`for (let e = 0; e < B; e++) {`);
  lines.push(`  const r = R[r0 + e], xi = r * ${I0};`);
  lines.push(`  const ${list(I0, (i) => `x${i} = X[xi + ${i}]`)};`);
  lines.push(`  let z = 0, v = 0;`);
  forwardRow(layers, act, lines);
  // The output gradient of the mean cross-entropy, with the table sigmoid (as Mlp.trainBatch).
  const L = layers.length - 1;
  lines.push(`  ${activationSource('sigmoid', 'z', 'v')} const d${L}_0 = (v - Y[r]) / B;`);
  for (let l = L; l >= 0; l--) {
    const Ll = layers[l]!;
    const inName = (i: number) => (l > 0 ? `a${l - 1}_${i}` : `x${i}`);
    for (let j = 0; j < Ll.nOut; j++) {
      const acc = list(
        Ll.nIn,
        (i) => `g${Ll.w + j * Ll.nIn + i} += d${l}_${j} * ${inName(i)};`,
        ' ',
      );
      lines.push(`  g${Ll.b + j} += d${l}_${j}; ${acc}`);
    }
    if (l === 0) continue;
    for (let i = 0; i < Ll.nIn; i++) {
      const sum = list(Ll.nOut, (j) => `d${l}_${j} * p${Ll.w + j * Ll.nIn + i}`, ' + ');
      lines.push(`  const d${l - 1}_${i} = (${sum}) * ${derivativeSource(act, inName(i))};`);
    }
  }
  lines.push('}');
  lines.push(grads.map((k) => `Gr[${k}] = g${k};`).join(' '));
  return lines.join('\n');
}

function evalSource(
  layers: readonly NetLayerSpec[],
  act: Activation,
  output: NetOutput,
  key: string,
): string {
  const I0 = layers[0]!.nIn;
  const lines: string[] = [`// reglab kernel ${key}`, `'use strict';`, loadParams(layers)];
  lines.push(`for (let e = 0, xi = 0; e < n; e++, xi += ${I0}) {`);
  lines.push(`  const ${list(I0, (i) => `x${i} = X[xi + ${i}]`)};`);
  lines.push(`  let z = 0, v = 0;`);
  forwardRow(layers, act, lines);
  if (output === 'probability')
    lines.push(`  ${activationSource('sigmoid', 'z', 'v')} out[e] = v;`);
  else lines.push(`  out[e] = z;`);
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
    k = compile<TrainNetKernel>(trainSource(layers, act, key), params);
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
    k = compile<EvalNetKernel>(evalSource(layers, act, output, key), params);
    evalCache.set(key, k);
  }
  return k;
}

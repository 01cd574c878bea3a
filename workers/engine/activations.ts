// Activations. Math.tanh costs about 9 ns in V8 (and differs between V8 versions), more than all
// the arithmetic of a small layer, so tanh (and sigmoid, through σ(x) = ½ + ½·tanh(x/2)) use a
// table of cubic Hermite pieces instead: step h = 1/64 on [−10, 10], exact values and slopes
// (1 − tanh²) at the knots, so the approximation is C¹ (gradient checks see a smooth function).
// Inside ±10 its error is below 1e-9; beyond, it returns ±tanh(10) = ±(1 − 4.1e-9). Its slope
// differs from 1 − t² by at most 1.3e-7, so the backward pass (which uses 1 − t²) stays consistent
// with it (activations.test.ts measures both). The table covers both signs, 40 KB, because a
// branch on the sign mispredicts half the time and cost more than the whole lookup.
import type { Activation } from './config';
import { tanh } from './detMath';

export const TANH_STEPS_PER_UNIT = 64;
export const TANH_LIMIT = 10;
const PIECES = 2 * TANH_LIMIT * TANH_STEPS_PER_UNIT;

/** The table's type: the generated kernels receive it as their parameter `T`. */
export type TanhTable = readonly number[];

/**
 * Per piece k: coefficients c0..c3 of t(f) = c0 + f·(c1 + f·(c2 + f·c3)), f ∈ [0, 1). A plain
 * array of doubles rather than a Float64Array: the same numbers, but V8 reaches its elements with
 * fewer instructions in the generated kernels (bench:ab, the [8,8] grid: 1.14× and 1.42×).
 */
export const TANH_TABLE: TanhTable = Array.from(buildTanhTable());

function buildTanhTable(): Float64Array {
  const h = 1 / TANH_STEPS_PER_UNIT;
  const table = new Float64Array(4 * (PIECES + 1));
  // Knots −10 + k·h, as k/64 − 10 so that mirrored knots are exact negatives of each other.
  const knot = (k: number) => k / TANH_STEPS_PER_UNIT - TANH_LIMIT;
  for (let k = 0; k <= PIECES; k++) {
    const t0 = tanh(knot(k));
    if (k === PIECES) {
      table[4 * k] = t0;
      break;
    }
    const t1 = tanh(knot(k + 1));
    const d0 = (1 - t0 * t0) * h;
    const d1 = (1 - t1 * t1) * h;
    table[4 * k] = t0;
    table[4 * k + 1] = d0;
    table[4 * k + 2] = 3 * (t1 - t0) - 2 * d0 - d1;
    table[4 * k + 3] = 2 * (t0 - t1) + d0 + d1;
  }
  return table;
}

/**
 * Source text computing tanh(`x`) into the existing variable `out`, inlined by the kernel
 * generator (V8's inlining budget would not inline dozens of calls). `T` names the table.
 * Its arithmetic is the one of tanhFast below, operation for operation; NaN stays NaN.
 */
export function tanhSource(x: string, out: string): string {
  return (
    `{ let u = (${x} + ${TANH_LIMIT}) * ${TANH_STEPS_PER_UNIT}; u = u < 0 ? 0 : u;` +
    ` u = u > ${PIECES} ? ${PIECES} : u; const k = u | 0; const f = u - k; const q = k << 2;` +
    ` ${out} = T[q] + f * (T[q + 1] + f * (T[q + 2] + f * T[q + 3])); }`
  );
}

export function tanhFast(x: number): number {
  const T = TANH_TABLE;
  let u = (x + TANH_LIMIT) * TANH_STEPS_PER_UNIT;
  u = u < 0 ? 0 : u;
  u = u > PIECES ? PIECES : u;
  const k = u | 0;
  const f = u - k;
  const q = k << 2;
  return T[q]! + f * (T[q + 1]! + f * (T[q + 2]! + f * T[q + 3]!));
}

export function sigmoidFast(x: number): number {
  return 0.5 + 0.5 * tanhFast(0.5 * x);
}

/** Activation applied to a pre-activation z; 'identity' marks layers whose activation comes later. */
export type KernelActivation = Activation | 'identity';

export function activate(act: KernelActivation, z: number): number {
  switch (act) {
    case 'tanh':
      return tanhFast(z);
    case 'sigmoid':
      return sigmoidFast(z);
    case 'relu':
      return Math.max(0, z);
    default:
      return z;
  }
}

/** The derivative expressed through the activation's output a (what the backward pass keeps). */
export function derivativeFromOutput(act: Activation, a: number): number {
  switch (act) {
    case 'tanh':
      return 1 - a * a;
    case 'sigmoid':
      return a * (1 - a);
    case 'relu':
      return a > 0 ? 1 : 0;
    default:
      return 1;
  }
}

/** Source text of derivativeFromOutput for the generator. */
export function derivativeSource(act: Activation, a: string): string {
  switch (act) {
    case 'tanh':
      return `(1 - ${a} * ${a})`;
    case 'sigmoid':
      return `(${a} * (1 - ${a}))`;
    case 'relu':
      return `(${a} > 0 ? 1 : 0)`;
    default:
      return '1';
  }
}

/** Source text computing the activation of `z` into `out`. */
export function activationSource(act: KernelActivation, z: string, out: string): string {
  switch (act) {
    case 'tanh':
      return tanhSource(z, out);
    case 'sigmoid':
      return `{ const zh = 0.5 * ${z}; let th = 0; ${tanhSource('zh', 'th')} ${out} = 0.5 + 0.5 * th; }`;
    case 'relu':
      return `${out} = Math.max(0, ${z});`;
    default:
      return `${out} = ${z};`;
  }
}

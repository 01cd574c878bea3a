// Dense-layer kernels generated for each layer's exact widths: every weight and every gradient
// accumulator is a local variable, every index a constant. That is what lets V8 keep small layers
// in registers instead of re-loading typed arrays with bounds checks, several times faster than
// generic loops. Sources are built only from validated small integers and fixed activation names,
// each carries a unique comment (so distinct kernels never share type feedback), and each is a
// single layer, far below V8's ~60 KB limit for optimizable functions. Larger layers fall back to
// the reference loops, which the generated code is tested against bit for bit.
import { compileKernel, list } from './kernelCompiler';
import { activationSource, derivativeSource } from './activations';
import type { BackwardKernel, BackwardSpec, ForwardKernel, ForwardSpec } from './referenceKernels';
import { referenceBackward, referenceForward } from './referenceKernels';

/** Layers with more weights than this use the loop kernels (unrolled code would only grow). */
export const MAX_UNROLLED_WEIGHTS = 256;

const forwardCache = new Map<string, ForwardKernel>();
const backwardCache = new Map<string, BackwardKernel>();

function checkWidths(nIn: number, nOut: number): void {
  if (
    !Number.isInteger(nIn) ||
    !Number.isInteger(nOut) ||
    nIn < 1 ||
    nOut < 1 ||
    nIn > 64 ||
    nOut > 64
  ) {
    throw new Error(`kernel widths must be integers from 1 to 64 (got ${nIn}×${nOut})`);
  }
}

function forwardSource(spec: ForwardSpec, key: string): string {
  const { nIn: I, nOut: O, act, dropout } = spec;
  const lines: string[] = [`// reglab kernel ${key}`, `'use strict';`];
  lines.push(`const ${list(I * O, (k) => `w${k} = P[wo + ${k}]`)};`);
  lines.push(`const ${list(O, (j) => `b${j} = P[bo + ${j}]`)};`);
  lines.push(`for (let e = 0, xi = 0, ai = 0; e < B; e++, xi += ${I}, ai += ${O}) {`);
  lines.push(`  const ${list(I, (i) => `x${i} = X[xi + ${i}]`)};`);
  lines.push(`  let z = 0, v = 0;`);
  for (let j = 0; j < O; j++) {
    lines.push(`  z = b${j} + ${list(I, (i) => `w${j * I + i} * x${i}`, ' + ')};`);
    lines.push(`  ${activationSource(act, 'z', 'v')}`);
    lines.push(`  A[ai + ${j}] = v;`);
    if (dropout) lines.push(`  D[ai + ${j}] = v * M[ai + ${j}];`);
  }
  lines.push('}');
  return lines.join('\n');
}

function backwardSource(spec: BackwardSpec, key: string): string {
  const { nIn: I, nOut: O, prevAct, prevDropout } = spec;
  const lines: string[] = [`// reglab kernel ${key}`, `'use strict';`];
  if (prevAct !== 'none') lines.push(`const ${list(I * O, (k) => `w${k} = P[wo + ${k}]`)};`);
  lines.push(`let ${list(I * O, (k) => `g${k} = 0`)};`);
  lines.push(`let ${list(O, (j) => `gb${j} = 0`)};`);
  lines.push(`for (let e = 0, xi = 0, gi = 0; e < B; e++, xi += ${I}, gi += ${O}) {`);
  lines.push(`  const ${list(O, (j) => `d${j} = G[gi + ${j}]`)};`);
  lines.push(`  const ${list(I, (i) => `x${i} = X[xi + ${i}]`)};`);
  for (let j = 0; j < O; j++) {
    lines.push(`  gb${j} += d${j}; ${list(I, (i) => `g${j * I + i} += d${j} * x${i};`, ' ')}`);
  }
  if (prevAct !== 'none') {
    lines.push('  let s = 0, a = 0;');
    for (let i = 0; i < I; i++) {
      lines.push(`  s = ${list(O, (j) => `d${j} * w${j * I + i}`, ' + ')};`);
      lines.push(`  a = Ap[xi + ${i}]; s *= ${derivativeSource(prevAct, 'a')};`);
      if (prevDropout) lines.push(`  s *= Mp[xi + ${i}];`);
      lines.push(`  Gp[xi + ${i}] = s;`);
    }
  }
  lines.push('}');
  lines.push(list(I * O, (k) => `Gr[wo + ${k}] = g${k};`, ' '));
  lines.push(list(O, (j) => `Gr[bo + ${j}] = gb${j};`, ' '));
  return lines.join('\n');
}

const FORWARD_PARAMS = ['P', 'wo', 'bo', 'X', 'A', 'D', 'M', 'B', 'T'];
const BACKWARD_PARAMS = ['P', 'wo', 'bo', 'Gr', 'G', 'X', 'Gp', 'Ap', 'Mp', 'B'];

/** The fastest forward kernel for this layer shape (generated, or the loops for large layers). */
export function forwardKernel(spec: ForwardSpec): ForwardKernel {
  checkWidths(spec.nIn, spec.nOut);
  const key = `fwd ${spec.nIn}x${spec.nOut} ${spec.act}${spec.dropout ? ' dropout' : ''}`;
  let k = forwardCache.get(key);
  if (!k) {
    k =
      spec.nIn * spec.nOut > MAX_UNROLLED_WEIGHTS
        ? referenceForward(spec)
        : compileKernel<ForwardKernel>(key, FORWARD_PARAMS, forwardSource(spec, key));
    forwardCache.set(key, k);
  }
  return k;
}

export function backwardKernel(spec: BackwardSpec): BackwardKernel {
  checkWidths(spec.nIn, spec.nOut);
  const key = `bwd ${spec.nIn}x${spec.nOut} ${spec.prevAct}${spec.prevDropout ? ' dropout' : ''}`;
  let k = backwardCache.get(key);
  if (!k) {
    k =
      spec.nIn * spec.nOut > MAX_UNROLLED_WEIGHTS
        ? referenceBackward(spec)
        : compileKernel<BackwardKernel>(key, BACKWARD_PARAMS, backwardSource(spec, key));
    backwardCache.set(key, k);
  }
  return k;
}

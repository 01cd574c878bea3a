// The JavaScript scalar peak: a Float64Array dot product with 8 independent accumulators on
// 4096-element arrays (64 KB, in L1/L2 cache), 2 FLOPs per element. What a tight scalar loop of
// loads, multiplies and adds reaches in this V8 on this core: the yardstick the engine's kernels
// are measured against, so figures travel between machines as ratios.
import type { BenchCase } from './benchInterleave';

const N = 4096;
const DOTS_PER_CALL = 16;

/** Sum of a·b by a tight loop with 8 independent accumulators (n a multiple of 8). */
function dot8(a: Float64Array, b: Float64Array, n: number): number {
  let s0 = 0, s1 = 0, s2 = 0, s3 = 0, s4 = 0, s5 = 0, s6 = 0, s7 = 0; // prettier-ignore
  for (let i = 0; i < n; i += 8) {
    s0 += a[i]! * b[i]!;
    s1 += a[i + 1]! * b[i + 1]!;
    s2 += a[i + 2]! * b[i + 2]!;
    s3 += a[i + 3]! * b[i + 3]!;
    s4 += a[i + 4]! * b[i + 4]!;
    s5 += a[i + 5]! * b[i + 5]!;
    s6 += a[i + 6]! * b[i + 6]!;
    s7 += a[i + 7]! * b[i + 7]!;
  }
  return s0 + s1 + s2 + s3 + s4 + s5 + s6 + s7;
}

export function peakCase(): BenchCase {
  const a = new Float64Array(N).map((_, i) => Math.sin(i));
  const b = new Float64Array(N).map((_, i) => Math.cos(i));
  let sink = 0;
  return {
    name: 'scalar peak (dot8)',
    call() {
      for (let k = 0; k < DOTS_PER_CALL; k++) sink += dot8(a, b, N);
      // Keeps the sum observable, so the loop cannot be dropped as dead code.
      if (sink === 0.5) console.log(sink);
    },
    unitsPerCall: DOTS_PER_CALL * 2 * N,
    unit: 'FLOP',
    flopsPerCall: DOTS_PER_CALL * 2 * N,
  };
}

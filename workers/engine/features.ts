// Input features computed from (x1, x2), fed as computed: no hidden scaling, so what the student
// ticks is exactly what the first layer sees (x1² reaches 36 at the domain's edge).
import type { FeatureName } from './config';
import { sin } from './detMath';

type FeatureFn = (x1: number, x2: number) => number;

const FEATURE_FNS: Record<FeatureName, FeatureFn> = {
  x1: (x1) => x1,
  x2: (_x1, x2) => x2,
  'x1^2': (x1) => x1 * x1,
  'x2^2': (_x1, x2) => x2 * x2,
  'x1*x2': (x1, x2) => x1 * x2,
  'sin(x1)': (x1) => sin(x1),
  'sin(x2)': (_x1, x2) => sin(x2),
};

/** Computes the chosen features of one or many points into a row-major matrix. */
export class FeatureMap {
  readonly size: number;
  private readonly fns: FeatureFn[];

  constructor(readonly names: readonly FeatureName[]) {
    this.size = names.length;
    this.fns = names.map((n) => FEATURE_FNS[n]);
  }

  /** Writes the features of (x1, x2) into out[offset .. offset + size). */
  write(x1: number, x2: number, out: Float64Array, offset: number): void {
    const fns = this.fns;
    for (let f = 0; f < fns.length; f++) out[offset + f] = fns[f]!(x1, x2);
  }

  /** Features of the points xy (interleaved x1, x2) into out (row-major, n × size). */
  writeAll(xy: Float64Array, n: number, out: Float64Array): void {
    for (let i = 0; i < n; i++) this.write(xy[2 * i]!, xy[2 * i + 1]!, out, i * this.size);
  }
}

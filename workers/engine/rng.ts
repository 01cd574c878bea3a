// A seeded generator tree. Every random choice (data, split, init, batch order, dropout masks,
// augmentation) draws from its own named child stream, so changing how much one stream is used
// (say, turning dropout on) never shifts the numbers of another: the same data and initial weights
// whatever the regularization, which is what makes side-by-side comparisons fair.
import { exp, log } from './detMath';

/** 32-bit string hash (FNV-1a) then avalanche (murmur3 finalizer): spreads nearby seeds apart. */
function mix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

function hashLabel(seed: number, label: string): number {
  let h = 0x811c9dc5 ^ mix32(seed >>> 0);
  for (let i = 0; i < label.length; i++) {
    h ^= label.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return mix32(h);
}

/** xoshiro128** (Blackman and Vigna): fast, 128-bit state, good statistical quality. */
export class Rng {
  private s0: number;
  private s1: number;
  private s2: number;
  private s3: number;
  private spare = 0;
  private hasSpare = false;

  constructor(readonly seed: number) {
    // Fill the state from splitmix32-style steps so that no seed gives the all-zero state.
    let x = seed >>> 0;
    const next = (): number => {
      x = (x + 0x9e3779b9) | 0;
      return mix32(x) | 0;
    };
    this.s0 = next();
    this.s1 = next();
    this.s2 = next();
    this.s3 = next();
    if ((this.s0 | this.s1 | this.s2 | this.s3) === 0) this.s0 = 1;
  }

  /** A child stream whose numbers depend only on this stream's seed and the label. */
  fork(label: string): Rng {
    return new Rng(hashLabel(this.seed, label));
  }

  /** Uniform 32-bit unsigned integer. */
  nextU32(): number {
    const result = Math.imul(rotl(Math.imul(this.s1, 5), 7), 9);
    const t = this.s1 << 9;
    this.s2 ^= this.s0;
    this.s3 ^= this.s1;
    this.s1 ^= this.s2;
    this.s0 ^= this.s3;
    this.s2 ^= t;
    this.s3 = rotl(this.s3, 11);
    return result >>> 0;
  }

  /** Uniform in [0, 1) with 32 bits of resolution. */
  float(): number {
    return this.nextU32() * 2.3283064365386963e-10;
  }

  uniform(lo: number, hi: number): number {
    return lo + (hi - lo) * this.float();
  }

  /** Uniform integer in [0, n). */
  int(n: number): number {
    return Math.floor(this.float() * n);
  }

  /** Standard normal by the polar Box–Muller method; the second value is kept for the next call. */
  normal(): number {
    if (this.hasSpare) {
      this.hasSpare = false;
      return this.spare;
    }
    let u: number;
    let v: number;
    let s: number;
    do {
      u = 2 * this.float() - 1;
      v = 2 * this.float() - 1;
      s = u * u + v * v;
    } while (s >= 1 || s === 0);
    const f = Math.sqrt((-2 * log(s)) / s);
    this.spare = v * f;
    this.hasSpare = true;
    return u * f;
  }

  /** Gamma(shape, 1) by Marsaglia and Tsang; shape < 1 uses the boost Gamma(a+1)·U^(1/a). */
  gamma(shape: number): number {
    // U^(1/a) through exp and log: V8's Math.pow has changed between versions, exp and log have
    // not, and the same seed must give the same numbers in Node and in every browser.
    if (shape < 1) return this.gamma(shape + 1) * exp(log(this.float() || 1e-300) / shape);
    const d = shape - 1 / 3;
    const c = 1 / Math.sqrt(9 * d);
    for (;;) {
      let x: number;
      let v: number;
      do {
        x = this.normal();
        v = 1 + c * x;
      } while (v <= 0);
      v = v * v * v;
      const u = this.float();
      if (u < 1 - 0.0331 * x * x * x * x) return d * v;
      if (log(u) < 0.5 * x * x + d * (1 - v + log(v))) return d * v;
    }
  }

  /** Beta(a, a), the mixup weight distribution. */
  betaSymmetric(a: number): number {
    const x = this.gamma(a);
    const y = this.gamma(a);
    return x / (x + y);
  }

  /** In-place Fisher–Yates shuffle. */
  shuffle(a: Int32Array | number[]): void {
    for (let i = a.length - 1; i > 0; i--) {
      const j = this.int(i + 1);
      const t = a[i]!;
      a[i] = a[j]!;
      a[j] = t;
    }
  }
}

function rotl(x: number, k: number): number {
  return (x << k) | (x >>> (32 - k));
}

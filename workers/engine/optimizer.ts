// Parameter updates with the regularizer built in.
// - L2 enters the gradient as l2·w ("coupled"), or, when `decoupled`, is applied as weight decay
//   w ← w − lr·l2·w beside the optimizer step (AdamW). With plain SGD both are the same update;
//   with momentum and Adam they are not, which is the lesson.
// - L1 by default is the proximal step: after the gradient step, soft-threshold by the step size
//   times l1, w ← w − clamp(w, −t, t), which lands exactly on 0 and leaves it when the data gradient
//   pulls harder than l1. Under Adam the threshold uses each weight's own step lr/(√v̂ + ε) (the
//   prox in Adam's diagonal metric). The `subgradient` method adds l1·sign(w) to the gradient
//   instead and only jitters around 0, the teaching contrast.
import type { OptimizerKind, RegularizationConfig } from './config';
import { l1Coefficient, l2Coefficient } from './regularizers';

export const MOMENTUM = 0.9;
export const ADAM_BETA1 = 0.9;
export const ADAM_BETA2 = 0.999;
export const ADAM_EPS = 1e-8;

/**
 * Optimizer.step's update other than Adam's, as numbers (what the WebAssembly epoch takes).
 * mode 0: w − lr·g, no penalty; 1: SGD with coupled L2 or decay; 2: the same with the proximal L1
 * clamp (its threshold lr·l1 is not 0); 3: momentum's loop (momentum, or SGD with sign(w)), mu 0
 * under SGD.
 */
export interface SgdUpdate {
  mode: 0 | 1 | 2 | 3;
  lr: number;
  cl2: number;
  dec: number;
  l1: number;
  subL1: number;
  mu: number;
}

/**
 * Moments and mask kept elsewhere (an Mlp's WebAssembly memory), with Adam's loop over them:
 * `adam` runs it and returns true when P and G are the parameters and gradients of that same
 * memory, else returns false and leaves the work to the JavaScript loop. Same bits either way.
 * (SGD's and momentum's loops run there only inside the WebAssembly epoch: called once per
 * batch from the JavaScript batch loop, batch norm's, they made training slower, 0.79–0.85×.)
 */
export interface OptimizerMemory {
  m: Float64Array;
  v: Float64Array;
  penalized: Float64Array;
  adam(
    P: Float64Array,
    G: Float64Array,
    lr: number,
    cl2: number,
    dec: number,
    l1: number,
    subL1: number,
    c1: number,
    c2: number,
  ): boolean;
}

export interface UpdateSettings {
  kind: OptimizerKind;
  learningRate: number;
  regularization: RegularizationConfig;
}

export class Optimizer {
  private readonly m: Float64Array;
  private readonly v: Float64Array;
  /** 1 for the penalized weights, 0 for biases and batch-norm γ, β: one loop covers them all. */
  private readonly penalized: Float64Array;
  private t = 0;
  /** β₁ᵗ and β₂ᵗ as running products: Math.pow differs between V8 versions, products do not. */
  private beta1t = 1;
  private beta2t = 1;
  private kind: OptimizerKind | '' = '';

  constructor(
    nParams: number,
    /** [start, end) pairs of the penalized weights. */
    weightRanges: readonly number[],
    private readonly memory: OptimizerMemory | null = null,
  ) {
    this.m = memory?.m ?? new Float64Array(nParams);
    this.v = memory?.v ?? new Float64Array(nParams);
    this.penalized = memory?.penalized ?? new Float64Array(nParams);
    for (let r = 0; r < weightRanges.length; r += 2) {
      this.penalized.fill(1, weightRanges[r], weightRanges[r + 1]);
    }
  }

  /** Forgets the moment estimates (a new optimizer starts from rest). */
  reset(): void {
    this.m.fill(0);
    this.v.fill(0);
    this.t = 0;
    this.beta1t = 1;
    this.beta2t = 1;
  }

  /**
   * An independent copy (moments, step count, kind): views look one step ahead with it without
   * changing the run's optimizer. Not used by training.
   */
  clone(): Optimizer {
    const c = new Optimizer(this.m.length, []);
    c.m.set(this.m);
    c.v.set(this.v);
    c.penalized.set(this.penalized);
    c.t = this.t;
    c.beta1t = this.beta1t;
    c.beta2t = this.beta2t;
    c.kind = this.kind;
    return c;
  }

  /** The kind of the last update ('' before the first): whose moment estimates this holds. */
  get lastKind(): OptimizerKind | '' {
    return this.kind;
  }

  /**
   * Parameter i's step size in the last update: lr/(√v̂ᵢ + ε) under Adam (the same expression as
   * adam() below, so the proximal threshold is this times λ₁ bit for bit), lr otherwise or before
   * the first Adam step.
   */
  stepSize(i: number, lr: number): number {
    if (this.kind !== 'adam' || this.t === 0) return lr;
    const c2 = 1 / (1 - this.beta2t);
    return lr / (Math.sqrt(this.v[i]! * c2) + ADAM_EPS);
  }

  step(params: Float64Array, grads: Float64Array, s: UpdateSettings): void {
    this.advance(s.kind, 1);
    if (s.kind !== 'adam') {
      this.update(params, grads, sgdUpdate(s));
      return;
    }
    const { lr, cl2, dec, l1, subL1 } = coefficients(s);
    this.adam(params, grads, lr, cl2, dec, l1, subL1);
  }

  /**
   * For `steps` updates that another loop runs (an Mlp's epoch in WebAssembly): their
   * bookkeeping, as `steps` calls of step() would do it, and the update as numbers. Null under
   * Adam, which that loop does not cover; nothing changes then.
   */
  sgdSteps(s: UpdateSettings, steps: number): SgdUpdate | null {
    if (s.kind === 'adam') return null;
    this.advance(s.kind, steps);
    return sgdUpdate(s);
  }

  /** A new kind starts from rest; then `steps` steps are counted (β powers as running products). */
  private advance(kind: OptimizerKind, steps: number): void {
    if (kind !== this.kind) {
      this.reset();
      this.kind = kind;
    }
    for (let k = 0; k < steps; k++) {
      this.t++;
      this.beta1t *= ADAM_BETA1;
      this.beta2t *= ADAM_BETA2;
    }
  }

  private update(P: Float64Array, G: Float64Array, u: SgdUpdate): void {
    if (u.mode === 3) this.momentum(P, G, u.mu, u.lr, u.cl2, u.dec, u.l1, u.subL1);
    else this.sgd(P, G, u.lr, u.cl2, u.dec, u.l1);
  }

  /** Plain SGD without sign(w) or the velocity buffer: the common case, and the fastest. */
  private sgd(P: Float64Array, G: Float64Array, lr: number, cl2: number, dec: number, l1: number) {
    const mask = this.penalized;
    const n = P.length;
    if (cl2 === 0 && dec === 0 && l1 === 0) {
      for (let i = 0; i < n; i++) P[i] = P[i]! - lr * G[i]!;
      return;
    }
    const t = lr * l1;
    for (let i = 0; i < n; i++) {
      const w = P[i]!;
      const mk = mask[i]!;
      const u = w - lr * (G[i]! + cl2 * mk * w) - dec * mk * w;
      // Without L1 the threshold is 0 and the clamp would only turn −0 into +0.
      const ti = t * mk;
      P[i] = t === 0 ? u : u - Math.min(Math.max(u, -ti), ti);
    }
  }

  private momentum(
    P: Float64Array,
    G: Float64Array,
    mu: number,
    lr: number,
    cl2: number,
    dec: number,
    l1: number,
    subL1: number,
  ): void {
    const mask = this.penalized;
    const m = this.m;
    const t = lr * l1;
    for (let i = 0; i < P.length; i++) {
      const w = P[i]!;
      const mk = mask[i]!;
      const g = G[i]! + cl2 * mk * w + subL1 * mk * Math.sign(w);
      const vel = mu * m[i]! + g;
      m[i] = vel;
      const u = w - lr * vel - dec * mk * w;
      const ti = t * mk;
      P[i] = u - Math.min(Math.max(u, -ti), ti);
    }
  }

  private adam(
    P: Float64Array,
    G: Float64Array,
    lr: number,
    cl2: number,
    dec: number,
    l1: number,
    subL1: number,
  ): void {
    const mask = this.penalized;
    const m = this.m;
    const v = this.v;
    const c1 = 1 / (1 - this.beta1t);
    const c2 = 1 / (1 - this.beta2t);
    if (this.memory?.adam(P, G, lr, cl2, dec, l1, subL1, c1, c2)) return;
    for (let i = 0; i < P.length; i++) {
      const w = P[i]!;
      const mk = mask[i]!;
      const g = G[i]! + cl2 * mk * w + subL1 * mk * Math.sign(w);
      const mi = ADAM_BETA1 * m[i]! + (1 - ADAM_BETA1) * g;
      const vi = ADAM_BETA2 * v[i]! + (1 - ADAM_BETA2) * g * g;
      m[i] = mi;
      v[i] = vi;
      const stepSize = lr / (Math.sqrt(vi * c2) + ADAM_EPS);
      const u = w - stepSize * mi * c1 - dec * mk * w;
      const ti = stepSize * (l1 * mk);
      P[i] = u - Math.min(Math.max(u, -ti), ti);
    }
  }
}

/**
 * The update's coefficients. Each is multiplied by the parameter's 0/1 mask: the unpenalized ones
 * get exactly the update they would get with every coefficient 0.
 */
function coefficients(s: UpdateSettings) {
  const reg = s.regularization;
  const l1 = l1Coefficient(reg);
  const l2 = l2Coefficient(reg);
  const subgradient = reg.l1Method === 'subgradient';
  const lr = s.learningRate;
  return {
    lr,
    cl2: reg.decoupled ? 0 : l2,
    dec: reg.decoupled ? lr * l2 : 0,
    l1: subgradient ? 0 : l1,
    subL1: subgradient ? l1 : 0,
  };
}

/** SGD's or momentum's update (see SgdUpdate for which loop each mode is). */
function sgdUpdate(s: UpdateSettings): SgdUpdate {
  const { lr, cl2, dec, l1, subL1 } = coefficients(s);
  const mu = s.kind === 'momentum' ? MOMENTUM : 0;
  let mode: SgdUpdate['mode'] = 3;
  if (s.kind === 'sgd' && subL1 === 0) {
    if (cl2 === 0 && dec === 0 && l1 === 0) mode = 0;
    else mode = lr * l1 === 0 ? 1 : 2;
  }
  return { mode, lr, cl2, dec, l1, subL1, mu };
}

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
import { penaltyWeights } from './regularizers';

export const MOMENTUM = 0.9;
export const ADAM_BETA1 = 0.9;
export const ADAM_BETA2 = 0.999;
export const ADAM_EPS = 1e-8;

export interface UpdateSettings {
  kind: OptimizerKind;
  learningRate: number;
  regularization: RegularizationConfig;
}

export class Optimizer {
  private readonly m: Float64Array;
  private readonly v: Float64Array;
  private t = 0;
  /** β₁ᵗ and β₂ᵗ as running products: Math.pow differs between V8 versions, products do not. */
  private beta1t = 1;
  private beta2t = 1;
  private kind: OptimizerKind | '' = '';

  constructor(
    nParams: number,
    /** [start, end) pairs of the penalized weights. */
    private readonly weightRanges: readonly number[],
  ) {
    this.m = new Float64Array(nParams);
    this.v = new Float64Array(nParams);
  }

  /** Forgets the moment estimates (a new optimizer starts from rest). */
  reset(): void {
    this.m.fill(0);
    this.v.fill(0);
    this.t = 0;
    this.beta1t = 1;
    this.beta2t = 1;
  }

  step(params: Float64Array, grads: Float64Array, s: UpdateSettings): void {
    if (s.kind !== this.kind) {
      this.reset();
      this.kind = s.kind;
    }
    this.t++;
    this.beta1t *= ADAM_BETA1;
    this.beta2t *= ADAM_BETA2;
    const { l1, l2 } = penaltyWeights(s.regularization); // two numbers; escape analysis removes the object
    const subgradient = s.regularization.l1Method === 'subgradient';
    const decoupled = s.regularization.decoupled;
    const ranges = this.weightRanges;
    let from = 0;
    for (let r = 0; r <= ranges.length; r += 2) {
      // Unpenalized run [from, start of the next weight block), then the weight block itself.
      const start = r < ranges.length ? ranges[r]! : params.length;
      this.update(params, grads, s, from, start, 0, 0, false, false);
      if (r < ranges.length) {
        this.update(params, grads, s, start, ranges[r + 1]!, l1, l2, subgradient, decoupled);
        from = ranges[r + 1]!;
      }
    }
  }

  private update(
    P: Float64Array,
    G: Float64Array,
    s: UpdateSettings,
    from: number,
    to: number,
    l1: number,
    l2: number,
    subgradient: boolean,
    decoupled: boolean,
  ): void {
    const lr = s.learningRate;
    const coupledL2 = decoupled ? 0 : l2;
    const decay = decoupled ? lr * l2 : 0;
    const proxL1 = subgradient ? 0 : l1;
    const subL1 = subgradient ? l1 : 0;
    const m = this.m;
    const v = this.v;
    if (s.kind === 'adam') {
      const c1 = 1 / (1 - this.beta1t);
      const c2 = 1 / (1 - this.beta2t);
      for (let i = from; i < to; i++) {
        const w = P[i]!;
        const g = G[i]! + coupledL2 * w + subL1 * Math.sign(w);
        const mi = ADAM_BETA1 * m[i]! + (1 - ADAM_BETA1) * g;
        const vi = ADAM_BETA2 * v[i]! + (1 - ADAM_BETA2) * g * g;
        m[i] = mi;
        v[i] = vi;
        const stepSize = lr / (Math.sqrt(vi * c2) + ADAM_EPS);
        const u = w - stepSize * mi * c1 - decay * w;
        const t = stepSize * proxL1;
        P[i] = u - Math.min(Math.max(u, -t), t);
      }
    } else if (s.kind === 'sgd' && subL1 === 0) {
      // The common case, without the velocity buffer or sign(w): same update as the loop below.
      const t = lr * proxL1;
      for (let i = from; i < to; i++) {
        const w = P[i]!;
        const u = w - lr * (G[i]! + coupledL2 * w) - decay * w;
        P[i] = u - Math.min(Math.max(u, -t), t);
      }
    } else {
      const mu = s.kind === 'momentum' ? MOMENTUM : 0;
      const t = lr * proxL1;
      for (let i = from; i < to; i++) {
        const w = P[i]!;
        const g = G[i]! + coupledL2 * w + subL1 * Math.sign(w);
        const vel = mu * m[i]! + g;
        m[i] = vel;
        const u = w - lr * vel - decay * w;
        P[i] = u - Math.min(Math.max(u, -t), t);
      }
    }
  }
}

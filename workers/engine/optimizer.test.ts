import { describe, expect, it } from 'vitest';
import type { ConfigV1, L1Method, OptimizerKind, RegularizationConfig } from './config';
import { FEATURES, defaultConfig } from './config';
import type { UpdateSettings } from './optimizer';
import { ADAM_EPS, Optimizer } from './optimizer';
import { Rng } from './rng';
import { Trainer } from './trainer';

// A toy parameter vector: weights at [0, 4), then two unpenalized biases at [4, 6).
const RANGES = [0, 4];
const N = 6;

function reg(overrides: Partial<RegularizationConfig>): RegularizationConfig {
  return {
    kind: 'none',
    lambda: 0,
    l1Ratio: 0.5,
    l1Method: 'proximal',
    decoupled: false,
    ...overrides,
  };
}

function settings(
  kind: OptimizerKind,
  learningRate: number,
  r: RegularizationConfig,
): UpdateSettings {
  return { kind, learningRate, regularization: r };
}

/** Runs `steps` updates with seeded random gradients from the same start; returns the parameters. */
function train(
  s: UpdateSettings,
  steps: number,
  start = [0.5, -1.2, 0.03, 2, 0.4, -0.1],
): Float64Array {
  const opt = new Optimizer(N, RANGES);
  const P = Float64Array.from(start);
  const rng = new Rng(1);
  for (let k = 0; k < steps; k++) {
    const G = Float64Array.from({ length: N }, () => rng.normal());
    opt.step(P, G, s);
  }
  return P;
}

describe('L2 and weight decay', () => {
  // Coupled: w − lr·(g + λw). Decoupled: w − lr·g − lr·λ·w. Equal in exact arithmetic; in floating
  // point the two orders of operations may differ in the last bits, hence 1e-14.
  it('with plain SGD, coupled L2 and decoupled weight decay give identical updates', () => {
    const coupled = train(settings('sgd', 0.1, reg({ kind: 'l2', lambda: 0.3 })), 50);
    const decoupled = train(
      settings('sgd', 0.1, reg({ kind: 'l2', lambda: 0.3, decoupled: true })),
      50,
    );
    coupled.forEach((w, i) => expect(Math.abs(w - decoupled[i]!)).toBeLessThan(1e-14));
    const none = train(settings('sgd', 0.1, reg({})), 50);
    expect(Math.abs(coupled[0]! - none[0]!)).toBeGreaterThan(1e-2);
  });

  it('with Adam they differ (AdamW), and the first AdamW step is w − lr·sign(g) − lr·λ·w', () => {
    const lr = 0.01;
    const lambda = 0.5;
    const P0 = [0.5, -1.2, 0.03, 2, 0.4, -0.1];
    const G = Float64Array.of(0.2, -0.3, 0.1, -0.05, 0.3, 0.3);
    const coupled = Float64Array.from(P0);
    new Optimizer(N, RANGES).step(coupled, G, settings('adam', lr, reg({ kind: 'l2', lambda })));
    const decoupled = Float64Array.from(P0);
    new Optimizer(N, RANGES).step(
      decoupled,
      G,
      settings('adam', lr, reg({ kind: 'l2', lambda, decoupled: true })),
    );
    for (let i = 0; i < 4; i++) {
      // Adam's first step is lr·ĝ/(|ĝ| + ε): the coupled gradient g + λw can even flip the sign.
      const gc = G[i]! + lambda * P0[i]!;
      expect(coupled[i]).toBeCloseTo(P0[i]! - (lr * gc) / (Math.abs(gc) + ADAM_EPS), 14);
      expect(decoupled[i]).toBeCloseTo(
        P0[i]! - (lr * G[i]!) / (Math.abs(G[i]!) + ADAM_EPS) - lr * lambda * P0[i]!,
        14,
      );
    }
    // w = 2, g = −0.05: coupled, λw outweighs g and the weight falls by lr; decoupled, Adam's step
    // (+lr) and the decay (−lr·λ·w = −lr) cancel and the weight stays.
    expect(coupled[3]).toBeCloseTo(1.99, 8);
    expect(decoupled[3]).toBeCloseTo(2, 8);
    // Biases are never decayed.
    expect(decoupled.subarray(4)).toEqual(coupled.subarray(4));
    const longC = train(settings('adam', lr, reg({ kind: 'l2', lambda })), 100);
    const longD = train(settings('adam', lr, reg({ kind: 'l2', lambda, decoupled: true })), 100);
    expect(Math.max(...longC.map((w, i) => Math.abs(w - longD[i]!)))).toBeGreaterThan(1e-3);
  });

  it('never penalizes biases', () => {
    const P = Float64Array.of(1, 1, 1, 1, 1, 1);
    new Optimizer(N, RANGES).step(
      P,
      new Float64Array(N),
      settings('sgd', 0.1, reg({ kind: 'l2', lambda: 1 })),
    );
    expect(Array.from(P)).toEqual([0.9, 0.9, 0.9, 0.9, 1, 1]);
  });
});

describe('L1', () => {
  const lr = 0.1;
  const lambda = 0.5; // threshold lr·λ = 0.05

  it('the proximal step sets weights within lr·λ of 0 to exactly 0 and shrinks the rest by lr·λ', () => {
    const P = Float64Array.of(0.04, -0.05, 0.3, -2, 0.01, -0.01);
    new Optimizer(N, RANGES).step(
      P,
      new Float64Array(N),
      settings('sgd', lr, reg({ kind: 'l1', lambda })),
    );
    expect(P[0]).toBe(0);
    expect(P[1]).toBe(0);
    expect(P[2]).toBeCloseTo(0.25, 15);
    expect(P[3]).toBeCloseTo(-1.95, 15);
    expect([P[4], P[5]]).toEqual([0.01, -0.01]); // biases untouched
  });

  it('a weight at 0 leaves 0 only when the data gradient pulls harder than λ', () => {
    const P = new Float64Array(N);
    const G = Float64Array.of(0.8, -0.8, 0.4, -0.5, 0, 0);
    new Optimizer(N, RANGES).step(P, G, settings('sgd', lr, reg({ kind: 'l1', lambda })));
    // |g| > λ: w = −lr·(g − λ·sign(g)); |g| ≤ λ: stays exactly 0.
    expect(P[0]).toBeCloseTo(-0.03, 15);
    expect(P[1]).toBeCloseTo(0.03, 15);
    expect(P[2]).toBe(0);
    expect(P[3]).toBe(0);
  });

  it('the subgradient method jitters around 0 instead of landing on it', () => {
    const opt = new Optimizer(N, RANGES);
    const P = Float64Array.of(0.03, -0.02, 0.51, 0, 0, 0);
    const trace: number[] = [];
    for (let k = 0; k < 20; k++) {
      opt.step(
        P,
        new Float64Array(N),
        settings('sgd', lr, reg({ kind: 'l1', lambda, l1Method: 'subgradient' })),
      );
      trace.push(P[0]!, P[1]!, P[2]!);
    }
    expect(trace.every((w) => w !== 0)).toBe(true);
    // After reaching 0's neighbourhood each weight flips sign every step, within lr·λ of 0.
    expect(Math.abs(P[2]!)).toBeLessThanOrEqual(0.05 + 1e-12);
    expect(Math.sign(trace.at(-1)!)).not.toBe(Math.sign(trace.at(-4)!));
  });

  function l1Run(method: L1Method): Trainer {
    const c: ConfigV1 = defaultConfig();
    c.seed = 1;
    c.epochs = 200;
    c.data = { ...c.data, dataset: 'gaussian', samples: 200, noise: 0.5 };
    c.features = [...FEATURES];
    c.model = { ...c.model, hidden: [8], activation: 'tanh' };
    c.optimizer = { kind: 'sgd', learningRate: 0.01, batchSize: 10 };
    c.regularization = reg({ kind: 'l1', lambda: 0.1, l1Method: method });
    const t = new Trainer(c);
    t.step(200);
    return t;
  }

  it('after training, proximal L1 has many exact zeros and the subgradient method none', () => {
    const prox = l1Run('proximal').history.at(-1)!;
    const sub = l1Run('subgradient');
    expect(prox.zeroFraction).toBeGreaterThan(0.5);
    expect(sub.history.at(-1)!.zeroFraction).toBe(0);
    // Yet the subgradient run has as many weights near 0: they jitter there.
    const near =
      Array.from(sub.weights()).filter((w) => Math.abs(w) < 0.01).length / sub.weights().length;
    expect(near).toBeGreaterThan(0.5);
  });
});

describe('optimizer state', () => {
  const g = Float64Array.of(0.3, -0.2, 0.1, 0.4, 0.2, -0.1);
  const none = reg({});

  function steps(opt: Optimizer, P: Float64Array, kinds: OptimizerKind[]): void {
    for (const kind of kinds) opt.step(P, g, settings(kind, 0.05, none));
  }

  it('momentum accumulates velocity and forgets it when the optimizer kind changes', () => {
    const opt = new Optimizer(N, RANGES);
    const P = new Float64Array(N);
    steps(opt, P, ['momentum', 'momentum', 'momentum', 'sgd']);
    const before = P.slice();
    steps(opt, P, ['momentum']);
    // A fresh momentum step is plain lr·g: the old velocity (2.71·g) is gone.
    P.forEach((w, i) => expect(w).toBeCloseTo(before[i]! - 0.05 * g[i]!, 15));

    const kept = new Optimizer(N, RANGES);
    const Q = new Float64Array(N);
    steps(kept, Q, ['momentum', 'momentum', 'momentum']);
    const q = Q.slice();
    steps(kept, Q, ['momentum']);
    expect(q[0]! - Q[0]!).toBeCloseTo(0.05 * 0.3 * (1 + 0.9 + 0.81 + 0.729), 14);
  });

  it('Adam restarts its moments and bias correction when the optimizer kind changes', () => {
    const opt = new Optimizer(N, RANGES);
    const P = Float64Array.of(1, 2, 3, 4, 5, 6);
    const rng = new Rng(3);
    for (let k = 0; k < 10; k++) {
      opt.step(
        P,
        Float64Array.from({ length: N }, () => rng.normal()),
        settings('adam', 0.05, none),
      );
    }
    steps(opt, P, ['momentum']);
    const start = P.slice();
    steps(opt, P, ['adam']);
    const fresh = start.slice();
    steps(new Optimizer(N, RANGES), fresh, ['adam']);
    expect(P).toEqual(fresh);
    // The first Adam step moves every parameter by lr·sign(g) (up to ε).
    P.forEach((w, i) => expect(start[i]! - w).toBeCloseTo(0.05 * Math.sign(g[i]!), 8));
  });
});

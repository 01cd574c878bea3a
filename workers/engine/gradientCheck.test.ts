// Every analytic gradient against central finite differences of the loss it claims to differentiate.
import { describe, expect, it } from 'vitest';
import type { Activation, RegularizationConfig } from './config';
import type { KernelFlavour } from './mlpKernels';
import { Mlp } from './mlp';
import { NetworkLayout } from './network';
import { Optimizer } from './optimizer';
import { penaltyValue, penaltyWeights, weightStats } from './regularizers';
import { Rng } from './rng';

const H = 1e-6;
// Central differences with h = 1e-6 carry ~1e-9 truncation and rounding error; the table tanh's
// slope differs from 1 − tanh² by at most ~2e-6 (activations.test.ts), so 1e-4 relative is tight
// enough to catch any real mistake (a wrong term is off by O(1)).
const REL_TOL = 1e-4;
const ABS_TOL = 1e-8;

interface Case {
  nInputs: number;
  hidden: number[];
  activation: Activation;
  batchNorm: boolean;
  dropoutKeep: number;
  flavour: KernelFlavour;
}

function setup(c: Case, B: number, seed: number) {
  const layout = new NetworkLayout({
    nInputs: c.nInputs,
    hidden: c.hidden,
    activation: c.activation,
    batchNorm: c.batchNorm,
  });
  const mlp = new Mlp(layout, B, c.flavour);
  const rng = new Rng(seed);
  layout.initialize(mlp.params, mlp.stats, rng.fork('init'));
  // Move γ, β and biases away from their initial 1 and 0 so every term of their gradients shows.
  for (let i = 0; i < mlp.params.length; i++) mlp.params[i]! += 0.3 * rng.normal();
  const X = new Float64Array(B * c.nInputs).map(() => 2 * rng.normal());
  const Y = new Float64Array(B).map((_, i) => (i % 3 === 0 ? 0.3 : i % 2));
  const dropout = c.dropoutKeep < 1;
  // Sample once and keep the masks: the loss is then a fixed function of the parameters.
  if (dropout) mlp.sampleDropout(c.dropoutKeep, B, rng.fork('dropout'));
  const loss = () => mlp.trainBatch(X, Y, B, dropout, true);
  // Without the loss, the fused network kernels (WebAssembly or JavaScript) take the batch.
  const gradsOnly = () => mlp.trainBatch(X, Y, B, dropout, false);
  return { mlp, loss, gradsOnly };
}

function relativeError(a: number, b: number): number {
  const diff = Math.abs(a - b);
  return diff < ABS_TOL ? 0 : diff / Math.max(Math.abs(a), Math.abs(b));
}

function checkDataGradient(c: Case): number {
  const B = 6;
  const { mlp, loss, gradsOnly } = setup(c, B, 7);
  gradsOnly();
  const fused = mlp.grads.slice();
  loss();
  const analytic = mlp.grads.slice();
  // Same operations in the same order with or without the loss, whichever kernels ran.
  expect(fused).toEqual(analytic);
  let worst = 0;
  for (let i = 0; i < mlp.params.length; i++) {
    const w = mlp.params[i]!;
    mlp.params[i] = w + H;
    const up = loss();
    mlp.params[i] = w - H;
    const down = loss();
    mlp.params[i] = w;
    worst = Math.max(worst, relativeError(analytic[i]!, (up - down) / (2 * H)));
  }
  return worst;
}

const ACTIVATIONS: Activation[] = ['tanh', 'sigmoid', 'relu', 'linear'];
const SHAPES: { nInputs: number; hidden: number[] }[] = [
  { nInputs: 3, hidden: [] },
  { nInputs: 2, hidden: [4] },
  { nInputs: 2, hidden: [6, 4] },
  { nInputs: 5, hidden: [4, 3] },
  { nInputs: 7, hidden: [6, 5, 4] },
];

describe('data-loss gradients match finite differences', () => {
  for (const flavour of ['fast', 'js', 'reference'] as const) {
    for (const activation of ACTIVATIONS) {
      for (const shape of SHAPES) {
        const name = `${flavour} kernels, ${activation}, ${shape.nInputs}→[${shape.hidden.join(',')}]→1`;
        it(name, () => {
          const c = { ...shape, activation, batchNorm: false, dropoutKeep: 1, flavour };
          expect(checkDataGradient(c)).toBeLessThan(REL_TOL);
        });
      }
    }
  }

  for (const activation of ACTIVATIONS) {
    it(`batch norm before ${activation}, including γ and β`, () => {
      const c = {
        nInputs: 3,
        hidden: [5, 4],
        activation,
        batchNorm: true,
        dropoutKeep: 1,
        flavour: 'fast' as const,
      };
      expect(checkDataGradient(c)).toBeLessThan(REL_TOL);
    });
    it(`dropout with a fixed mask (p = 0.6) under ${activation}`, () => {
      const c = {
        nInputs: 3,
        hidden: [6, 5],
        activation,
        batchNorm: false,
        dropoutKeep: 0.6,
        flavour: 'fast' as const,
      };
      expect(checkDataGradient(c)).toBeLessThan(REL_TOL);
    });
  }

  it('batch norm and dropout together, reference kernels', () => {
    const c = {
      nInputs: 4,
      hidden: [5, 5],
      activation: 'tanh' as const,
      batchNorm: true,
      dropoutKeep: 0.7,
      flavour: 'reference' as const,
    };
    expect(checkDataGradient(c)).toBeLessThan(REL_TOL);
  });

  it('a layer too wide to unroll (32 × 32) uses the loop kernels and is still right', () => {
    const c = {
      nInputs: 2,
      hidden: [32, 32],
      activation: 'tanh' as const,
      batchNorm: false,
      dropoutKeep: 1,
      flavour: 'fast' as const,
    };
    expect(checkDataGradient(c)).toBeLessThan(REL_TOL);
  });
});

/**
 * The penalty gradient as the optimizer applies it: one plain SGD step with a tiny learning rate
 * and a zero data gradient moves each parameter by −lr·∂penalty/∂w.
 */
function penaltyStepGradient(
  reg: RegularizationConfig,
  params: Float64Array,
  ranges: number[],
): Float64Array {
  const lr = 1e-3;
  const p = params.slice();
  new Optimizer(p.length, ranges).step(p, new Float64Array(p.length), {
    kind: 'sgd',
    learningRate: lr,
    regularization: reg,
  });
  return p.map((v, i) => (params[i]! - v) / lr);
}

describe('penalty gradients match finite differences of the penalty', () => {
  const ranges = [0, 6, 8, 14]; // two weight blocks; 6..8 and 14..16 are biases (unpenalized)
  const params = new Float64Array(16).map((_, i) => (i % 2 === 0 ? 1 : -1) * (0.2 + 0.1 * i));
  const cases: RegularizationConfig[] = [
    { kind: 'l2', lambda: 0.3, l1Ratio: 0.5, l1Method: 'proximal', decoupled: false },
    { kind: 'l1', lambda: 0.2, l1Ratio: 0.5, l1Method: 'subgradient', decoupled: false },
    { kind: 'elasticnet', lambda: 0.25, l1Ratio: 0.3, l1Method: 'subgradient', decoupled: false },
  ];
  for (const reg of cases) {
    it(`${reg.kind} (${reg.l1Method}) penalizes weights only, with the textbook gradient`, () => {
      const g = penaltyStepGradient(reg, params, ranges);
      const pw = penaltyWeights(reg);
      const value = (p: Float64Array) => penaltyValue(pw, weightStats(p, ranges));
      for (let i = 0; i < params.length; i++) {
        const p = params.slice();
        p[i] = params[i]! + H;
        const up = value(p);
        p[i] = params[i]! - H;
        const down = value(p);
        const fd = (up - down) / (2 * H);
        expect(Math.abs(g[i]! - fd)).toBeLessThan(1e-6);
        const isBias = (i >= 6 && i < 8) || i >= 14;
        if (isBias) expect(g[i]).toBe(0);
      }
    });
  }

  it('the proximal L1 step is the soft-threshold of the gradient step', () => {
    const reg: RegularizationConfig = {
      kind: 'l1',
      lambda: 0.5,
      l1Ratio: 0.5,
      l1Method: 'proximal',
      decoupled: false,
    };
    const lr = 0.6;
    const p = params.slice();
    const grads = new Float64Array(16).map((_, i) => 0.1 * (i - 8));
    new Optimizer(16, ranges).step(p, grads, {
      kind: 'sgd',
      learningRate: lr,
      regularization: reg,
    });
    for (let i = 0; i < 16; i++) {
      const u = params[i]! - lr * grads[i]!;
      const penalized = i < 6 || (i >= 8 && i < 14);
      const t = penalized ? lr * 0.5 : 0;
      expect(p[i]).toBe(Math.sign(u) * Math.max(Math.abs(u) - t, 0) + 0);
    }
    expect(Array.from(p).filter((v) => v === 0).length).toBeGreaterThan(0);
  });
});

// The SGD and momentum updates in WebAssembly, and the epoch that runs them batch after batch,
// must leave every parameter and velocity with exactly the bits the JavaScript loops give:
// every regularizer, NaN and ±∞ weights, ±0; and training with dropout or batch norm (the
// JavaScript batch loop) and on a host without WebAssembly must give the same runs.
import { describe, expect, it, vi } from 'vitest';
import { TANH_TABLE } from './activations';
import { defaultConfig } from './config';
import type { ConfigV1, OptimizerKind, RegularizationConfig } from './config';
import { NetworkLayout } from './network';
import { trainNetKernel } from './netKernels';
import type { UpdateSettings } from './optimizer';
import { Optimizer } from './optimizer';
import { Rng } from './rng';
import { Trainer } from './trainer';
import { wasmNetKernels } from './wasmNet';

const REGS: Record<string, Partial<RegularizationConfig>> = {
  none: { kind: 'none', lambda: 0 },
  'L1 proximal': { kind: 'l1', lambda: 0.02 },
  'L1 subgradient': { kind: 'l1', lambda: 0.02, l1Method: 'subgradient' },
  'L2 coupled': { kind: 'l2', lambda: 0.05 },
  'L2 decoupled': { kind: 'l2', lambda: 0.05, decoupled: true },
  'elastic net': { kind: 'elasticnet', lambda: 0.02, l1Ratio: 0.4 },
  'elastic net subgradient': { kind: 'elasticnet', lambda: 0.02, l1Method: 'subgradient' },
};
const KINDS: OptimizerKind[] = ['sgd', 'momentum'];

function regularization(r: Partial<RegularizationConfig>): RegularizationConfig {
  return { ...defaultConfig().regularization, ...r };
}

/** The bits of each double: NaN payloads, the sign of 0 and all. */
const bits = (a: Float64Array) => Array.from(new BigUint64Array(a.slice().buffer), String);

// [8,8] on two inputs: 113 parameters, an odd count (the update's last pair has a padding lane).
const layout = new NetworkLayout({
  nInputs: 2,
  hidden: [8, 8],
  activation: 'tanh',
  batchNorm: false,
});
const net = layout.layers.map((L) => ({ nIn: L.nIn, nOut: L.nOut, w: L.w, b: L.b }));

/** Parameters with every kind of value the update may meet: NaN, ±∞, ±0, tiny, at the threshold. */
function awkward(n: number, rng: Rng): Float64Array {
  const special = [NaN, Infinity, -Infinity, 0, -0, 1e-300, -5e-324, 0.001, -0.001, 1e300];
  return Float64Array.from({ length: n }, (_, i) =>
    i % 5 === 0 ? special[(i / 5) % special.length]! : rng.normal(),
  );
}

describe('the SGD and momentum updates in WebAssembly equal the JavaScript loops bit for bit', () => {
  for (const kind of KINDS) {
    for (const [name, reg] of Object.entries(REGS)) {
      it(`${kind}, ${name}, with NaN, ±∞ and ±0 among the weights and gradients`, () => {
        const wasm = wasmNetKernels(net, 'tanh', 4, layout.nParams)!;
        expect(wasm).not.toBeNull();
        const fast = new Optimizer(layout.nParams, layout.weightRanges, wasm.optimizer);
        const js = new Optimizer(layout.nParams, layout.weightRanges);
        const rng = new Rng(7);
        const P0 = awkward(layout.nParams, rng);
        wasm.params.set(P0);
        const P = P0.slice();
        const s: UpdateSettings = { kind, learningRate: 0.1, regularization: regularization(reg) };
        for (let step = 0; step < 6; step++) {
          const G = awkward(layout.nParams, rng).map((g, i) => (step % 2 && i % 7 ? -g : g));
          wasm.grads.set(G);
          wasm.update(fast.sgdSteps(s, 1)!);
          js.step(P, G, s);
          expect(bits(wasm.params)).toEqual(bits(P));
        }
        // The velocities too (one step ahead, from copies of both optimizers).
        const [a, b] = [fast.clone(), js.clone()];
        const G = new Float64Array(layout.nParams).fill(0.5);
        const [Pa, Pb] = [P.slice(), P.slice()];
        a.step(Pa, G, s);
        b.step(Pb, G, s);
        expect(bits(Pa)).toEqual(bits(Pb));
        expect(wasm.params.some((w) => Number.isNaN(w))).toBe(true);
      });
    }
  }

  it('with thresholds validation never lets through (negative, −0, infinite), the exact clamp: the same bits', () => {
    for (const kind of KINDS) {
      for (const [learningRate, reg] of [
        [-0.1, REGS['L1 proximal']!],
        [-0.1, REGS.none!],
        [Infinity, REGS['elastic net']!],
        [0.1, { kind: 'l1', lambda: Infinity }],
      ] as const) {
        const wasm = wasmNetKernels(net, 'tanh', 4, layout.nParams)!;
        const fast = new Optimizer(layout.nParams, layout.weightRanges, wasm.optimizer);
        const js = new Optimizer(layout.nParams, layout.weightRanges);
        const rng = new Rng(11);
        const P0 = awkward(layout.nParams, rng);
        wasm.params.set(P0);
        const P = P0.slice();
        const s: UpdateSettings = { kind, learningRate, regularization: regularization(reg) };
        for (let step = 0; step < 3; step++) {
          const G = awkward(layout.nParams, rng);
          wasm.grads.set(G);
          wasm.update(fast.sgdSteps(s, 1)!);
          js.step(P, G, s);
          expect(bits(wasm.params)).toEqual(bits(P));
        }
      }
    }
  });
});

describe('the epoch in WebAssembly', () => {
  /** One epoch by wasm.epoch and by the fused JavaScript kernel and update, batch by batch. */
  function epochs(
    kind: OptimizerKind,
    reg: Partial<RegularizationConfig>,
    batch: number,
    odd = '',
  ) {
    const n = 53;
    const rng = new Rng(3);
    const wasm = wasmNetKernels(net, 'tanh', batch + 1, layout.nParams, n)!;
    const X = Float64Array.from({ length: 2 * n }, () => 3 * rng.normal());
    if (odd === 'NaN input') X[9] = NaN;
    const Y = Float64Array.from({ length: n }, (_, i) => (i % 4 === 0 ? 0.25 : i % 2));
    const order = Int32Array.from({ length: n }, (_, i) => (i * 17) % n);
    const P0 = Float64Array.from({ length: layout.nParams }, () => rng.normal());
    P0[40] = -0;
    if (odd === '∞ weight') P0[3] = Infinity;
    const s: UpdateSettings = { kind, learningRate: 0.2, regularization: regularization(reg) };
    wasm.params.set(P0);
    const fast = new Optimizer(layout.nParams, layout.weightRanges, wasm.optimizer);
    wasm.epoch(X, Y, n, order, batch, fast.sgdSteps(s, 99)!);
    const P = P0.slice();
    const G = new Float64Array(layout.nParams);
    const js = new Optimizer(layout.nParams, layout.weightRanges);
    const train = trainNetKernel(net, 'tanh');
    for (let start = 0; start < n; start += batch) {
      let end = Math.min(n, start + batch);
      if (n - end === 1) end = n;
      train(P, G, X, Y, order, start, end - start, TANH_TABLE);
      js.step(P, G, s);
      if (end === n) break;
    }
    return { fast: bits(wasm.params), js: bits(P), finite: P.filter(Number.isFinite).length };
  }

  it('equals the fused JavaScript kernel and the JavaScript update batch by batch', () => {
    // 53 rows: batches of 8 (six, then 5), and of 13 (13, 13, 13, then 14: a lone row joins).
    for (const batch of [8, 13]) {
      for (const kind of KINDS) {
        for (const reg of Object.values(REGS)) {
          const r = epochs(kind, reg, batch);
          expect(r.fast).toEqual(r.js);
          expect(r.finite).toBe(layout.nParams);
        }
      }
    }
  });

  it('with an infinite weight and with a NaN input, the same bits', () => {
    // Plain SGD keeps an infinite weight infinite; every penalty term multiplies it by its
    // coefficient (0·∞ is NaN even where the coefficient is 0), and NaN spreads: so does a NaN input.
    const inf = epochs('sgd', REGS.none!, 8, '∞ weight');
    expect(inf.fast).toEqual(inf.js);
    expect(inf.finite).toBe(layout.nParams - 1);
    for (const kind of KINDS) {
      for (const odd of ['∞ weight', 'NaN input']) {
        const r = epochs(kind, REGS['L1 proximal']!, 8, odd);
        expect(r.fast).toEqual(r.js);
        expect(r.finite).toBeLessThan(layout.nParams);
      }
    }
  });
});

function runConfig(
  kind: OptimizerKind,
  reg: Partial<RegularizationConfig>,
  more: Partial<ConfigV1['model']> = {},
  batchSize = 7,
): ConfigV1 {
  const c = defaultConfig();
  c.data = { ...c.data, samples: 120 };
  c.model = { ...c.model, hidden: [8, 8], activation: 'tanh', ...more };
  c.regularization = regularization(reg);
  // A large step, so some weights cross and sit at exactly 0 (the clamp and sign(0) matter).
  c.optimizer = { kind, learningRate: kind === 'momentum' ? 0.05 : 0.3, batchSize };
  return c;
}

function run(c: ConfigV1, flavour: 'fast' | 'js', T: typeof Trainer = Trainer) {
  const t = new T(c, flavour);
  t.step(12, { evaluateAll: true });
  return { params: bits(t.params), history: JSON.stringify(t.history) };
}

describe('training with the WebAssembly epoch gives the JavaScript run, bit for bit', () => {
  for (const kind of KINDS) {
    for (const [name, reg] of Object.entries(REGS)) {
      it(`${kind}, ${name}: the epoch in WebAssembly, with dropout, with batch norm, full batch`, () => {
        const cases = [
          runConfig(kind, reg),
          runConfig(kind, reg, { dropoutKeep: 0.8 }),
          runConfig(kind, reg, { batchNorm: true }),
          runConfig(kind, reg, {}, 0),
        ];
        for (const c of cases) expect(run(c, 'fast')).toEqual(run(c, 'js'));
      });
    }
  }

  it('a host without WebAssembly falls back to the JavaScript kernels with the same results', async () => {
    const withWasm = KINDS.flatMap((kind) =>
      [REGS['L1 proximal']!, REGS['L2 coupled']!].map((reg) => run(runConfig(kind, reg), 'fast')),
    );
    vi.resetModules();
    vi.stubGlobal('WebAssembly', undefined);
    try {
      const fresh = await import('./trainer');
      const wasmNet = await import('./wasmNet');
      expect(wasmNet.wasmAvailable()).toBe(false);
      const without = KINDS.flatMap((kind) =>
        [REGS['L1 proximal']!, REGS['L2 coupled']!].map((reg) =>
          run(runConfig(kind, reg), 'fast', fresh.Trainer),
        ),
      );
      expect(without).toEqual(withWasm);
    } finally {
      vi.unstubAllGlobals();
      vi.resetModules();
    }
  });
});

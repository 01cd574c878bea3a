// The WebAssembly network kernels must compute exactly what the JavaScript ones compute: the same
// f64 operations in the same order, to the last bit, for every activation and covered shape.
import { describe, expect, it } from 'vitest';
import { TANH_TABLE } from './activations';
import type { Activation } from './config';
import { NetworkLayout } from './network';
import { evalNetKernel, fusable, trainNetKernel } from './netKernels';
import { referenceEvalNet, referenceTrainNet } from './referenceNetKernels';
import { Rng } from './rng';
import { Trainer } from './trainer';
import { defaultConfig } from './config';
import type { ConfigV1, RegularizationConfig } from './config';
import { wasmAvailable, wasmFusable, wasmNetKernels } from './wasmNet';

const SHAPES: { nInputs: number; hidden: number[] }[] = [
  { nInputs: 2, hidden: [8, 8] },
  { nInputs: 2, hidden: [8, 8, 8, 8, 8, 8] },
  { nInputs: 4, hidden: [2, 6, 4] },
  { nInputs: 6, hidden: [] },
];
const ACTS: Activation[] = ['tanh', 'sigmoid', 'relu', 'linear'];

function setup(nInputs: number, hidden: number[], act: Activation, n: number) {
  const layout = new NetworkLayout({ nInputs, hidden, activation: act, batchNorm: false });
  const rng = new Rng(nInputs * 31 + hidden.length);
  const P = new Float64Array(layout.nParams).map(() => 1.5 * rng.normal());
  // Inputs out to ±40: the table tanh's clamps at both ends are reached.
  const X = new Float64Array(n * nInputs).map(() => 8 * rng.normal());
  const Y = new Float64Array(n).map((_, i) => (i % 3 === 0 ? 0.3 : i % 2));
  const net = layout.layers.map((L) => ({ nIn: L.nIn, nOut: L.nOut, w: L.w, b: L.b }));
  return { layout, P, X, Y, net };
}

describe('WebAssembly network kernels equal the JavaScript kernels bit for bit', () => {
  it('compile here (Node has WebAssembly SIMD)', () => {
    expect(wasmAvailable()).toBe(true);
  });

  for (const { nInputs, hidden } of SHAPES) {
    for (const act of ACTS) {
      it(`${nInputs} → [${hidden.join(',')}] → 1 ${act}`, () => {
        const n = 5000;
        const { layout, P, X, Y, net } = setup(nInputs, hidden, act, n);
        const wasm = wasmNetKernels(net, act, 16, layout.nParams)!;
        expect(wasm).not.toBeNull();
        const R = Int32Array.from({ length: 40 }, (_, i) => (i * 7919) % n);
        const [g0, g1] = [0, 1].map(() => new Float64Array(layout.nParams).fill(NaN));
        for (const [r0, B] of [
          [2, 16],
          [0, 1],
          [23, 9],
        ] as const) {
          wasm.train(P, g0!, X, Y, R, r0, B, TANH_TABLE);
          referenceTrainNet(net, act)(P, g1!, X, Y, R, r0, B, TANH_TABLE);
          expect(g0).toEqual(g1);
          if (fusable(net, act)) {
            trainNetKernel(net, act)(P, g1!, X, Y, R, r0, B, TANH_TABLE);
            expect(g0).toEqual(g1);
          }
        }
        expect(g0!.every((g) => Number.isFinite(g))).toBe(true);
        for (const output of ['logit', 'probability'] as const) {
          // More rows than one WebAssembly call takes, and a Float32Array as the grid passes.
          const out = [0, 1].map(() => new Float32Array(n));
          wasm[output](P, X, out[0]!, n, TANH_TABLE);
          referenceEvalNet(net, act, output)(P, X, out[1]!, n, TANH_TABLE);
          expect(out[0]).toEqual(out[1]);
          const exact = [0, 1].map(() => new Float64Array(n));
          wasm[output](P, X, exact[0]!, n, TANH_TABLE);
          const js = fusable(net, act) ? evalNetKernel(net, act, output) : null;
          (js ?? referenceEvalNet(net, act, output))(P, X, exact[1]!, n, TANH_TABLE);
          expect(exact[0]).toEqual(exact[1]);
        }
      });
    }
  }

  it('NaN and infinite inputs give the same bits (the table index of NaN is 0, as x | 0)', () => {
    const { layout, P, net } = setup(2, [8, 8], 'tanh', 4);
    const X = Float64Array.from([NaN, 1, Infinity, -1, -Infinity, 0, 1e308, -0]);
    const out = [0, 1].map(() => new Float64Array(4));
    wasmNetKernels(net, 'tanh', 4, layout.nParams)!.logit(P, X, out[0]!, 4, TANH_TABLE);
    evalNetKernel(net, 'tanh', 'logit')(P, X, out[1]!, 4, TANH_TABLE);
    expect(out[0]).toEqual(out[1]);
  });

  it('covers even input counts and hidden widths up to 1,024 weights, one output', () => {
    const net = (nIn: number, widths: number[]) => setup(nIn, widths, 'tanh', 1).net;
    expect(wasmFusable(net(2, [8, 8]), 'tanh')).toBe(true);
    expect(wasmFusable(net(3, [8, 8]), 'tanh')).toBe(false);
    expect(wasmFusable(net(2, [8, 7]), 'tanh')).toBe(false);
    expect(wasmFusable(net(2, [8, 8, 8, 8, 8, 8]), 'tanh')).toBe(true); // 344 weights
    expect(wasmFusable(net(2, [32, 32]), 'tanh')).toBe(false); // 1,120 weights
    expect(wasmFusable(net(2, [8]), 'softplus' as Activation)).toBe(false);
  });
});

describe('training with WebAssembly kernels', () => {
  it('gives the same run, bit for bit, as the JavaScript kernels', () => {
    for (const hidden of [
      [8, 8],
      [8, 8, 8, 8, 8, 8],
    ]) {
      const c = defaultConfig();
      c.model = { ...c.model, hidden, activation: 'tanh' };
      c.optimizer = { ...c.optimizer, kind: 'adam', learningRate: 0.01, batchSize: 10 };
      expectSameRuns(c, 20);
    }
  });

  it('and under Adam in WebAssembly, with every penalty term the update has', () => {
    const regs: Partial<RegularizationConfig>[] = [
      { kind: 'l2', lambda: 0.01 },
      { kind: 'l2', lambda: 0.01, decoupled: true },
      { kind: 'l1', lambda: 0.003 },
      { kind: 'elasticnet', lambda: 0.003, l1Method: 'subgradient' },
    ];
    for (const reg of regs) {
      const c = defaultConfig();
      c.data = { ...c.data, samples: 120 };
      c.regularization = { ...c.regularization, ...reg };
      // A large step, so some weights cross and sit at exactly 0 (the clamp and sign(0) matter).
      c.optimizer = { kind: 'adam', learningRate: 0.05, batchSize: 7 };
      expectSameRuns(c, 15);
    }
  });
});

function expectSameRuns(c: ConfigV1, epochs: number): void {
  const runs = (['fast', 'js'] as const).map((flavour) => {
    const t = new Trainer(c, flavour);
    t.step(epochs, { evaluateAll: true });
    const grid = new Float32Array(64 * 64);
    t.evaluateGrid(64, grid);
    return { params: t.params.slice(), grid, zeros: t.params.filter((w) => w === 0).length };
  });
  expect(runs[0]!.params).toEqual(runs[1]!.params);
  expect(runs[0]!.grid).toEqual(runs[1]!.grid);
  if (c.regularization.kind === 'l1') expect(runs[0]!.zeros).toBeGreaterThan(0);
}

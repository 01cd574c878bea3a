// `npm run bench`: engine throughput, as medians over 5 runs, each figure also as a multiple of a
// JavaScript scalar peak measured in the same run (machines differ and are noisy; ratios travel).
// FLOPs per example (the convention of the foundation issue): forward 2W, weight gradients 2W,
// back-propagation 2(W − first-layer weights); activations and the update are not counted.
import { defaultConfig } from '../workers/engine/config';
import type { ConfigV1 } from '../workers/engine/config';
import type { KernelFlavour } from '../workers/engine/mlp';
import { Trainer } from '../workers/engine/trainer';

const RUNS = 5;
const GRID = 128;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

/** Runs `body` repeatedly for at least `ms` milliseconds; returns calls per second. */
function rate(body: () => void, ms: number): number {
  let calls = 0;
  const t0 = performance.now();
  let t = t0;
  while (t - t0 < ms) {
    body();
    calls++;
    t = performance.now();
  }
  return (calls * 1000) / (t - t0);
}

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

/** FLOP/s of dot8 on 4096-element arrays (in L1 cache), 2 FLOPs per element: the reference. */
function scalarPeak(): number {
  const n = 4096;
  const a = new Float64Array(n).map((_, i) => Math.sin(i));
  const b = new Float64Array(n).map((_, i) => Math.cos(i));
  let sink = 0;
  const batch = (): void => {
    for (let k = 0; k < 64; k++) sink += dot8(a, b, n);
  };
  rate(batch, 200);
  const r = rate(batch, 500) * 64 * 2 * n;
  if (sink === 0.5) console.log(sink); // keeps the result observable
  return r;
}

function benchConfig(hidden: number[]): ConfigV1 {
  const c = defaultConfig();
  c.data = { ...c.data, dataset: 'spiral', samples: 250, split: { train: 1, val: 0, test: 0 } };
  c.model = { ...c.model, hidden, activation: 'tanh' };
  c.optimizer = { kind: 'sgd', learningRate: 0.03, batchSize: 10 };
  c.epochs = 100_000;
  return c;
}

function flopsPerExample(t: Trainer): number {
  const W = t.layout.nWeights;
  const first = t.layout.layers[0]!.nIn * t.layout.layers[0]!.nOut;
  return 2 * W + 2 * W + 2 * (W - first);
}

interface Figures {
  examplesPerSecond: number;
  flops: number;
  gridMs: number;
  gridFlops: number;
}

function measure(hidden: number[], flavour: KernelFlavour): Figures {
  const t = new Trainer(benchConfig(hidden), flavour);
  const n = t.train.n;
  // Validation and test are empty and train is evaluated only at epoch 0: this times training.
  t.step(300, { evaluateAll: false });
  const epochsPerSecond = rate(() => t.step(20, { evaluateAll: false }), 500) * 20;
  const grid = new Float32Array(GRID * GRID);
  rate(() => t.evaluateGrid(GRID, grid), 100);
  const gridPerSecond = rate(() => t.evaluateGrid(GRID, grid), 300);
  const examplesPerSecond = epochsPerSecond * n;
  return {
    examplesPerSecond,
    flops: examplesPerSecond * flopsPerExample(t),
    gridMs: 1000 / gridPerSecond,
    gridFlops: gridPerSecond * GRID * GRID * 2 * t.layout.nWeights,
  };
}

const fmt = (x: number, d = 2): string => x.toFixed(d);

function main(): void {
  const peaks: number[] = [];
  const nets: { name: string; hidden: number[] }[] = [
    { name: '[8,8]', hidden: [8, 8] },
    { name: '[8,8,8,8,8,8]', hidden: [8, 8, 8, 8, 8, 8] },
  ];
  const results = new Map<string, Figures[]>();
  for (let run = 0; run < RUNS; run++) {
    peaks.push(scalarPeak());
    for (const net of nets) {
      for (const flavour of ['fast', 'reference'] as const) {
        const key = `${net.name} ${flavour}`;
        results.set(key, [...(results.get(key) ?? []), measure(net.hidden, flavour)]);
      }
    }
    process.stderr.write(`run ${run + 1}/${RUNS} done\n`);
  }
  const peak = median(peaks);
  console.log(
    `JS scalar peak (Float64Array dot product, 8 accumulators): ${fmt(peak / 1e9)} GFLOP/s`,
  );
  console.log(
    `tanh networks, spiral, 250 training points, batch 10, SGD; medians of ${RUNS} runs\n`,
  );
  console.log('network         kernels    examples/s   GFLOP/s  ×peak   grid 128² ms  grid ×peak');
  for (const [key, figs] of results) {
    const [name, flavour] = key.split(' ') as [string, string];
    const ex = median(figs.map((f) => f.examplesPerSecond));
    const fl = median(figs.map((f) => f.flops));
    const gm = median(figs.map((f) => f.gridMs));
    const gf = median(figs.map((f) => f.gridFlops));
    console.log(
      `${name.padEnd(16)}${flavour.padEnd(11)}${fmt(ex / 1e6).padStart(8)} M ${fmt(fl / 1e9).padStart(9)} ${fmt(fl / peak).padStart(6)}  ${fmt(gm, 3).padStart(12)}  ${fmt(gf / peak).padStart(10)}`,
    );
  }
  for (const net of nets) {
    const fast = median(results.get(`${net.name} fast`)!.map((f) => f.examplesPerSecond));
    const ref = median(results.get(`${net.name} reference`)!.map((f) => f.examplesPerSecond));
    console.log(
      `${net.name}: generated kernels train ${fmt(fast / ref)}× as fast as the reference loops`,
    );
  }
}

main();

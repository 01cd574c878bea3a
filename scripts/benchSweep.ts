// `npm run bench:sweep` (and the sweep case of `npm run bench`, through benchSweep()): 13 λ ×
// 3 repeats × 300 epochs of [8,8] on 250 training points, trained three ways, interleaved
// (A/B/C, A/B/C, ...) so that a change in the machine's load hits every case alike:
//   single  the same points as single runs one after another in this thread (runSweepPoint),
//   1 worker  the sweep on a pool of one worker thread,
//   pool    the sweep on a pool of one worker per core (this thread only waits).
// Wall time and on-CPU time (process.cpuUsage(): every thread of the process) as medians with
// min–max. The overhead of the pool machinery is 1 worker against single runs (goal: < 10%);
// part of it is starting a worker (a fresh V8 isolate loading the engine), measured apart.
import { availableParallelism, loadavg } from 'node:os';
import { pathToFileURL } from 'node:url';
import type { ConfigV1 } from '../workers/engine/config';
import { defaultConfig } from '../workers/engine/config';
import { Trainer } from '../workers/engine/trainer';
import { defaultLambdaLadder } from '../workers/sweep/lambdaLadder';
import { runSweep } from '../workers/sweep/runSweep';
import { runSweepPoint } from '../workers/sweep/sweepPoint';
import type { SweepSpec } from '../workers/sweep/sweepSpec';
import { sweepGrid, validateSweepSpec } from '../workers/sweep/sweepSpec';
import { nodePoolWorker } from './sweepNodeWorkers';

export interface SweepBenchOptions {
  /** Rounds of the interleaved cases (default 3). */
  rounds?: number;
  /** Workers of the pool case (default: one per core). */
  poolWorkers?: number;
  log?: (line: string) => void;
}

interface Sample {
  wallMs: number;
  cpuMs: number;
}

export interface SweepCaseResult {
  name: string;
  workers: number;
  wallMs: number[];
  cpuMs: number[];
  pointsPerSecond: number;
}

export interface SweepBenchResult {
  points: number;
  cases: SweepCaseResult[];
  /** Median wall time of 1 worker over single runs − 1. */
  overheadWall: number;
  overheadCpu: number;
  /** Median time from spawning a worker to the result of a 1-epoch point. */
  workerStartMs: number;
  speedUpWall: number;
}

function benchSpec(): SweepSpec {
  const c: ConfigV1 = defaultConfig();
  c.epochs = 300;
  c.data = {
    ...c.data,
    dataset: 'spiral',
    samples: 500,
    split: { train: 0.5, val: 0.25, test: 0.25 },
  };
  c.model = { ...c.model, hidden: [8, 8], activation: 'tanh' };
  c.regularization = { ...c.regularization, kind: 'l2', lambda: 0.001 };
  return validateSweepSpec({ config: c, lambda: defaultLambdaLadder(c), repeats: 3 }).spec;
}

function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

async function measure(body: () => unknown): Promise<Sample> {
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  await body();
  const wallMs = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  return { wallMs, cpuMs: (cpu.user + cpu.system) / 1000 };
}

function singleRuns(spec: SweepSpec): void {
  for (const k of sweepGrid(spec)) runSweepPoint(spec, k.lambda, k.dropoutKeep, k.repeat);
}

async function pooled(spec: SweepSpec, workers: number): Promise<void> {
  const outcome = await runSweep(spec, { spawn: () => nodePoolWorker(), workers }).done;
  if (outcome.failed.length > 0) throw new Error(`sweep bench: ${outcome.failed[0]!.error}`);
}

/** From spawning a worker to the answer of a 1-epoch point: the cost of starting one. */
async function workerStart(spec: SweepSpec): Promise<number> {
  const tiny = { ...spec, config: { ...spec.config, epochs: 1 }, lambda: [0], repeats: 1 };
  const t0 = performance.now();
  await pooled(tiny, 1);
  return performance.now() - t0;
}

function range(xs: readonly number[], unit = 1000, digits = 2): string {
  const f = (x: number): string => (x / unit).toFixed(digits);
  return `${f(median(xs))} (${f(Math.min(...xs))}–${f(Math.max(...xs))})`;
}

function load(): string {
  return loadavg()
    .map((x) => x.toFixed(2))
    .join(' ');
}

export async function benchSweep(options: SweepBenchOptions = {}): Promise<SweepBenchResult> {
  const log = options.log ?? ((line: string) => console.log(line));
  const rounds = options.rounds ?? 3;
  const poolWorkers = options.poolWorkers ?? availableParallelism();
  const spec = benchSpec();
  const points = sweepGrid(spec).length;
  const trainN = new Trainer(spec.config).train.n;
  log(
    `sweep: ${spec.lambda.length} λ × ${spec.repeats} repeats × ${spec.config.epochs} epochs of ` +
      `[${spec.config.model.hidden.join(',')}] on ${trainN} training points = ${points} points; ` +
      `${availableParallelism()} cores; load average ${load()}`,
  );

  // Warm this thread's JIT once, as a long-running page or CLI would be.
  singleRuns({ ...spec, lambda: spec.lambda.slice(0, 1), repeats: 1 });

  const cases = [
    { name: 'single runs, this thread', workers: 0, run: () => singleRuns(spec) },
    { name: '1 worker', workers: 1, run: () => pooled(spec, 1) },
    {
      name: `pool, ${poolWorkers} workers`,
      workers: poolWorkers,
      run: () => pooled(spec, poolWorkers),
    },
  ];
  const samples = cases.map((): Sample[] => []);
  const starts: number[] = [];
  for (let r = 0; r < rounds; r++) {
    for (const [i, c] of cases.entries()) samples[i]!.push(await measure(c.run));
    starts.push(await workerStart(spec));
  }

  const results: SweepCaseResult[] = cases.map((c, i) => {
    const wallMs = samples[i]!.map((s) => s.wallMs);
    return {
      name: c.name,
      workers: c.workers,
      wallMs,
      cpuMs: samples[i]!.map((s) => s.cpuMs),
      pointsPerSecond: (1000 * points) / median(wallMs),
    };
  });
  const [single, one, pool] = results as [SweepCaseResult, SweepCaseResult, SweepCaseResult];
  const overheadWall = median(one.wallMs) / median(single.wallMs) - 1;
  const overheadCpu = median(one.cpuMs) / median(single.cpuMs) - 1;
  const workerStartMs = median(starts);
  const speedUpWall = median(one.wallMs) / median(pool.wallMs);

  log(
    `  ${'case'.padEnd(26)} ${'wall s, median (min–max)'.padEnd(26)} ${'CPU s'.padEnd(20)} points/s`,
  );
  for (const c of results) {
    log(
      `  ${c.name.padEnd(26)} ${range(c.wallMs).padEnd(26)} ${range(c.cpuMs).padEnd(20)} ` +
        `${c.pointsPerSecond.toFixed(1)}`,
    );
  }
  const pct = (x: number): string => `${x >= 0 ? '+' : ''}${(100 * x).toFixed(1)}%`;
  const withoutStart = (median(one.wallMs) - workerStartMs) / median(single.wallMs) - 1;
  log(`  speed-up of the pool over 1 worker: ${speedUpWall.toFixed(2)}× wall`);
  log(
    `  overhead of 1 worker over single runs: ${pct(overheadWall)} wall, ${pct(overheadCpu)} CPU ` +
      `(goal < 10%); starting a worker takes ${range(starts, 1000, 2)} s, ` +
      `${pct(withoutStart)} wall without it`,
  );
  log(`  load average after: ${load()} (${rounds} interleaved rounds)`);
  return { points, cases: results, overheadWall, overheadCpu, workerStartMs, speedUpWall };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  await benchSweep();
}

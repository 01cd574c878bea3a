// `npm run bench`: the engine's throughput, interleaved with the JavaScript scalar peak in one
// process and timed by on-CPU time as well as wall time (see benchInterleave.ts for why), each
// figure a median with the min–max over its slices. Options: --rounds N (default 11),
// --slice MS (on-CPU ms per slice, default 120), --only TEXT (cases whose name contains TEXT).
import { parseArgs } from 'node:util';
import type { KernelFlavour } from '../workers/engine/mlp';
import { Trainer } from '../workers/engine/trainer';
import type { BenchCase } from './benchInterleave';
import { interleave } from './benchInterleave';
import { NETWORKS, gridCase, trainingCase } from './benchEngineCases';
import { cpuClock, loadLine, machineLine } from './benchMachine';
import { peakCase } from './benchPeak';
import { cpuShare, pairedSpeedup, printCases, printPeak } from './benchReport';

const { values } = parseArgs({
  options: {
    rounds: { type: 'string', default: '11' },
    slice: { type: 'string', default: '120' },
    only: { type: 'string', default: '' },
  },
});
const rounds = Number(values.rounds);
const sliceMs = Number(values.slice);
if (!Number.isInteger(rounds) || rounds < 1 || !(sliceMs >= 10)) {
  throw new Error(
    `--rounds must be a whole number ≥ 1 and --slice at least 10 (ms); got --rounds ${values.rounds} --slice ${values.slice}.`,
  );
}

const cases: BenchCase[] = [];
for (const net of NETWORKS) {
  for (const flavour of ['fast', 'reference'] as KernelFlavour[]) {
    cases.push(trainingCase(Trainer, net, 'sgd', flavour));
    if (flavour === 'fast') cases.push(trainingCase(Trainer, net, 'adam', flavour));
    cases.push(gridCase(Trainer, net, flavour));
  }
}
const selected = cases.filter((c) => c.name.includes(values.only));
if (selected.length === 0) {
  throw new Error(
    `--only "${values.only}" matches no case; the cases are: ${cases.map((c) => c.name).join('; ')}.`,
  );
}

const clock = cpuClock();
console.log(machineLine());
console.log(`before: ${loadLine()}`);
console.log(`clock: ${clock.description}`);
console.log(
  `${rounds} rounds; each slice ≈ ${sliceMs} ms on-CPU; every case slice sits between two peak slices`,
);
console.log(
  'and its ×peak is taken against their mean; figures are median (min–max) over slices.\n',
);
const peak = peakCase();
const result = interleave(peak, selected, {
  rounds,
  sliceMs,
  warmMs: 400,
  clock,
  onRound: (r) => process.stderr.write(`round ${r + 1}/${rounds} done\n`),
});
printPeak(result, peak);
console.log(
  'tanh networks, spiral, 250 training points, batch 10; training includes the per-epoch record\n',
);
printCases(result);
console.log('');
for (const net of NETWORKS) {
  const s = pairedSpeedup(result, `${net.name} train SGD fast`, `${net.name} train SGD reference`);
  if (s)
    console.log(
      `${net.name}: generated kernels train ${s}× as fast as the reference loops (per round, on-CPU)`,
    );
}
console.log(
  `\nthe measuring thread was on a CPU ${(100 * cpuShare(result)).toFixed(0)}% of the wall time`,
);
console.log(`after: ${loadLine()}`);

// The sweep case (scripts/benchSweep.ts, issue 10) goes here, after the interleaved table: it
// times worker pools, which need the other core, so it cannot be interleaved with the
// single-thread peak. Call its exported function and print its lines, e.g.
//   await printSweepBench();

// `npm run bench`: the engine's throughput, interleaved with the JavaScript scalar peak in one
// process and timed by on-CPU time as well as wall time (see benchInterleave.ts for why), each
// figure a median with the min–max over its slices. Options: see benchOptions.ts.
import { benchSweep } from './benchSweep';
import type { KernelFlavour } from '../workers/engine/mlpKernels';
import { Trainer } from '../workers/engine/trainer';
import type { BenchCase } from './benchInterleave';
import { interleave } from './benchInterleave';
import { GRID, NETWORKS, gridCase, trainingCase } from './benchEngineCases';
import { cpuClock } from './benchMachine';
import { benchOptions, selectCases } from './benchOptions';
import { peakCase } from './benchPeak';
import { pairedSpeedup, printCases, printFooter, printPeak, printPreamble } from './benchReport';

const { rounds, sliceMs, only } = benchOptions();

const cases: BenchCase[] = [];
for (const net of NETWORKS) {
  // 'fast' is WebAssembly where the host compiles it, 'js' the generated JavaScript kernels.
  for (const flavour of ['fast', 'js', 'reference'] as KernelFlavour[]) {
    cases.push(trainingCase(Trainer, net, 'sgd', flavour));
    if (flavour !== 'reference') cases.push(trainingCase(Trainer, net, 'adam', flavour));
    cases.push(gridCase(Trainer, net, flavour));
  }
}
const selected = selectCases(cases, only);

const clock = cpuClock();
printPreamble(clock, rounds, sliceMs);
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
  for (const c of ['train SGD', 'train Adam', `grid ${GRID}²`]) {
    const w = pairedSpeedup(result, `${net.name} ${c} fast`, `${net.name} ${c} js`);
    if (w) console.log(`${net.name} ${c}: fast over js ${w}× (per round, on-CPU)`);
  }
}
printFooter(result);

// The sweep case comes after the interleaved table: it times worker pools, which need the other
// core, so it cannot be interleaved with the single-thread peak (it interleaves its own cases).
console.log('');
await benchSweep();

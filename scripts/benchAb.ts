// `npm run bench:ab -- --base REV`: the engine of another commit (A, default HEAD) against the
// working tree's (B), interleaved in one process with the scalar peak, so a claimed speed-up is a
// same-machine, same-second comparison. A's workers/engine is extracted with `git archive` into a
// temporary directory and imported from there (the engine imports nothing outside itself).
// Prints the usual table with both engines and, per case, B's throughput over A's, round by round.
// `--variants plain,l1,momentum,…` measures [8,8] SGD training under those config variants
// instead (benchEngineCases.VARIANTS); `--b-first` imports B's engine before A's.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Trainer } from '../workers/engine/trainer';
import type { BenchCase } from './benchInterleave';
import { interleave } from './benchInterleave';
import type { TrainerClass } from './benchEngineCases';
import { NETWORKS, gridCase, trainingCase } from './benchEngineCases';
import { cpuClock } from './benchMachine';
import { benchOptions, selectCases } from './benchOptions';
import { peakCase } from './benchPeak';
import { pairedSpeedup, printCases, printFooter, printPeak, printPreamble } from './benchReport';

const { rounds, sliceMs, only, base, variants, bFirst } = benchOptions();
const dir = mkdtempSync(path.join(os.tmpdir(), 'reglab-bench-ab-'));
try {
  const rev = execFileSync('git', ['rev-parse', '--short', base], { encoding: 'utf8' }).trim();
  const archive = execFileSync('git', ['archive', '--format=tar', rev, 'workers/engine']);
  execFileSync('tar', ['-x', '-C', dir], { input: archive });
  cpSync('workers/engine', path.join(dir, 'b/workers/engine'), { recursive: true });
  const load = async (sub: string) => {
    const url = pathToFileURL(path.join(dir, sub, 'workers/engine/trainer.ts')).href;
    return ((await import(url)) as { Trainer: TrainerClass }).Trainer;
  };
  // The first engine imported can run faster on JavaScript-heavy paths (docs/engine.md): with
  // --b-first, B is imported first, so a difference can be checked both ways.
  let A: TrainerClass;
  let B: TrainerClass;
  if (bFirst) {
    B = await load('b');
    A = await load('');
  } else {
    A = await load('');
    B = await load('b');
  }
  void Trainer;

  const a = ` A ${rev}`;
  const b = ' B tree';
  const cases: BenchCase[] = [];
  for (const v of variants) {
    const net = NETWORKS[0]!;
    cases.push(
      trainingCase(A, net, 'sgd', 'fast', a, v),
      trainingCase(B, net, 'sgd', 'fast', b, v),
    );
  }
  for (const net of variants.length ? [] : NETWORKS) {
    for (const opt of ['sgd', 'adam'] as const) {
      cases.push(trainingCase(A, net, opt, 'fast', a), trainingCase(B, net, opt, 'fast', b));
    }
    cases.push(gridCase(A, net, 'fast', a), gridCase(B, net, 'fast', b));
  }
  const selected = selectCases(cases, only);
  const clock = cpuClock();
  const first = bFirst ? 'B' : 'A';
  console.log(`A: workers/engine at ${rev}; B: the working tree's; ${first} imported first`);
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
  printCases(result);
  console.log('\nB over A, throughput per round (on-CPU), median (min–max):');
  for (const c of selected.filter((x) => x.name.endsWith(b))) {
    const name = c.name.slice(0, -b.length);
    const s = pairedSpeedup(result, c.name, name + a);
    if (s) console.log(`  ${name.padEnd(26)} ${s}×`);
  }
  printFooter(result);
} finally {
  rmSync(dir, { recursive: true, force: true });
}

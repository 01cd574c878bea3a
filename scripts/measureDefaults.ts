// `npm run measure:defaults`: trains candidate default labs headlessly with the real engine and
// prints, per candidate, a table of what each regularizer does to it and the checks of a lab that
// teaches (see docs/default-lab.md). Takes minutes; not part of `npm test`.
//
//   npm run measure:defaults -- [--candidate NAME[,NAME]] [--seeds 1,2,3]
//                               [--lambdas 0.001,0.01,...] [--keeps 1,0.8,0.5]
//                               [--lambda 0.01] [--max-lambda 1]
//
// --lambda is the default λ the checks hold the penalties to, --max-lambda the slider's end (both
// default to the default lab's). --candidate all measures every candidate (an hour or more).
import { parseArgs } from 'node:util';
import { DEFAULT_LAB_RANGES, defaultLabConfig } from '../src/lesson/defaultLab';
import { CANDIDATES } from './measureDefaultsCandidates';
import {
  LAMBDA_LADDER,
  KEEP_LADDER,
  runSweep,
  sweepVariants,
  tableHeader,
  tableRow,
} from './measureDefaultsSweep';
import { teachingLambdas, verdict } from './measureDefaultsVerdict';

const { values } = parseArgs({
  options: {
    candidate: { type: 'string', default: 'default-lab' },
    seeds: { type: 'string', default: '1,2,3' },
    lambdas: { type: 'string' },
    keeps: { type: 'string' },
    lambda: { type: 'string', default: String(defaultLabConfig().regularization.lambda) },
    'max-lambda': { type: 'string', default: String(DEFAULT_LAB_RANGES.lambda.max) },
  },
});

const list = (s: string | undefined) => s?.split(',').map(Number);
const seeds = list(values.seeds)!;
const lambda = Number(values.lambda);
const maxLambda = Number(values['max-lambda']);
const wanted = values.candidate === 'all' ? null : values.candidate.split(',');
const chosen = wanted ? CANDIDATES.filter((c) => wanted.includes(c.name)) : CANDIDATES;
if (chosen.length === 0 || [...seeds, lambda, maxLambda].some((x) => !Number.isFinite(x))) {
  const names = CANDIDATES.map((c) => c.name).join(', ');
  console.error(
    `Nothing to measure: --candidate takes "all" or names from ${names}; ` +
      '--seeds, --lambda and --max-lambda take numbers.',
  );
  process.exit(2);
}
// The ladder always holds the default and the largest λ, so the checks can read them.
const lambdas = [...new Set([...(list(values.lambdas) ?? LAMBDA_LADDER), lambda, maxLambda])].sort(
  (a, b) => a - b,
);
const variants = sweepVariants(lambdas, list(values.keeps) ?? KEEP_LADDER, lambda);

for (const c of chosen) {
  console.log(`\n## ${c.name}: ${c.why}\n`);
  console.log(`seeds ${seeds.join('/')} (values in that order), ${c.config.epochs} epochs\n`);
  for (const line of tableHeader()) console.log(line);
  const rows = runSweep(c.config, variants, seeds, (row) => console.log(tableRow(row)));
  console.log('');
  for (const line of verdict(rows, lambda, maxLambda)) console.log(line);
  const good = teachingLambdas(rows, lambdas);
  console.log(`λ where every penalty check holds on every seed: ${good.join(', ') || 'none'}`);
}

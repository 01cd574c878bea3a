// Command-line options shared by `npm run bench` and `npm run bench:ab`.
import { parseArgs } from 'node:util';
import type { BenchCase } from './benchInterleave';

export interface BenchOptions {
  rounds: number;
  sliceMs: number;
  only: string;
  base: string;
  /** bench:ab: [8,8] SGD training under these config variants (benchEngineCases.VARIANTS) instead. */
  variants: string[];
  /** bench:ab: import B's engine before A's (the first copy imported can run faster; see docs/engine.md). */
  bFirst: boolean;
}

export const OPTIONS_HELP =
  '--rounds N (default 11), --slice MS (on-CPU ms per slice, default 120), --only TEXT (cases whose name contains TEXT); bench:ab: --base REV, --variants a,b (config variants of [8,8] SGD), --b-first';

export function benchOptions(): BenchOptions {
  const { values } = parseArgs({
    options: {
      rounds: { type: 'string', default: '11' },
      slice: { type: 'string', default: '120' },
      only: { type: 'string', default: '' },
      base: { type: 'string', default: 'HEAD' },
      variants: { type: 'string', default: '' },
      'b-first': { type: 'boolean', default: false },
    },
  });
  const rounds = Number(values.rounds);
  const sliceMs = Number(values.slice);
  if (!Number.isInteger(rounds) || rounds < 1 || !(sliceMs >= 10)) {
    throw new Error(
      `--rounds must be a whole number ≥ 1 and --slice at least 10 (ms); got --rounds ${values.rounds} --slice ${values.slice}.`,
    );
  }
  const variants = values.variants ? values.variants.split(',') : [];
  return {
    rounds,
    sliceMs,
    only: values.only,
    base: values.base,
    variants,
    bFirst: values['b-first'],
  };
}

export function selectCases(cases: BenchCase[], only: string): BenchCase[] {
  const selected = cases.filter((c) => c.name.includes(only));
  if (selected.length === 0) {
    throw new Error(
      `--only "${only}" matches no case; the cases are: ${cases.map((c) => c.name).join('; ')}.`,
    );
  }
  return selected;
}

// The headless sweep: `npm run sweep -- --config C.json --lambda 0,1e-4,1e-3 [--keep 1,0.8]
// [--repeats 3] [--workers N] --out S.json [--csv points.csv] [--csv-out S.csv] [--quiet]`.
// Trains the grid on a pool of worker threads. Exit codes: 0 every point trained (diverged
// points included: they are results), 1 a point failed (its worker crashed twice), 2 bad input.
import type { PoolWorker } from '../workers/sweep/pool';
import { runSweep } from '../workers/sweep/runSweep';
import { buildSweepExport } from '../workers/sweep/sweepExport';
import type { SweepPointFailure, SweepPointResult } from '../workers/sweep/sweepExport';
import { sweepData } from '../workers/sweep/sweepPoint';
import type { SweepSpec } from '../workers/sweep/sweepSpec';
import { MAX_REPEATS, SweepSpecError, validateSweepSpec } from '../workers/sweep/sweepSpec';
import { defaultLambdaLadder } from '../workers/sweep/lambdaLadder';
import { ConfigError, validateConfig } from '../workers/engine/validateConfig';
import type { CliIo, OptionSpec } from './cliArgs';
import { InputError, readOptions, shorten, stringOption } from './cliArgs';
import { checkWritable, readConfigInput, refuseSameFile, writeTextFile } from './cliFiles';
import { defaultWorkerCount, nodePoolWorker } from './sweepNodeWorkers';
import { sweepHeader, sweepPointsCsv, sweepProgressLine, sweepSummaryLines } from './sweepReport';

export const EXIT_OK = 0;
export const EXIT_FAILED_POINTS = 1;
export const EXIT_BAD_INPUT = 2;
export const MAX_WORKERS = 64;

export const USAGE = `Usage: npm run sweep -- --config C.json --lambda 0,1e-4,1e-3,1e-2 --out S.json
         [--keep 1,0.8,0.5] [--repeats 3] [--workers N] [--csv points.csv] [--csv-out S.csv] [--quiet]

  --config C.json    the config v1 every point starts from (see docs/config.md)
  --lambda LIST      the λ values, comma-separated; 'default' for the default ladder
                     (0 and 12 log-spaced values up to where the model dies)
  --keep LIST        the dropout keep probabilities p, comma-separated
                     (at least one of --lambda and --keep; an axis not given is the config's value)
  --repeats R        runs per point, 1 to ${MAX_REPEATS}, varying the initialization and the batches (default 1)
  --workers N        worker threads (default: cores minus one, at least one)
  --out S.json       where to write the sweep export (see docs/run-format.md)
  --csv points.csv   train on x1,x2,label rows instead (sets data.dataset to 'custom')
  --csv-out S.csv    also write one CSV row per point with its final figures
  --quiet            print only warnings and errors
  --help             show this text

Exit codes: 0 every point trained, 1 a point failed, 2 bad arguments, config or CSV.
`;

const OPTIONS = {
  config: { type: 'string', example: 'C.json' },
  lambda: { type: 'string', example: '0,1e-4,1e-3,1e-2' },
  keep: { type: 'string', example: '1,0.8,0.5' },
  repeats: { type: 'string', example: '3' },
  workers: { type: 'string', example: '2' },
  out: { type: 'string', example: 'S.json' },
  csv: { type: 'string', example: 'points.csv' },
  'csv-out': { type: 'string', example: 'S.csv' },
  quiet: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const satisfies Record<string, OptionSpec>;

interface SweepArgs {
  config: string;
  out: string;
  lambda: number[] | 'default' | undefined;
  keep: number[] | undefined;
  repeats: number | undefined;
  workers: number;
  csv: string | undefined;
  csvOut: string | undefined;
  quiet: boolean;
}

// Plain decimals and exponents, as in the points CSV: Number() would also take '', '0x1f', 'Infinity'.
const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

function numberList(flag: string, text: string, example: string): number[] {
  return text.split(',').map((field) => {
    const f = field.trim();
    if (!NUMBER.test(f)) {
      const what = f === '' ? 'an empty value' : `'${shorten(f, 40)}'`;
      throw new InputError(`${flag} holds ${what}, not a number; write e.g. ${flag} ${example}.`);
    }
    return Number(f);
  });
}

function wholeNumber(flag: string, text: string, min: number, max: number): number {
  const n = Number(text);
  if (!/^\d+$/.test(text.trim()) || n < min || n > max) {
    throw new InputError(
      `${flag} must be a whole number from ${min} to ${max} (got ${shorten(text, 40)}).`,
    );
  }
  return n;
}

function parseSweepArgs(argv: readonly string[]): SweepArgs | 'help' {
  const values = readOptions(argv, OPTIONS);
  if (values.help === true) return 'help';
  const get = (name: keyof typeof OPTIONS): string | undefined => stringOption(values, name);
  const config = get('config');
  const out = get('out');
  if (config === undefined || out === undefined) {
    throw new InputError(`Missing ${config === undefined ? '--config' : '--out'}.`);
  }
  const lambdaText = get('lambda');
  const keepText = get('keep');
  if (lambdaText === undefined && keepText === undefined) {
    throw new InputError('Nothing to sweep: give --lambda, --keep or both.');
  }
  const repeats = get('repeats');
  const workers = get('workers');
  return {
    config,
    out,
    lambda:
      lambdaText === undefined
        ? undefined
        : lambdaText.trim() === 'default'
          ? 'default'
          : numberList('--lambda', lambdaText, OPTIONS.lambda.example),
    keep: keepText === undefined ? undefined : numberList('--keep', keepText, OPTIONS.keep.example),
    repeats: repeats === undefined ? undefined : wholeNumber('--repeats', repeats, 1, MAX_REPEATS),
    workers:
      workers === undefined
        ? defaultWorkerCount()
        : wholeNumber('--workers', workers, 1, MAX_WORKERS),
    csv: get('csv'),
    csvOut: get('csv-out'),
    quiet: values.quiet === true,
  };
}

const FIELD_FLAG: Record<string, string> = {
  lambda: '--lambda',
  dropoutKeep: '--keep',
  repeats: '--repeats',
};

/** Validates the sweep; `default` asks for the default λ ladder of the (valid) config. */
function loadSpec(raw: unknown, args: SweepArgs, warn: (text: string) => void): SweepSpec {
  const shown = shorten(args.config);
  try {
    let lambda: number[] | undefined;
    if (args.lambda === 'default') {
      const config = validateConfig(raw).config;
      lambda = defaultLambdaLadder(config);
      if (config.regularization.kind === 'none') {
        warn(
          `Warning (${shown}): regularization.kind is 'none', so the default λ ladder is the ` +
            "config's λ alone; set regularization.kind to sweep λ.\n",
        );
      }
    } else lambda = args.lambda;
    const { spec, warnings } = validateSweepSpec({
      config: raw,
      lambda,
      dropoutKeep: args.keep,
      repeats: args.repeats,
    });
    for (const w of warnings) warn(`Warning (${shown}): ${w}\n`);
    return spec;
  } catch (err) {
    if (err instanceof SweepSpecError) {
      const flag = FIELD_FLAG[err.field];
      if (err.field === 'config') throw new InputError(`Error in ${shown}: ${err.message}`);
      throw new InputError(flag === undefined ? err.message : `Error in ${flag}: ${err.message}`);
    }
    if (err instanceof ConfigError) {
      throw new InputError(`Error in ${shown}: ${err.message}`);
    }
    throw err;
  }
}

export interface SweepCliIo extends CliIo {
  /** Starts one worker thread; tests may pass their own. */
  spawn?: () => PoolWorker;
}

async function run(args: SweepArgs, io: SweepCliIo): Promise<number> {
  const warn = (text: string): void => void io.stderr.write(text);
  const started = io.now();
  await refuseSameFile(
    [
      ['--config', args.config],
      ['--csv', args.csv],
    ],
    [
      ['--out', args.out],
      ['--csv-out', args.csvOut],
    ],
  );
  const raw = await readConfigInput(args.config, args.csv);
  const spec = loadSpec(raw, args, warn);
  await checkWritable(args.out, 'sweep file');
  if (args.csvOut !== undefined) await checkWritable(args.csvOut, 'CSV file');

  const bar = io.stderr.isTTY === true && !args.quiet;
  if (!args.quiet) io.stderr.write(`${sweepHeader(spec, args.workers)}\n`);
  const total = spec.lambda.length * spec.dropoutKeep.length * spec.repeats;
  const marks = new Set(Array.from({ length: 10 }, (_, i) => Math.ceil(((i + 1) * total) / 10)));
  const onPoint = (p: SweepPointResult | SweepPointFailure, ended: number): void => {
    if (args.quiet) return;
    const line = sweepProgressLine(ended, total, p, io.now() - started, bar);
    if (bar) io.stderr.write(`\r${line}\x1b[K${ended === total ? '\n' : ''}`);
    else if (marks.has(ended) || 'error' in p) io.stderr.write(`${line}\n`);
  };
  const sweep = runSweep(spec, {
    spawn: io.spawn ?? (() => nodePoolWorker()),
    workers: args.workers,
    onPoint,
  });
  const outcome = await sweep.done;

  const exported = buildSweepExport(spec, sweepData(spec), outcome.points, outcome.failed);
  await writeTextFile(args.out, `${JSON.stringify(exported)}\n`, 'sweep file');
  if (args.csvOut !== undefined) {
    await writeTextFile(args.csvOut, sweepPointsCsv(exported), 'CSV file');
  }
  if (!args.quiet) {
    const lines = sweepSummaryLines(spec, exported, io.now() - started, shorten(args.out));
    io.stdout.write(`${lines.join('\n')}\n`);
  }
  const diverged = exported.points.filter((p) => p.status === 'diverged').length;
  if (diverged > 0) {
    io.stderr.write(
      `${diverged} point${diverged === 1 ? '' : 's'} diverged (the loss became NaN or infinite); ` +
        'their figures are those of the last finite epoch. A lower optimizer.learningRate ' +
        `(it is ${spec.config.optimizer.learningRate}) avoids that.\n`,
    );
  }
  if (exported.failed.length > 0) {
    io.stderr.write(
      `${exported.failed.length} point(s) failed and are listed under "failed" in ` +
        `${shorten(args.out)}.\n`,
    );
    return EXIT_FAILED_POINTS;
  }
  return EXIT_OK;
}

/** Runs the sweep CLI with `argv` (the arguments after the script name); resolves to the exit code. */
export async function runSweepCli(argv: readonly string[], io: SweepCliIo): Promise<number> {
  try {
    let args: SweepArgs | 'help';
    try {
      args = parseSweepArgs(argv);
    } catch (err) {
      if (err instanceof InputError) throw new InputError(`${err.message}\n\n${USAGE}`);
      throw err;
    }
    if (args === 'help') {
      io.stdout.write(USAGE);
      return EXIT_OK;
    }
    return await run(args, io);
  } catch (err) {
    if (err instanceof InputError) {
      io.stderr.write(`${err.message.trimEnd()}\n`);
      return EXIT_BAD_INPUT;
    }
    throw err;
  }
}

// The headless trainer: `npm run train -- --config C.json --out R.json [--csv points.csv] [--quiet]`.
// Exit codes: 0 done or early-stopped, 1 diverged, 2 bad arguments, config or CSV.
import type { ConfigV1 } from '../workers/engine/config';
import { Trainer } from '../workers/engine/trainer';
import { ConfigError, validateConfig } from '../workers/engine/validateConfig';
import type { CliIo, OptionSpec } from './cliArgs';
import { InputError, readOptions, shorten, stringOption } from './cliArgs';
import { checkWritable, readConfigInput, refuseSameFile, writeTextFile } from './cliFiles';
import { divergedMessage, progressLine, summaryLines } from './trainReport';

export type { CliIo };

export const EXIT_OK = 0;
export const EXIT_DIVERGED = 1;
export const EXIT_BAD_INPUT = 2;

export const USAGE = `Usage: npm run train -- --config C.json --out R.json [--csv points.csv] [--quiet]

  --config C.json    the config v1 to train (see docs/config.md); missing keys take defaults
  --out R.json       where to write the run export (see docs/run-format.md)
  --csv points.csv   train on x1,x2,label rows instead (sets data.dataset to 'custom')
  --quiet            print only warnings and errors
  --help             show this text

Exit codes: 0 done or stopped early, 1 diverged, 2 bad arguments, config or CSV.
`;

interface CliArgs {
  config: string;
  out: string;
  csv: string | undefined;
  quiet: boolean;
}

const OPTIONS = {
  config: { type: 'string', example: 'C.json' },
  out: { type: 'string', example: 'R.json' },
  csv: { type: 'string', example: 'points.csv' },
  quiet: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const satisfies Record<string, OptionSpec>;

function parseCliArgs(argv: readonly string[]): CliArgs | 'help' {
  let values;
  try {
    values = readOptions(argv, OPTIONS);
  } catch (err) {
    if (err instanceof InputError) throw new InputError(`${err.message}\n\n${USAGE}`);
    throw err;
  }
  if (values.help === true) return 'help';
  const config = stringOption(values, 'config');
  const out = stringOption(values, 'out');
  if (config === undefined || out === undefined) {
    const missing = config === undefined ? '--config' : '--out';
    throw new InputError(`Missing ${missing}.\n\n${USAGE}`);
  }
  return { config, out, csv: stringOption(values, 'csv'), quiet: values.quiet === true };
}

/** Reads the config file, puts the CSV's points in it, and validates the result once. */
async function loadConfig(args: CliArgs, warn: (text: string) => void): Promise<ConfigV1> {
  const raw = await readConfigInput(args.config, args.csv);
  const shown = shorten(args.config);
  try {
    const { config, warnings } = validateConfig(raw);
    for (const w of warnings) warn(`Warning (${shown}): ${w}\n`);
    return config;
  } catch (err) {
    if (err instanceof ConfigError) throw new InputError(`Error in ${shown}: ${err.message}`);
    throw err;
  }
}

function createTrainer(config: ConfigV1, path: string): Trainer {
  try {
    return new Trainer(config);
  } catch (err) {
    throw new InputError(`The engine cannot train ${shorten(path)}: ${(err as Error).message}`);
  }
}

/**
 * Trains in chunks sized to about a tenth of a second, so the bar moves smoothly whatever the
 * model's speed; without a TTY it prints a line at every tenth of the epochs.
 */
function train(t: Trainer, total: number, io: CliIo, quiet: boolean): void {
  const bar = io.stderr.isTTY === true;
  const marks = Array.from({ length: 10 }, (_, i) => Math.ceil(((i + 1) * total) / 10));
  let nextMark = 0;
  let chunk = 1;
  let lastDraw = -Infinity;
  const draw = (): void => {
    const line = progressLine(t.epoch, total, t.history[t.history.length - 1], bar);
    io.stderr.write(bar ? `\r${line}\x1b[K` : `${line}\n`);
  };

  while (t.status === 'running' && t.epoch < total) {
    while (nextMark < marks.length && (marks[nextMark] ?? total) <= t.epoch) nextMark++;
    const limit = bar ? total : (marks[nextMark] ?? total);
    const before = t.epoch;
    const started = io.now();
    t.step(Math.max(1, Math.min(chunk, limit - before)));
    const took = io.now() - started;
    if (t.epoch === before && t.status === 'running') {
      throw new Error(`Trainer.step made no progress at epoch ${before}`);
    }
    if (took < 50) chunk *= 2;
    else if (took > 200) chunk = Math.max(1, Math.floor(chunk / 2));

    if (quiet) continue;
    if (bar) {
      const now = io.now();
      if (now - lastDraw >= 100 || t.status !== 'running' || t.epoch >= total) {
        draw();
        lastDraw = now;
      }
    } else if (t.epoch === marks[nextMark] || t.status !== 'running') {
      draw();
    }
  }
  if (bar && !quiet) io.stderr.write('\n');
}

async function run(args: CliArgs, io: CliIo): Promise<number> {
  const warn = (text: string): void => void io.stderr.write(text);
  const started = io.now();
  await refuseSameFile(
    [
      ['--config', args.config],
      ['--csv', args.csv],
    ],
    [['--out', args.out]],
  );
  const config = await loadConfig(args, warn);
  const t = createTrainer(config, args.config);
  await checkWritable(args.out, 'run file');
  train(t, config.epochs, io, args.quiet);

  await writeTextFile(args.out, `${JSON.stringify(t.toRunExport())}\n`, 'run file');
  if (!args.quiet) {
    const lines = summaryLines({
      config,
      status: t.status,
      epoch: t.epoch,
      history: t.history,
      earlyStopping: t.earlyStoppingState(),
      divergedEpoch: t.divergedEpoch,
      wallMs: io.now() - started,
      outPath: shorten(args.out),
    });
    io.stdout.write(`${lines.join('\n')}\n`);
  }
  if (t.status === 'diverged') {
    io.stderr.write(`${divergedMessage(config, t.divergedEpoch)}\n`);
    return EXIT_DIVERGED;
  }
  return EXIT_OK;
}

/** Runs the trainer CLI with `argv` (the arguments after the script name); resolves to the exit code. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    const args = parseCliArgs(argv);
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

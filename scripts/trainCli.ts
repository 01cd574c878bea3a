// The headless trainer: `npm run train -- --config C.json --out R.json [--csv points.csv] [--quiet]`.
// Exit codes: 0 done or early-stopped, 1 diverged, 2 bad arguments, config or CSV.
import { readFile, writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import type { ConfigV1, Point } from '../workers/engine/config';
import { CsvError, parsePointsCsv } from '../workers/engine/pointsCsv';
import { Trainer } from '../workers/engine/trainer';
import { ConfigError, validateConfig } from '../workers/engine/validateConfig';
import { divergedMessage, progressLine, summaryLines } from './trainReport';

export interface CliIo {
  /** Usage and the summary. */
  stdout: { write(text: string): unknown };
  /** Progress, warnings and errors; a TTY gets a progress bar redrawn in place. */
  stderr: { write(text: string): unknown; isTTY?: boolean };
  /** Milliseconds from any fixed origin, for the wall time. */
  now: () => number;
}

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

/** Thrown for any input the student can fix; the message names the file and the key or line. */
class InputError extends Error {}

interface CliArgs {
  config: string;
  out: string;
  csv: string | undefined;
  quiet: boolean;
}

function parseCliArgs(argv: readonly string[]): CliArgs | 'help' {
  let values;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      options: {
        config: { type: 'string' },
        out: { type: 'string' },
        csv: { type: 'string' },
        quiet: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (err) {
    throw new InputError(`${(err as Error).message}\n\n${USAGE}`);
  }
  if (values.help) return 'help';
  if (values.config === undefined || values.out === undefined) {
    const missing = values.config === undefined ? '--config' : '--out';
    throw new InputError(`Missing ${missing}.\n\n${USAGE}`);
  }
  return { config: values.config, out: values.out, csv: values.csv, quiet: values.quiet };
}

function fsReason(err: unknown): string {
  const code = (err as { code?: unknown }).code;
  if (code === 'ENOENT') return 'no such file or folder';
  if (code === 'EISDIR') return 'it is a folder, not a file';
  if (code === 'EACCES') return 'permission denied';
  return err instanceof Error ? err.message : String(err);
}

async function readText(path: string, what: string): Promise<string> {
  try {
    return await readFile(path, 'utf8');
  } catch (err) {
    throw new InputError(`Cannot read the ${what} ${path}: ${fsReason(err)}.`);
  }
}

async function readPoints(path: string): Promise<Point[]> {
  const text = await readText(path, 'CSV file');
  try {
    return parsePointsCsv(text);
  } catch (err) {
    if (err instanceof CsvError) throw new InputError(`Error in ${path}: ${err.message}`);
    throw err;
  }
}

/** Reads the config file, puts the CSV's points in it, and validates the result once. */
async function loadConfig(args: CliArgs, warn: (text: string) => void): Promise<ConfigV1> {
  const text = await readText(args.config, 'config file');
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (err) {
    throw new InputError(`${args.config} is not valid JSON: ${(err as Error).message}.`);
  }
  if (args.csv !== undefined) {
    const points = await readPoints(args.csv);
    // Validate once with the points in place, so a config saying dataset 'custom' without points
    // is complete as soon as --csv supplies them. Anything that is not an object is left for
    // validateConfig to report.
    if (typeof raw === 'object' && raw !== null && !Array.isArray(raw)) {
      const top = raw as Record<string, unknown>;
      const data = top.data === undefined ? {} : top.data;
      if (typeof data === 'object' && data !== null && !Array.isArray(data)) {
        raw = { ...top, data: { ...data, dataset: 'custom', points } };
      }
    }
  }
  try {
    const { config, warnings } = validateConfig(raw);
    for (const w of warnings) warn(`Warning (${args.config}): ${w}\n`);
    return config;
  } catch (err) {
    if (err instanceof ConfigError) throw new InputError(`Error in ${args.config}: ${err.message}`);
    throw err;
  }
}

function createTrainer(config: ConfigV1, path: string): Trainer {
  try {
    return new Trainer(config);
  } catch (err) {
    throw new InputError(`The engine cannot train ${path}: ${(err as Error).message}`);
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
  const config = await loadConfig(args, warn);
  const t = createTrainer(config, args.config);
  train(t, config.epochs, io, args.quiet);

  const json = JSON.stringify(t.toRunExport());
  try {
    await writeFile(args.out, `${json}\n`, 'utf8');
  } catch (err) {
    throw new InputError(`Cannot write the run file ${args.out}: ${fsReason(err)}.`);
  }
  if (!args.quiet) {
    const lines = summaryLines({
      config,
      status: t.status,
      epoch: t.epoch,
      history: t.history,
      earlyStopping: t.earlyStoppingState(),
      divergedEpoch: t.divergedEpoch,
      wallMs: io.now() - started,
      outPath: args.out,
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

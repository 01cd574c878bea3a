import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultConfig } from '../workers/engine/config';
import type { RunExportV1 } from '../workers/engine/runExport';
import { defaultLambdaLadder } from '../workers/sweep/lambdaLadder';
import type { SweepExportV1 } from '../workers/sweep/sweepExport';
import type { SweepCliIo } from './sweepCli';
import { EXIT_BAD_INPUT, EXIT_FAILED_POINTS, EXIT_OK, runSweepCli } from './sweepCli';
import { nodePoolWorker } from './sweepNodeWorkers';
import type { CrashForTest } from './sweepTestWorker';
import { runCli } from './trainCli';

// Sweeps start worker threads, each with its own TypeScript loader: seconds on a busy machine.
const TIMEOUT = 120_000;

let dir = '';

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'reglab-sweep-cli-'));
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

interface Result {
  code: number;
  stdout: string;
  stderr: string;
}

async function sweep(
  argv: string[],
  isTTY = false,
  extra: Partial<SweepCliIo> = {},
): Promise<Result> {
  let stdout = '';
  let stderr = '';
  let clock = 0;
  const code = await runSweepCli(argv, {
    stdout: { write: (s: string) => (stdout += s) },
    stderr: { write: (s: string) => (stderr += s), isTTY },
    now: () => (clock += 30),
    ...extra,
  });
  return { code, stdout, stderr };
}

async function file(name: string, content: unknown): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, typeof content === 'string' ? content : JSON.stringify(content));
  return path;
}

async function readJson<T>(path: string): Promise<T> {
  return JSON.parse(await readFile(path, 'utf8')) as T;
}

const small = {
  seed: 3,
  epochs: 12,
  data: { dataset: 'moons', samples: 60, noise: 0.2 },
  model: { hidden: [3] },
  optimizer: { kind: 'adam', learningRate: 0.03, batchSize: 7 },
  regularization: { kind: 'l2', lambda: 0.001 },
  augmentation: { jitter: 0.1 },
};

describe('sweep CLI: a valid sweep', () => {
  it(
    'repeat 0 of every point is the run `train` gives for that λ and p, bit for bit',
    async () => {
      // The config starts with a UTF-8 byte-order mark and the points come as UTF-16: the sweep
      // reads its files as the train CLI does.
      const config = await file('base.json', `\uFEFF${JSON.stringify(small)}`);
      const rows = ['x1,x2,label'];
      for (let i = 0; i < 30; i++) {
        rows.push(`${((i * 7) % 11) / 2 - 2.5},${((i * 5) % 13) / 3 - 2},${(i * 3) % 2}`);
      }
      const csv = join(dir, 'points-utf16.csv');
      await writeFile(csv, Buffer.from(`\uFEFF${rows.join('\n')}\n`, 'utf16le'));
      const out = join(dir, 'sweep.json');
      const csvOut = join(dir, 'sweep.csv');
      const args = ['--config', config, '--csv', csv, '--lambda', '0.01,0', '--keep', '1,0.6'];
      const r = await sweep([
        ...args,
        '--repeats',
        '2',
        '--workers',
        '2',
        '--out',
        out,
        '--csv-out',
        csvOut,
      ]);
      expect(r.stderr).toContain(
        'sweep        2 λ × 2 p × 2 repeats = 8 points of up to 12 epochs, on 2 workers\n',
      );
      expect(r.code).toBe(EXIT_OK);
      const s = await readJson<SweepExportV1>(out);
      expect(s).toMatchObject({ version: 1, kind: 'sweep', repeats: 2, failed: [] });
      expect(s.axes).toEqual({ lambda: [0, 0.01], dropoutKeep: [0.6, 1] });
      expect(s.points.map((p) => [p.lambda, p.dropoutKeep, p.repeat])).toEqual([
        [0, 0.6, 0],
        [0, 0.6, 1],
        [0, 1, 0],
        [0, 1, 1],
        [0.01, 0.6, 0],
        [0.01, 0.6, 1],
        [0.01, 1, 0],
        [0.01, 1, 1],
      ]);

      for (const p of s.points.filter((q) => q.repeat === 0)) {
        const pointConfig = {
          ...small,
          model: { ...small.model, dropoutKeep: p.dropoutKeep },
          regularization: { ...small.regularization, lambda: p.lambda },
        };
        const runOut = join(dir, `run-${p.lambda}-${p.dropoutKeep}.json`);
        const trained = await runCli(
          [
            '--config',
            await file(`c-${p.lambda}-${p.dropoutKeep}.json`, pointConfig),
            '--csv',
            csv,
            '--out',
            runOut,
            '--quiet',
          ],
          { stdout: { write: () => true }, stderr: { write: () => true }, now: () => 0 },
        );
        expect(trained).toBe(EXIT_OK);
        const run = await readJson<RunExportV1>(runOut);
        expect(JSON.stringify(p.model)).toBe(JSON.stringify(run.model));
        const last = run.history.at(-1)!;
        expect(p.final).toEqual({
          trainLoss: last.trainLoss,
          valLoss: last.valLoss,
          testLoss: last.testLoss,
          trainAcc: last.trainAcc,
          valAcc: last.valAcc,
          testAcc: last.testAcc,
          zeroFraction: last.zeroFraction,
        });
        expect(s.data).toEqual(run.data);
        expect(s.config).toEqual({
          ...run.config,
          regularization: { ...run.config.regularization, lambda: 0.001 },
          model: { ...run.config.model, dropoutKeep: 1 },
        });
      }
      // Repeats differ in weights, never in data.
      expect(s.points[1]!.model).not.toEqual(s.points[0]!.model);

      const lines = (await readFile(csvOut, 'utf8')).trimEnd().split('\n');
      expect(lines[0]).toBe(
        'lambda,dropoutKeep,repeat,status,epochs,bestEpoch,trainLoss,valLoss,testLoss,trainAcc,valAcc,testAcc,zeroFraction',
      );
      expect(lines).toHaveLength(9);
      s.points.forEach((p, i) => {
        const f = p.final;
        expect(lines[i + 1]).toBe(
          [
            p.lambda,
            p.dropoutKeep,
            p.repeat,
            p.status,
            p.epochs,
            p.bestEpoch,
            f.trainLoss,
            f.valLoss,
            f.testLoss,
            f.trainAcc,
            f.valAcc,
            f.testAcc,
            f.zeroFraction,
          ].join(','),
        );
      });
      expect(r.stdout).toContain('← best');
      expect(r.stdout).toContain(`sweep file   ${out}`);
    },
    TIMEOUT,
  );

  it(
    'sweeps the default λ ladder with --lambda default, and draws a bar on a TTY',
    async () => {
      const config = await file('ladder.json', {
        ...small,
        epochs: 3,
        regularization: { kind: 'l1', lambda: 0.002 },
      });
      const out = join(dir, 'ladder.json-out');
      const r = await sweep(
        ['--config', config, '--lambda', 'default', '--workers', '2', '--out', out],
        true,
      );
      expect(r.code).toBe(EXIT_OK);
      const s = await readJson<SweepExportV1>(out);
      const expected = defaultConfig();
      expected.model.hidden = [3];
      expected.regularization.kind = 'l1';
      expected.regularization.lambda = 0.002;
      expect(s.axes.lambda).toEqual(defaultLambdaLadder(expected));
      expect(s.axes.lambda).toHaveLength(13);
      expect(s.points).toHaveLength(13);
      const progress = r.stderr.split('\n')[1]!;
      expect(progress.startsWith('\r[')).toBe(true);
      expect(progress).toContain('100%  points 13/13');
      expect(r.stderr.endsWith('\x1b[K\n')).toBe(true);
    },
    TIMEOUT,
  );

  it(
    'exits 1 and lists a point whose worker crashed twice, writing every other point',
    async () => {
      const config = await file('crash.json', { ...small, epochs: 3 });
      const out = join(dir, 'crash-out.json');
      const csvOut = join(dir, 'crash-out.csv');
      const crash: CrashForTest = { type: 'test:crashOn', lambda: 0.5, how: 'exit' };
      const spawn = () => {
        const w = nodePoolWorker(new URL('./sweepTestWorker.ts', import.meta.url));
        w.post(crash);
        return w;
      };
      const r = await sweep(
        [
          '--config',
          config,
          '--lambda',
          '0,0.5',
          '--workers',
          '1',
          '--out',
          out,
          '--csv-out',
          csvOut,
        ],
        false,
        { spawn },
      );
      expect(r.code).toBe(EXIT_FAILED_POINTS);
      const s = await readJson<SweepExportV1>(out);
      expect(s.points.map((p) => p.lambda)).toEqual([0]);
      expect(s.failed).toEqual([
        {
          lambda: 0.5,
          dropoutKeep: 1,
          repeat: 0,
          error: 'its worker crashed 2 times (the worker thread exited with code 3)',
        },
      ]);
      expect((await readFile(csvOut, 'utf8')).trimEnd().split('\n')[2]).toBe(
        '0.5,1,0,failed,,,,,,,,,',
      );
      expect(r.stderr).toContain(`1 point(s) failed and are listed under "failed" in ${out}.`);
    },
    TIMEOUT,
  );
});

describe('sweep CLI: bad input exits 2, naming the argument, before any training', () => {
  it.each([
    [
      ['--lambda', '0,abc'],
      "--lambda holds 'abc', not a number; write e.g. --lambda 0,1e-4,1e-3,1e-2.",
    ],
    [
      ['--lambda', '0,,1'],
      '--lambda holds an empty value, not a number; write e.g. --lambda 0,1e-4,1e-3,1e-2.',
    ],
    [
      ['--lambda', '0,11'],
      'Error in --lambda: lambda[1] = 11 cannot be used: regularization.lambda must be a number from 0 to 10 (got 11).',
    ],
    [['--lambda', '0.1,0.1'], 'Error in --lambda: lambda lists 0.1 twice; give each value once.'],
    [
      ['--keep', '1,0'],
      'Error in --keep: dropoutKeep[1] = 0 cannot be used: model.dropoutKeep must be a number from 0.05 to 1 (got 0).',
    ],
    [['--lambda', '0', '--repeats', '9'], '--repeats must be a whole number from 1 to 5 (got 9).'],
    [
      ['--lambda', '0', '--repeats', 'two'],
      '--repeats must be a whole number from 1 to 5 (got two).',
    ],
    [['--lambda', '0', '--workers', '0'], '--workers must be a whole number from 1 to 64 (got 0).'],
    [[], 'Nothing to sweep: give --lambda, --keep or both.'],
    [['--lambda', '0', '--lambda', '1'], '--lambda is given twice; give each option once.'],
  ])('%j', async (extra, message) => {
    const config = await file('ok.json', small);
    const r = await sweep(['--config', config, '--out', join(dir, 'never.json'), ...extra]);
    expect(r.code).toBe(EXIT_BAD_INPUT);
    expect(r.stderr.split('\n')[0]).toBe(message);
    expect(r.stdout).toBe('');
  });

  it('names the config file and its key, or a missing --out', async () => {
    const config = await file('bad-epochs.json', { ...small, epochs: 0 });
    const r = await sweep(['--config', config, '--lambda', '0', '--out', join(dir, 'never.json')]);
    expect(r.stderr).toBe(
      `Error in ${config}: epochs must be a whole number from 1 to 100000 (got 0).\n`,
    );
    const none = await sweep(['--config', config, '--lambda', '0']);
    expect(none.code).toBe(EXIT_BAD_INPUT);
    expect(none.stderr.startsWith('Missing --out.\n\nUsage: npm run sweep')).toBe(true);
  });

  it('refuses a λ sweep without a penalty, naming --lambda', async () => {
    const config = await file('none.json', { ...small, regularization: { kind: 'none' } });
    const r = await sweep([
      '--config',
      config,
      '--lambda',
      '0,0.1',
      '--out',
      join(dir, 'never.json'),
    ]);
    expect(r.code).toBe(EXIT_BAD_INPUT);
    expect(
      r.stderr.startsWith("Error in --lambda: lambda: the config's regularization.kind is 'none'"),
    ).toBe(true);
  });

  it('refuses --out or --csv-out naming the config or each other, and unwritable outputs', async () => {
    const config = await file('self.json', small);
    const base = ['--config', config, '--lambda', '0,0.1'];
    const self = await sweep([...base, '--out', config]);
    expect(self.code).toBe(EXIT_BAD_INPUT);
    expect(self.stderr).toContain(`--out ${config} is the same file as --config ${config}`);
    const twice = join(dir, 'both.json');
    const both = await sweep([...base, '--out', twice, '--csv-out', twice]);
    expect(both.stderr).toContain(`--csv-out ${twice} is the same file as --out ${twice}`);
    const missing = join(dir, 'no-folder', 'points.csv');
    const r = await sweep([...base, '--out', join(dir, 'fine.json'), '--csv-out', missing]);
    expect(r.code).toBe(EXIT_BAD_INPUT);
    expect(r.stderr).toBe(`Cannot write the CSV file ${missing}: no such file or folder.\n`);
  });
});

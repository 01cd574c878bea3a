import { mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunExportV1 } from '../workers/engine/runExport';
import { EXIT_BAD_INPUT, EXIT_DIVERGED, EXIT_OK, runCli } from './trainCli';

// Trains for real: seconds on a busy 2-core machine.
const TRAINING_TIMEOUT = 60_000;

let dir = '';

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'reglab-cli-'));
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

interface Result {
  code: number;
  stdout: string;
  stderr: string;
}

async function cli(argv: string[], isTTY = false): Promise<Result> {
  let stdout = '';
  let stderr = '';
  let clock = 0;
  const code = await runCli(argv, {
    stdout: { write: (s: string) => (stdout += s) },
    stderr: { write: (s: string) => (stderr += s), isTTY },
    // A clock that advances 30 ms per reading keeps the chunking and redraws deterministic.
    now: () => (clock += 30),
  });
  return { code, stdout, stderr };
}

async function file(name: string, content: unknown): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, typeof content === 'string' ? content : JSON.stringify(content));
  return path;
}

async function readRun(path: string): Promise<RunExportV1> {
  return JSON.parse(await readFile(path, 'utf8')) as RunExportV1;
}

const small = {
  epochs: 5,
  data: { dataset: 'circle', samples: 100 },
  model: { hidden: [3] },
};

describe('train CLI: a valid run', () => {
  it('writes a run export with one history record per epoch and the configured shape', async () => {
    const config = await file('small.json', small);
    const out = join(dir, 'small-run.json');
    const r = await cli(['--config', config, '--out', out]);
    expect(r.code).toBe(EXIT_OK);
    expect(r.stderr).toContain('epoch 5/5');
    const run = await readRun(out);
    expect(run.version).toBe(1);
    expect(run.status).toBe('done');
    expect(run.config.epochs).toBe(5);
    expect(run.config.model.hidden).toEqual([3]);
    expect(run.history.map((h) => h.epoch)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(run.model.inputs).toEqual(['x1', 'x2']);
    expect(
      run.model.layers.map((l) => [l.weights.length, l.weights[0]?.length, l.biases.length]),
    ).toEqual([
      [3, 2, 3],
      [1, 3, 1],
    ]);
    expect(run.initialModel.layers).toHaveLength(2);
    expect(run.data.train.length + run.data.val.length + run.data.test.length).toBe(100);
    expect(r.stdout).toContain('status       done after 5 of 5 epochs');
    expect(r.stdout).toContain(`run written  ${out}`);
  });

  it('prints a plain progress line at each tenth of the epochs without a TTY', async () => {
    const config = await file('twenty.json', { ...small, epochs: 20 });
    const r = await cli(['--config', config, '--out', join(dir, 'twenty-run.json')]);
    expect(r.code).toBe(EXIT_OK);
    const epochs = r.stderr
      .trim()
      .split('\n')
      .map(
        (line) => /^epoch +(\d+)\/20 +train loss \d\.\d{4} +val loss \d\.\d{4}$/.exec(line)?.[1],
      );
    expect(epochs).toEqual(['2', '4', '6', '8', '10', '12', '14', '16', '18', '20']);
  });

  it('redraws one progress bar in place on a TTY and ends the line', async () => {
    const config = await file('tty.json', small);
    const r = await cli(['--config', config, '--out', join(dir, 'tty-run.json')], true);
    expect(r.code).toBe(EXIT_OK);
    expect(r.stderr.startsWith('\r[')).toBe(true);
    expect(r.stderr).toContain('100%  epoch 5/5');
    expect(r.stderr.endsWith('\x1b[K\n')).toBe(true);
    expect(r.stderr.split('\n')).toHaveLength(2);
  });

  it('prints nothing but warnings with --quiet, and warnings name the key and the file', async () => {
    const config = await file('warn.json', { ...small, modle: {} });
    const r = await cli(['--config', config, '--out', join(dir, 'warn-run.json'), '--quiet']);
    expect(r.code).toBe(EXIT_OK);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(`Warning (${config}): Unknown key modle was ignored.\n`);
  });

  it('writes the same bytes for the same config', async () => {
    const config = await file('again.json', small);
    const a = join(dir, 'again-a.json');
    const b = join(dir, 'again-b.json');
    await cli(['--config', config, '--out', a, '--quiet']);
    await cli(['--config', config, '--out', b, '--quiet']);
    expect(await readFile(a, 'utf8')).toBe(await readFile(b, 'utf8'));
  });

  it('reports the best and stop epochs when early stopping ends the run', async () => {
    const config = await file('early.json', {
      ...small,
      epochs: 2000,
      earlyStopping: { enabled: true, patience: 3, minDelta: 0.01 },
    });
    const out = join(dir, 'early-run.json');
    const r = await cli(['--config', config, '--out', out]);
    expect(r.code).toBe(EXIT_OK);
    const run = await readRun(out);
    expect(run.status).toBe('stopped');
    expect(run.earlyStopping.stoppedEpoch).not.toBeNull();
    expect(r.stdout).toContain(`best         epoch ${run.earlyStopping.bestEpoch} (val loss `);
    expect(r.stdout).toContain(`stop         epoch ${run.earlyStopping.stoppedEpoch}`);
  });
});

describe('train CLI: --csv', () => {
  it('trains on the file points as the custom dataset', async () => {
    const rows = ['x1,x2,label'];
    for (let i = 0; i < 20; i++) rows.push(`${(i % 5) - 2},${Math.floor(i / 5) - 2},${i % 2}`);
    const csv = await file('points.csv', rows.join('\r\n') + '\r\n');
    const config = await file('csv-config.json', small);
    const out = join(dir, 'csv-run.json');
    const r = await cli(['--config', config, '--csv', csv, '--out', out, '--quiet']);
    expect(r.code).toBe(EXIT_OK);
    const run = await readRun(out);
    expect(run.config.data.dataset).toBe('custom');
    expect(run.config.data.points).toHaveLength(20);
    const used = [...run.data.train, ...run.data.val, ...run.data.test].map((p) => p.join(','));
    expect(used.sort()).toEqual(rows.slice(1).sort());
  });

  it('exits 2 naming the CSV file and the bad line', async () => {
    const csv = await file('bad.csv', 'x1,x2,label\n0,0,1\n1,1\n2,2,0\n');
    const config = await file('csv-bad-config.json', small);
    const out = join(dir, 'never.json');
    const r = await cli(['--config', config, '--csv', csv, '--out', out]);
    expect(r.code).toBe(EXIT_BAD_INPUT);
    expect(r.stderr).toBe(`Error in ${csv}: Line 3 has 2 fields; each row needs 3: x1,x2,label.\n`);
    await expect(readFile(out, 'utf8')).rejects.toThrow();
  });
});

describe('train CLI: bad input exits 2', () => {
  it('names the config file and the invalid key', async () => {
    const config = await file('bad-rate.json', { ...small, optimizer: { learningRate: -1 } });
    const out = join(dir, 'never.json');
    const r = await cli(['--config', config, '--out', out]);
    expect(r.code).toBe(EXIT_BAD_INPUT);
    expect(r.stderr).toBe(
      `Error in ${config}: optimizer.learningRate must be a number from 0.000001 to 10 (got -1).\n`,
    );
    expect(r.stdout).toBe('');
    await expect(readFile(out, 'utf8')).rejects.toThrow();
  });

  it('explains a JSON syntax error in the config file', async () => {
    const config = await file('broken.json', '{"epochs": 5,}');
    const r = await cli(['--config', config, '--out', join(dir, 'never.json')]);
    expect(r.code).toBe(EXIT_BAD_INPUT);
    expect(r.stderr).toMatch(
      new RegExp(`^${config.replace(/[.\\]/g, '\\$&')} is not valid JSON: `),
    );
  });

  it('says which file it cannot read', async () => {
    const missing = join(dir, 'no-such.json');
    const r = await cli(['--config', missing, '--out', join(dir, 'never.json')]);
    expect(r.code).toBe(EXIT_BAD_INPUT);
    expect(r.stderr).toBe(`Cannot read the config file ${missing}: no such file or folder.\n`);
  });

  it('prints the usage when --config or --out is missing or an option is unknown', async () => {
    for (const argv of [
      [],
      ['--config', 'c.json'],
      ['--out', 'r.json'],
      ['--config', 'c', '--out', 'r', '--fast'],
    ]) {
      const r = await cli(argv);
      expect(r.code).toBe(EXIT_BAD_INPUT);
      expect(r.stderr).toContain('Usage: npm run train -- --config C.json --out R.json');
    }
    expect((await cli(['--config', 'c.json'])).stderr.startsWith('Missing --out.')).toBe(true);
  });

  it('prints the usage on stdout and exits 0 for --help', async () => {
    const r = await cli(['--help']);
    expect(r.code).toBe(EXIT_OK);
    expect(r.stdout).toContain('Usage:');
  });
});

describe('train CLI: divergence exits 1', () => {
  it('stops at the epoch whose loss is not finite and advises a lower learning rate', async () => {
    // Plain SGD at the largest allowed rate through three wide ReLU layers blows up within a few
    // epochs with this seed (epoch 8 when this test was written).
    const config = await file('diverge.json', {
      epochs: 200,
      data: { samples: 100 },
      model: { hidden: [32, 32, 32], activation: 'relu' },
      optimizer: { kind: 'sgd', learningRate: 10, batchSize: 0 },
    });
    const out = join(dir, 'diverge-run.json');
    const r = await cli(['--config', config, '--out', out]);
    expect(r.code).toBe(EXIT_DIVERGED);
    const run = await readRun(out);
    expect(run.status).toBe('diverged');
    expect(run.divergedEpoch).toBeGreaterThan(0);
    expect(r.stderr).toContain(`Training diverged at epoch ${run.divergedEpoch}:`);
    expect(r.stderr).toContain('Lower optimizer.learningRate (it is 10)');
    expect(r.stdout).toContain('status       diverged after');
    expect(run.history.every((h) => Number.isFinite(h.trainLoss))).toBe(true);
  });
});

describe('train CLI: files as students save them', () => {
  it('reads a config file that starts with a UTF-8 byte-order mark', async () => {
    const config = await file('bom.json', `\uFEFF${JSON.stringify(small)}`);
    const out = join(dir, 'bom-run.json');
    const r = await cli(['--config', config, '--out', out, '--quiet']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(EXIT_OK);
    expect((await readRun(out)).config.epochs).toBe(5);
  });

  it(
    'reads a UTF-16 CSV (little- and big-endian, with its byte-order mark) like a UTF-8 one',
    async () => {
      const rows = ['x1,x2,label'];
      for (let i = 0; i < 12; i++) rows.push(`${(i % 4) - 1.5},${Math.floor(i / 4) - 1},${i % 2}`);
      const text = `\uFEFF${rows.join('\r\n')}\r\n`;
      const config = await file('utf16-config.json', small);
      const utf8Out = join(dir, 'utf8-csv-run.json');
      await cli(['--config', config, '--csv', await file('u8.csv', text), '--out', utf8Out]);
      const expected = await readFile(utf8Out, 'utf8');
      const le = Buffer.from(text, 'utf16le');
      const be = Buffer.from(le).swap16();
      for (const [name, bytes] of [
        ['le.csv', le],
        ['be.csv', be],
      ] as const) {
        const csv = join(dir, name);
        await writeFile(csv, bytes);
        const out = join(dir, `${name}-run.json`);
        const r = await cli(['--config', config, '--csv', csv, '--out', out, '--quiet']);
        expect(r.stderr).toBe('');
        expect(r.code).toBe(EXIT_OK);
        expect(await readFile(out, 'utf8')).toBe(expected);
      }
    },
    TRAINING_TIMEOUT,
  );

  it('refuses a CSV that is not UTF-8 or UTF-16 text, naming the file', async () => {
    const csv = join(dir, 'latin1.csv');
    await writeFile(csv, Buffer.from([0x78, 0xb2, 0x0a, 0x31, 0x2c, 0x32, 0x2c, 0x30, 0x0a]));
    const config = await file('latin1-config.json', small);
    const r = await cli(['--config', config, '--csv', csv, '--out', join(dir, 'never.json')]);
    expect(r.code).toBe(EXIT_BAD_INPUT);
    expect(r.stderr).toBe(
      `Cannot read the CSV file ${csv}: The file is not valid UTF-8 text; save it as UTF-8 ` +
        '(in a spreadsheet program: CSV UTF-8).\n',
    );
  });
});

describe('train CLI: outputs are checked before training', () => {
  it('refuses an --out in a folder that does not exist, before training a single epoch', async () => {
    const config = await file('unwritable.json', { ...small, epochs: 100000 });
    const out = join(dir, 'no-such-folder', 'run.json');
    const r = await cli(['--config', config, '--out', out]);
    expect(r.code).toBe(EXIT_BAD_INPUT);
    // 100,000 epochs would take minutes: the message comes first, and no progress at all.
    expect(r.stderr).toBe(`Cannot write the run file ${out}: no such file or folder.\n`);
  });

  it('refuses an --out that is a folder', async () => {
    const config = await file('folder-out.json', small);
    const r = await cli(['--config', config, '--out', dir]);
    expect(r.code).toBe(EXIT_BAD_INPUT);
    expect(r.stderr).toBe(`Cannot write the run file ${dir}: it is a folder, not a file.\n`);
  });

  it('leaves an existing --out untouched when checking it and a missing one absent', async () => {
    const bad = await file('check-bad.json', { ...small, optimizer: { learningRate: -1 } });
    const existing = await file('existing-out.json', 'keep me');
    expect((await cli(['--config', bad, '--out', existing])).code).toBe(EXIT_BAD_INPUT);
    expect(await readFile(existing, 'utf8')).toBe('keep me');
  });

  it('refuses --out naming the same file as --config, however the path is spelled', async () => {
    const config = await file('self.json', small);
    const before = await readFile(config, 'utf8');
    const link = join(dir, 'self-link.json');
    await symlink(config, link);
    // join() would tidy the path up; the student's spelling is kept as typed.
    for (const sameFile of [`${dir}/./sub/../self.json`, link]) {
      const r = await cli(['--config', config, '--out', sameFile]);
      expect(r.code).toBe(EXIT_BAD_INPUT);
      expect(r.stderr).toBe(
        `--out ${sameFile} is the same file as --config ${config}; writing it would overwrite ` +
          'that file: choose another --out.\n',
      );
    }
    expect(await readFile(config, 'utf8')).toBe(before);
  });

  it('refuses --out naming the same file as --csv', async () => {
    const config = await file('csv-self.json', small);
    const csv = await file('self.csv', 'x1,x2,label\n0,0,0\n1,1,1\n0,1,0\n1,0,1\n');
    const r = await cli(['--config', config, '--csv', csv, '--out', csv]);
    expect(r.code).toBe(EXIT_BAD_INPUT);
    expect(r.stderr).toContain(`is the same file as --csv ${csv}`);
  });
});

describe('train CLI: arguments', () => {
  it('refuses an option given twice instead of silently taking the last', async () => {
    const config = await file('twice.json', small);
    for (const argv of [
      ['--config', config, '--out', 'a.json', '--out', 'b.json'],
      ['--config', config, '--out=a.json', '--out=b.json'],
      ['--config', config, '--out', 'a.json', '--quiet', '--quiet'],
    ]) {
      const r = await cli(argv);
      expect(r.code).toBe(EXIT_BAD_INPUT);
      const flag = argv.includes('--quiet') ? '--quiet' : '--out';
      expect(r.stderr.startsWith(`${flag} is given twice; give each option once.\n`)).toBe(true);
    }
  });

  it('says an option lacks its value rather than taking the next option as the value', async () => {
    const r = await cli(['--config', 'c.json', '--out', '--quiet']);
    expect(r.code).toBe(EXIT_BAD_INPUT);
    expect(r.stderr.split('\n')[0]).toBe(
      '--out needs a value, e.g. --out R.json, but the next argument is the option --quiet.',
    );
  });

  it('shortens every echoed value: a huge unknown option, path or JSON file', async () => {
    const huge = 'x'.repeat(1_000_000);
    const unknown = await cli(['--config', 'c.json', '--out', 'r.json', `--${huge}`]);
    expect(unknown.code).toBe(EXIT_BAD_INPUT);
    expect(unknown.stderr.split('\n')[0]!.length).toBeLessThan(200);

    const missing = await cli(['--config', join(dir, huge.slice(0, 200)), '--out', 'r.json']);
    expect(missing.code).toBe(EXIT_BAD_INPUT);
    expect(missing.stderr.length).toBeLessThan(200);
    expect(missing.stderr).toMatch(/^Cannot read the config file .{20,}\.\.\..{20,}: no such/);

    const junk = await file('junk.json', `{"epochs": ${huge}`);
    const r = await cli(['--config', junk, '--out', join(dir, 'never.json')]);
    expect(r.code).toBe(EXIT_BAD_INPUT);
    expect(r.stderr.length).toBeLessThan(400);
  });
});

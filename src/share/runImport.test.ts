import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../../workers/contract';
import { ConfigError } from '../../workers/contract';
import { readImport } from './runImport';

function errorOf(text: string): ConfigError {
  try {
    readImport(text);
  } catch (e) {
    if (e instanceof ConfigError) return e;
    throw e;
  }
  throw new Error('no error');
}

describe('readImport', () => {
  it('reads a bare config', () => {
    const c = defaultConfig();
    c.seed = 42;
    const got = readImport(JSON.stringify(c));
    expect(got.kind).toBe('config');
    expect(got.config.seed).toBe(42);
  });

  it('takes the config (custom points included) out of a run export', () => {
    const config = defaultConfig();
    config.data.dataset = 'custom';
    config.data.points = [
      [0, 0, 0],
      [1, 1, 1],
      [2, 2, 0],
      [-1, 3, 1],
    ];
    const run = { version: 1, config, status: 'done', model: {}, history: [] };
    const got = readImport(JSON.stringify(run));
    expect(got.kind).toBe('run');
    expect(got.config.data.points).toEqual(config.data.points);
  });

  it('names the key of an invalid value, inside a run too', () => {
    const c = defaultConfig() as unknown as Record<string, Record<string, unknown>>;
    c.optimizer!.learningRate = -1;
    expect(errorOf(JSON.stringify(c)).key).toBe('optimizer.learningRate');
    const run = errorOf(JSON.stringify({ version: 1, config: c, history: [] }));
    expect(run.key).toBe('config.optimizer.learningRate');
    expect(run.message).toMatch(/optimizer\.learningRate/);
  });

  it('refuses text that is not a JSON object, and a run of another version', () => {
    expect(errorOf('{ nope').message).toMatch(/not valid JSON/);
    expect(errorOf('[1, 2]').message).toMatch(/JSON object/);
    expect(errorOf(JSON.stringify({ version: 2, config: {}, model: {} })).key).toBe('version');
  });

  it('keeps an echoed value short: a version that is a 100 KB string', () => {
    const err = errorOf(JSON.stringify({ version: 'v'.repeat(100_000), config: {}, history: [] }));
    expect(err.key).toBe('version');
    expect(err.message).toBe(
      `version must be 1: this lab reads run export v1 (got "${'v'.repeat(39)}…" (100,000 characters)).`,
    );
  });

  it('refuses a run export without a config instead of loading the defaults', () => {
    const run = { version: 1, status: 'done', model: { inputs: [], layers: [] }, history: [] };
    const err = errorOf(JSON.stringify(run));
    expect(err.key).toBe('config');
    expect(err.message).toBe(
      'This run export has no config, so there are no settings to load; ' +
        'export the run again, or import a config file.',
    );
  });

  it('refuses a file holding only unknown keys, naming a few of them', () => {
    const err = errorOf(JSON.stringify({ colour: 'red', size: 3 }));
    expect(err.key).toBe('');
    expect(err.message).toBe(
      'The file holds none of the keys of a RegLab config or run export (it has "colour", "size"); ' +
        'nothing was loaded.',
    );
    const inRun = errorOf(JSON.stringify({ version: 1, config: { colour: 'red' }, history: [] }));
    expect(inRun.key).toBe('config');
    expect(inRun.message).toMatch(/^The run's config holds none of the keys of a RegLab config/);
    // An empty object is the documented full default config.
    expect(readImport('{}').config).toEqual(defaultConfig());
  });

  it('returns the unknown-key warnings, inside a run naming where', () => {
    expect(readImport('{"epochs": 20, "colour": "red"}').warnings).toEqual([
      'Unknown key colour was ignored.',
    ]);
    const run = { version: 1, config: { model: { hiden: [2] } }, history: [], sweep: {} };
    expect(readImport(JSON.stringify(run)).warnings).toEqual([
      "In the run's config: Unknown key model.hiden was ignored.",
    ]);
  });

  it("refuses a run with too many points with validation's own message", () => {
    const points = Array.from({ length: 60_000 }, (_, i) => [0, 0, i % 2]);
    const run = { version: 1, config: { data: { dataset: 'custom', points } }, history: [] };
    const err = errorOf(JSON.stringify(run));
    expect(err.key).toBe('config.data.points');
    expect(err.message).toBe(
      "In the run's config: data.points must hold at most 5000 points (got 60000).",
    );
  });

  it('says a deeply nested file is too deeply nested', () => {
    const deep = `{"version":1,"history":[],"config":{"seed":1,"x":${'['.repeat(50_000)}${']'.repeat(50_000)}}}`;
    expect(errorOf(deep).message).toMatch(
      /^In the run's config: The config is nested more than 32/,
    );
  });
});

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
});

import { describe, expect, it } from 'vitest';
import { defaultConfig } from './config';
import type { Point } from './config';
import {
  CONFIG_RANGES,
  ConfigError,
  MAX_HIDDEN_LAYERS,
  MAX_LAYER_WIDTH,
  MAX_POINTS,
  MIN_CUSTOM_POINTS,
  configFromJsonText,
  formatNumber,
  validateConfig,
} from './validateConfig';

/** The ConfigError thrown by validating `input`; fails the test if nothing is thrown. */
function errorOf(input: unknown): ConfigError {
  try {
    validateConfig(input);
  } catch (err) {
    if (err instanceof ConfigError) return err;
    throw err;
  }
  throw new Error(`expected a ConfigError for ${JSON.stringify(input)}`);
}

/** Builds a nested config object from a dotted path, e.g. at('model.dropoutKeep', 0.5). */
function at(path: string, value: unknown): Record<string, unknown> {
  return path.split('.').reduceRight<unknown>((inner, key) => ({ [key]: inner }), value) as Record<
    string,
    unknown
  >;
}

function read(config: unknown, path: string): unknown {
  let node: unknown = config;
  for (const key of path.split('.')) node = (node as Record<string, unknown>)[key];
  return node;
}

const square: Point[] = [
  [-1, -1, 0],
  [1, -1, 1],
  [-1, 1, 1],
  [1, 1, 0],
];

describe('validateConfig defaults', () => {
  it('fills an empty object with the full default config and no warnings', () => {
    const { config, warnings } = validateConfig({});
    expect(config).toEqual(defaultConfig());
    expect(warnings).toEqual([]);
  });

  it('takes defaults per key inside a partly given section', () => {
    const { config } = validateConfig({
      model: { hidden: [3] },
      data: { split: { train: 0.8, val: 0.1, test: 0.1 } },
    });
    expect(config.model).toEqual({ ...defaultConfig().model, hidden: [3] });
    expect(config.data.dataset).toBe(defaultConfig().data.dataset);
    expect(config.data.split).toEqual({ train: 0.8, val: 0.1, test: 0.1 });
  });

  it('returns a fresh object that shares nothing with the input', () => {
    const input = {
      features: ['x1', 'x2'],
      model: { hidden: [4, 4] },
      data: { dataset: 'custom', points: square.map((p) => [...p]) },
    };
    const { config } = validateConfig(input);
    config.model.hidden.push(9);
    config.features.pop();
    config.data.points?.forEach((p) => (p[0] = 5));
    config.data.split.train = 0.1;
    expect(input.model.hidden).toEqual([4, 4]);
    expect(input.features).toEqual(['x1', 'x2']);
    expect(input.data.points[0]).toEqual([-1, -1, 0]);
    expect(validateConfig(input).config.data.split.train).toBe(0.6);
  });

  it('accepts version 1 and rejects any other version', () => {
    expect(validateConfig({ version: 1 }).config.version).toBe(1);
    const err = errorOf({ version: 2 });
    expect(err.key).toBe('version');
    expect(err.message).toBe('version must be 1, the config version this RegLab reads (got 2).');
  });

  it('rejects input that is not a JSON object', () => {
    for (const bad of [null, [], 3, 'seed', undefined]) {
      const err = errorOf(bad);
      expect(err.key).toBe('');
      expect(err.message).toMatch(/^The config must be a JSON object/);
    }
  });
});

describe('validateConfig unknown keys', () => {
  it('ignores unknown keys at any depth with a warning naming the dotted path', () => {
    const { config, warnings } = validateConfig({
      colour: 'red',
      model: { hiden: [2], activation: 'relu' },
      data: { split: { train: 0.6, val: 0.2, test: 0.2, holdout: 0 } },
    });
    expect(warnings).toEqual([
      'Unknown key colour was ignored.',
      'Unknown key data.split.holdout was ignored.',
      'Unknown key model.hiden was ignored.',
    ]);
    expect(config.model.hidden).toEqual(defaultConfig().model.hidden);
    expect(config.model.activation).toBe('relu');
    expect(config).not.toHaveProperty('colour');
  });
});

// [dotted key, lowest allowed, highest allowed, just below, just above, integer?]
const ranges: [string, number, number, number, number, boolean][] = [
  ['seed', 0, 4294967295, -1, 4294967296, true],
  ['epochs', 1, 100000, 0, 100001, true],
  ['data.samples', 10, 5000, 9, 5001, true],
  ['data.noise', 0, 3, -0.001, 3.001, false],
  ['data.labelNoise', 0, 0.5, -0.01, 0.51, false],
  ['model.dropoutKeep', 0.05, 1, 0.049, 1.001, false],
  ['optimizer.learningRate', 1e-6, 10, 9e-7, 10.5, false],
  ['optimizer.batchSize', 0, 5000, -1, 5001, true],
  ['regularization.lambda', 0, 10, -1e-9, 10.01, false],
  ['regularization.l1Ratio', 0, 1, -0.1, 1.1, false],
  ['augmentation.jitter', 0, 2, -0.1, 2.1, false],
  ['augmentation.rotate', 0, 180, -1, 181, false],
  ['augmentation.scale', 0, 0.9, -0.1, 0.91, false],
  ['augmentation.mixup', 0, 4, -0.1, 4.1, false],
  ['earlyStopping.patience', 1, 10000, 0, 10001, true],
  ['earlyStopping.minDelta', 0, 1, -0.1, 1.1, false],
];

describe('validateConfig number ranges', () => {
  for (const [key, min, max, below, above, integer] of ranges) {
    it(`${key} accepts ${formatNumber(min)} and ${formatNumber(max)}, rejects ${formatNumber(below)} and ${formatNumber(above)}`, () => {
      expect(read(validateConfig(at(key, min)).config, key)).toBe(min);
      expect(read(validateConfig(at(key, max)).config, key)).toBe(max);
      for (const bad of [below, above]) {
        const err = errorOf(at(key, bad));
        expect(err.key).toBe(key);
        const kind = integer ? 'a whole number' : 'a number';
        expect(err.message).toBe(
          `${key} must be ${kind} from ${formatNumber(min)} to ${formatNumber(max)} (got ${formatNumber(bad)}).`,
        );
      }
    });
  }

  it('words the learning-rate error as in the docs', () => {
    expect(errorOf(at('optimizer.learningRate', -1)).message).toBe(
      'optimizer.learningRate must be a number from 0.000001 to 10 (got -1).',
    );
  });

  it('rejects fractions where a whole number is needed', () => {
    const err = errorOf({ epochs: 10.5 });
    expect(err.key).toBe('epochs');
    expect(err.message).toBe('epochs must be a whole number from 1 to 100000 (got 10.5).');
  });

  it('rejects NaN, Infinity, strings, null and booleans as numbers', () => {
    expect(errorOf({ data: { noise: NaN } }).message).toContain('(got NaN)');
    expect(errorOf({ data: { noise: Infinity } }).message).toContain('(got Infinity)');
    expect(errorOf({ data: { noise: '0.5' } }).message).toContain('(got "0.5")');
    expect(errorOf({ data: { noise: null } }).message).toContain('(got null)');
    expect(errorOf({ data: { noise: true } }).key).toBe('data.noise');
  });
});

describe('validateConfig choices and flags', () => {
  it('accepts every listed choice and rejects others, listing what is allowed', () => {
    expect(validateConfig(at('model.activation', 'linear')).config.model.activation).toBe('linear');
    expect(
      validateConfig(at('regularization.l1Method', 'subgradient')).config.regularization.l1Method,
    ).toBe('subgradient');
    const err = errorOf(at('optimizer.kind', 'rmsprop'));
    expect(err.key).toBe('optimizer.kind');
    expect(err.message).toBe(
      `optimizer.kind must be one of 'sgd', 'momentum', 'adam' (got "rmsprop").`,
    );
    expect(errorOf(at('augmentation.flip', 'diagonal')).key).toBe('augmentation.flip');
    expect(errorOf(at('data.dataset', 'Spiral')).key).toBe('data.dataset');
    expect(errorOf(at('regularization.kind', 'dropout')).key).toBe('regularization.kind');
  });

  it('takes booleans only as true or false', () => {
    expect(validateConfig(at('model.batchNorm', true)).config.model.batchNorm).toBe(true);
    const err = errorOf(at('regularization.decoupled', 'yes'));
    expect(err.key).toBe('regularization.decoupled');
    expect(err.message).toBe('regularization.decoupled must be true or false (got "yes").');
    expect(errorOf(at('earlyStopping.markOnly', 1)).key).toBe('earlyStopping.markOnly');
  });

  it('rejects a section that is not an object', () => {
    const err = errorOf({ model: [8, 8] });
    expect(err.key).toBe('model');
    expect(err.message).toMatch(/^model must be an object with keys hidden, activation/);
  });
});

describe('validateConfig features and layers', () => {
  it('accepts distinct feature names and keeps their order', () => {
    expect(validateConfig({ features: ['x1*x2', 'sin(x1)'] }).config.features).toEqual([
      'x1*x2',
      'sin(x1)',
    ]);
  });

  it('rejects an empty list, an unknown name and a repeated name, naming the index', () => {
    expect(errorOf({ features: [] }).key).toBe('features');
    const unknown = errorOf({ features: ['x1', 'x3'] });
    expect(unknown.key).toBe('features[1]');
    expect(unknown.message).toContain('(got "x3")');
    const repeated = errorOf({ features: ['x1', 'x2', 'x1'] });
    expect(repeated.key).toBe('features[2]');
    expect(repeated.message).toBe(`features[2] repeats 'x1'; list each feature once.`);
  });

  it('accepts 0 to 6 hidden layers of width 1 to 32', () => {
    expect(validateConfig(at('model.hidden', [])).config.model.hidden).toEqual([]);
    expect(validateConfig(at('model.hidden', [1, 32, 1, 32, 1, 32])).config.model.hidden).toEqual([
      1, 32, 1, 32, 1, 32,
    ]);
    const tooMany = errorOf(at('model.hidden', [1, 2, 3, 4, 5, 6, 7]));
    expect(tooMany.key).toBe('model.hidden');
    expect(tooMany.message).toContain('(got 7 layers)');
    const wide = errorOf(at('model.hidden', [8, 8, 33]));
    expect(wide.key).toBe('model.hidden[2]');
    expect(wide.message).toBe('model.hidden[2] must be a whole number from 1 to 32 (got 33).');
    expect(errorOf(at('model.hidden', [0])).key).toBe('model.hidden[0]');
    expect(errorOf(at('model.hidden', [2.5])).key).toBe('model.hidden[0]');
  });
});

describe('validateConfig data split', () => {
  it('accepts shares that sum to 1 within 1e-6', () => {
    const split = { train: 0.7, val: 0.2, test: 0.1 + 5e-7 };
    expect(validateConfig(at('data.split', split)).config.data.split).toEqual(split);
  });

  it('rejects shares that do not sum to 1 and says the sum found', () => {
    const err = errorOf(at('data.split', { train: 0.6, val: 0.2, test: 0.3 }));
    expect(err.key).toBe('data.split');
    expect(err.message).toBe(
      'data.split train + val + test must add up to 1 (got 0.6 + 0.2 + 0.3 = 1.1).',
    );
    expect(errorOf(at('data.split', { train: 0.7, val: 0.2, test: 0.1 + 2e-6 })).key).toBe(
      'data.split',
    );
  });

  it('mentions defaulted shares when some are missing', () => {
    const err = errorOf(at('data.split', { train: 0.8, val: 0.2 }));
    expect(err.message).toBe(
      'data.split train + val + test must add up to 1 (got 0.8 + 0.2 + 0.2 = 1.2); ' +
        'missing shares take their defaults (test 0.2).',
    );
  });

  it('requires some training data', () => {
    const err = errorOf(at('data.split', { train: 0, val: 0.5, test: 0.5 }));
    expect(err.key).toBe('data.split.train');
  });

  it('rejects a share outside 0..1', () => {
    expect(errorOf(at('data.split', { train: 1.2, val: -0.2, test: 0 })).key).toBe(
      'data.split.train',
    );
    expect(errorOf(at('data.split', { train: 1, val: -0.1, test: 0.1 })).key).toBe(
      'data.split.val',
    );
  });

  it('refuses early stopping without a validation split', () => {
    const err = errorOf({
      data: { split: { train: 0.8, val: 0, test: 0.2 } },
      earlyStopping: { enabled: true },
    });
    expect(err.key).toBe('earlyStopping.enabled');
    expect(err.message).toContain('data.split.val is 0');
    expect(
      validateConfig({ data: { split: { train: 0.8, val: 0, test: 0.2 } } }).config.earlyStopping
        .enabled,
    ).toBe(false);
  });
});

describe('validateConfig points', () => {
  it('accepts points on the domain edges for the custom dataset', () => {
    const points: Point[] = [...square, [-6, 6, 1], [6, -6, 0]];
    const { config } = validateConfig({ data: { dataset: 'custom', points } });
    expect(config.data.dataset).toBe('custom');
    expect(config.data.points).toEqual(points);
  });

  it('names the index of a bad point and the reason', () => {
    const outside = errorOf({ data: { points: [...square, [6.01, 0, 1]] } });
    expect(outside.key).toBe('data.points[4]');
    expect(outside.message).toBe(
      'data.points[4]: x1 must be a number from -6 to 6, the data domain (got 6.01).',
    );
    const label = errorOf({ data: { points: [...square, [0, 0, 2]] } });
    expect(label.key).toBe('data.points[4]');
    expect(label.message).toBe('data.points[4]: the label must be 0 or 1 (got 2).');
    expect(errorOf({ data: { points: [[0, NaN, 1]] } }).message).toContain('x2 must be');
    expect(errorOf({ data: { points: [[0, 0]] } }).key).toBe('data.points[0]');
    expect(errorOf({ data: { points: [[0, '1', 1]] } }).key).toBe('data.points[0]');
    expect(errorOf({ data: { points: [[0, 1, true]] } }).key).toBe('data.points[0]');
    expect(errorOf({ data: { points: 'none' } }).key).toBe('data.points');
  });

  it('requires points, at least 4 of them, and both classes for the custom dataset', () => {
    const missing = errorOf({ data: { dataset: 'custom' } });
    expect(missing.key).toBe('data.points');
    expect(missing.message).toContain("required when data.dataset is 'custom'");
    const few = errorOf({ data: { dataset: 'custom', points: square.slice(0, 3) } });
    expect(few.message).toBe(
      `data.points must hold at least 4 points for the 'custom' dataset (got 3).`,
    );
    const oneClass = errorOf({
      data: { dataset: 'custom', points: square.map(([a, b]) => [a, b, 1]) },
    });
    expect(oneClass.key).toBe('data.points');
    expect(oneClass.message).toContain('both classes');
  });

  it('allows few or one-class points when the dataset is not custom', () => {
    expect(
      validateConfig({ data: { dataset: 'xor', points: [[0, 0, 1]] } }).config.data.points,
    ).toEqual([[0, 0, 1]]);
  });
});

describe('configFromJsonText', () => {
  it('parses and validates JSON text', () => {
    const { config, warnings } = configFromJsonText('{"epochs": 20, "extra": 1}');
    expect(config.epochs).toBe(20);
    expect(warnings).toEqual(['Unknown key extra was ignored.']);
  });

  it('explains a syntax error', () => {
    expect(() => configFromJsonText('{"epochs": 20,}')).toThrow(/^The config is not valid JSON: /);
  });
});

describe('formatNumber', () => {
  it('writes small numbers as plain decimals', () => {
    expect(formatNumber(1e-6)).toBe('0.000001');
    expect(formatNumber(-1.5e-7)).toBe('-0.00000015');
    expect(formatNumber(0.25)).toBe('0.25');
    expect(formatNumber(4294967295)).toBe('4294967295');
  });
});

describe('batch norm and batch size', () => {
  it('rejects a batch of one with batch norm, naming optimizer.batchSize', () => {
    expect(() =>
      validateConfig({ model: { batchNorm: true }, optimizer: { batchSize: 1 } }),
    ).toThrow(/optimizer\.batchSize must be 0 \(full batch\) or at least 2 with model\.batchNorm/);
    expect(
      validateConfig({ model: { batchNorm: true }, optimizer: { batchSize: 2 } }).config.optimizer
        .batchSize,
    ).toBe(2);
  });
});

describe('limits hold for every way a config arrives', () => {
  const many = (n: number): Point[] =>
    Array.from({ length: n }, (_, i): Point => [((i % 1200) - 600) / 100, (i % 7) - 3, i % 2]);

  it(`accepts ${MAX_POINTS} custom points and refuses more with one message`, () => {
    expect(MAX_POINTS).toBe(5000);
    const full = validateConfig({ data: { dataset: 'custom', points: many(MAX_POINTS) } });
    expect(full.config.data.points).toHaveLength(MAX_POINTS);
    const err = errorOf({ data: { dataset: 'custom', points: many(60_000) } });
    expect(err.key).toBe('data.points');
    expect(err.message).toBe('data.points must hold at most 5000 points (got 60000).');
    // Kept points count too when the dataset is generated: they travel with the config.
    expect(errorOf({ data: { dataset: 'xor', points: many(MAX_POINTS + 1) } }).message).toBe(
      'data.points must hold at most 5000 points (got 5001).',
    );
  });

  it('refuses the count before reading a single point', () => {
    const rows: unknown[] = many(MAX_POINTS + 1);
    rows[0] = 'not a point';
    expect(errorOf({ data: { points: rows } }).key).toBe('data.points');
  });

  it('exports every range it checks, and the ranges match the docs table', () => {
    expect(CONFIG_RANGES['data.samples']).toEqual({ min: 10, max: 5000, integer: true });
    expect(CONFIG_RANGES['optimizer.batchSize'].max).toBe(MAX_POINTS);
    expect(MAX_HIDDEN_LAYERS).toBe(6);
    expect(MAX_LAYER_WIDTH).toBe(32);
    expect(MIN_CUSTOM_POINTS).toBe(4);
    for (const [key, min, max, , , integer] of ranges) {
      expect(CONFIG_RANGES[key as keyof typeof CONFIG_RANGES]).toEqual({ min, max, integer });
    }
    const shares = ['data.split.train', 'data.split.val', 'data.split.test'];
    expect(Object.keys(CONFIG_RANGES).sort()).toEqual(
      [...ranges.map((r) => r[0]), ...shares].sort(),
    );
  });
});

describe('messages stay short and plain', () => {
  it('shortens an echoed value and says how long it was', () => {
    const err = errorOf({ data: { noise: 'x'.repeat(10_000_000) } });
    expect(err.message).toBe(
      `data.noise must be a number from 0 to 3 (got "${'x'.repeat(39)}…" (10,000,000 characters)).`,
    );
    const choice = errorOf({ optimizer: { kind: 'k'.repeat(100_000) } });
    expect(choice.message.length).toBeLessThan(200);
    const row = errorOf({ data: { points: [Array.from({ length: 100_000 }, () => 1)] } });
    expect(row.message).toMatch(/… \(a list of 100,000 items\)\)\.$/);
    expect(row.message.length).toBeLessThan(200);
  });

  it('names a long unknown key shortened', () => {
    const { warnings } = validateConfig({ model: { ['h'.repeat(100_000)]: 1 } });
    expect(warnings).toEqual([
      `Unknown key model."${'h'.repeat(39)}…" (100,000 characters) was ignored.`,
    ]);
  });

  it('lists at most ten unknown keys and counts the rest', () => {
    const input = Object.fromEntries(Array.from({ length: 5000 }, (_, i) => [`extra${i}`, i]));
    const { warnings } = validateConfig(input);
    expect(warnings).toHaveLength(11);
    expect(warnings[9]).toBe('Unknown key extra9 was ignored.');
    expect(warnings[10]).toBe('4,990 more unknown keys were ignored.');
  });

  it('says a deeply nested config is too deeply nested', () => {
    const deep = JSON.parse(`{"extra":${'['.repeat(100_000)}${']'.repeat(100_000)}}`) as unknown;
    const err = errorOf(deep);
    expect(err.key).toBe('');
    expect(err.message).toBe(
      'The config is nested more than 32 levels deep, far more than a RegLab config (4 levels); ' +
        'check that it is a RegLab config.',
    );
    expect(
      validateConfig(JSON.parse(`{"extra":${'['.repeat(31)}${']'.repeat(31)}}`)).warnings,
    ).toEqual(['Unknown key extra was ignored.']);
  });

  it('reads as a sentence when turned into text, without a "ConfigError:" prefix', () => {
    const err = errorOf({ epochs: 0 });
    expect(String(err)).toBe('epochs must be a whole number from 1 to 100000 (got 0).');
    expect(err.name).toBe('ConfigError');
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ConfigV1, Point } from '../../workers/contract';
import {
  ACTIVATIONS,
  DATASETS,
  FEATURES,
  FLIPS,
  L1_METHODS,
  OPTIMIZERS,
  REGULARIZERS,
  defaultConfig,
} from '../../workers/contract';
import { CONFIG_RANGES, MAX_POINTS, validateConfig } from '../../workers/contract';
import type { RangedKey } from '../../workers/contract';
import { groupDigits } from '../../workers/engine/valueText';
import { SAFE_LINK_LENGTH, decodeHash, encodeHash, linkIsTooLong } from './urlCodec';
import { defaultLabConfig } from '../lesson/defaultLab';
import type { SweepSettings } from '../sweep/sweepSettings';
import { decodeSweepSettings, encodeSweepSettings } from '../sweep/sweepSettings';

/** Deep equality that tells -0 from 0 and compares every number bit for bit. */
function sameBits(a: unknown, b: unknown): boolean {
  if (typeof a === 'number' || typeof b === 'number') return Object.is(a, b);
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return a === b;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  return ka.every(
    (k) =>
      kb.includes(k) &&
      sameBits((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]),
  );
}

function withPoints(points: Point[]): ConfigV1 {
  const config = defaultConfig();
  config.data.dataset = 'custom';
  config.data.points = points;
  return validateConfig(config).config;
}

/** Points as the editor makes them: 3 decimals. */
const editorPoints: Point[] = Array.from({ length: MAX_POINTS }, (_, i) => [
  Math.round(((i * 7919) % 12001) - 6000) / 1000,
  Math.round(((i * 104729) % 12001) - 6000) / 1000,
  i % 2,
]);
/** Points as a CSV of measurements gives them: full-precision doubles. */
const fullPoints: Point[] = Array.from({ length: MAX_POINTS }, (_, i) => [
  Math.sin(i) * 5.9,
  Math.cos(i * 1.7) * 5.9,
  i % 2,
]);
const editorHash = encodeHash({ config: withPoints(editorPoints), lang: 'en', comparison: null });
const fullHash = encodeHash({ config: withPoints(fullPoints), lang: 'en', comparison: null });

describe('custom points in a link', () => {
  it('travel compactly, outside the config JSON, and come back bit for bit', () => {
    const points: Point[] = [
      [0.1 + 0.2, -0, 0],
      [1e-300, -5e-324, 1],
      [6, -6, 0],
      [1.234, -5.999, 1],
      [-0.001, 0.0005, 0],
    ];
    const config = withPoints(points);
    const hash = encodeHash({ config, lang: 'en', comparison: null });
    expect(hash).toMatch(/&points=[\w-]+(&|$)/);
    expect(decodeURIComponent(hash)).not.toContain('"points"');
    const decoded = decodeHash(hash);
    expect(decoded.problem).toBeNull();
    expect(sameBits(decoded.config, config)).toBe(true);
    expect(Object.is(decoded.config.data.points![0]![1], -0)).toBe(true);
  });

  it(`a ${groupDigits(MAX_POINTS)}-point link from the editor is ${groupDigits(editorHash.length)} characters, within SAFE_LINK_LENGTH`, () => {
    expect(editorHash.length).toBeLessThan(30_000);
    expect(linkIsTooLong(editorHash)).toBe(false);
    expect(sameBits(decodeHash(editorHash).config, withPoints(editorPoints))).toBe(true);
  });

  it(`a ${groupDigits(MAX_POINTS)}-point link of full-precision doubles is ${groupDigits(fullHash.length)} characters, too long to share`, () => {
    expect(fullHash.length).toBeLessThan(120_000);
    expect(linkIsTooLong(fullHash)).toBe(true);
    expect(sameBits(decodeHash(fullHash).config, withPoints(fullPoints))).toBe(true);
  });

  it('says a link is too long past SAFE_LINK_LENGTH characters', () => {
    expect(SAFE_LINK_LENGTH).toBe(32_000);
    expect(linkIsTooLong(`#${'a'.repeat(SAFE_LINK_LENGTH - 1)}`)).toBe(false);
    expect(linkIsTooLong(`#${'a'.repeat(SAFE_LINK_LENGTH)}`)).toBe(true);
  });

  it('still opens an old link with the points inside the config JSON', () => {
    const config = withPoints(editorPoints.slice(0, 50));
    const old = `#config=${encodeURIComponent(JSON.stringify(config))}&lang=zh`;
    const decoded = decodeHash(old);
    expect(decoded.problem).toBeNull();
    expect(decoded.lang).toBe('zh');
    expect(decoded.config).toEqual(config);
  });

  it('refuses points that cannot be read, or points given twice', () => {
    const hash = encodeHash({
      config: withPoints(editorPoints.slice(0, 8)),
      lang: 'en',
      comparison: null,
    });
    for (const bad of [
      hash.replace(/points=[\w-]+/, 'points=AQ%2B%2B'),
      hash.replace(/points=[\w-]+/, 'points=AgAAAA'),
      hash.replace(/points=([\w-]+)/, 'points=$1AA'),
    ]) {
      const decoded = decodeHash(bad);
      expect(decoded.problem?.kind).toBe('malformed');
      expect(decoded.problem?.detail).toBe('the points in the link could not be read');
      expect(decoded.config).toEqual(defaultLabConfig());
    }
    const config = withPoints(editorPoints.slice(0, 8));
    const twice = `#config=${encodeURIComponent(JSON.stringify(config))}&points=${hash.split('points=')[1]}`;
    expect(decodeHash(twice).problem).toEqual({
      kind: 'malformed',
      detail: 'the link holds the points twice, in config and in points',
    });
  });

  it('refuses a link with more points than the limit, with the validation message', () => {
    const many = Array.from({ length: 60_000 }, (_, i): Point => [0, 0, i % 2]);
    const config = {
      ...defaultConfig(),
      data: { ...defaultConfig().data, dataset: 'custom', points: many },
    };
    const old = `#config=${encodeURIComponent(JSON.stringify(config))}`;
    expect(decodeHash(old).problem).toEqual({
      kind: 'invalid',
      detail: 'data.points must hold at most 5000 points (got 60000).',
    });
  });
});

describe('what a link says when it is read', () => {
  it('returns the unknown keys of the config and of the comparison as warnings', () => {
    const config = { ...defaultConfig(), colour: 'red' };
    const comparison = {
      mainLabel: 'none',
      variants: [{ label: 'L1', patch: { regularization: { kind: 'l1', strength: 2 } } }],
    };
    const hash =
      `#config=${encodeURIComponent(JSON.stringify(config))}` +
      `&compare=${encodeURIComponent(JSON.stringify(comparison))}`;
    const decoded = decodeHash(hash);
    expect(decoded.problem).toBeNull();
    expect(decoded.warnings).toEqual([
      'Unknown key colour was ignored.',
      'In variant 1 of the comparison: Unknown key regularization.strength was ignored.',
    ]);
  });

  it('words a bad variant as one sentence, without a doubled full stop', () => {
    const comparison = {
      mainLabel: 'a',
      variants: [{ label: 'b', patch: { optimizer: { learningRate: 99 } } }],
    };
    const decoded = decodeHash(encodeHash({ config: defaultConfig(), lang: 'en', comparison }));
    expect(decoded.problem?.detail).toBe(
      'The comparison in the link is not usable: variant 1: ' +
        'optimizer.learningRate must be a number from 0.000001 to 10 (got 99).',
    );
  });

  it('says a deeply nested link is too deeply nested', () => {
    const deep = `{"mainLabel":"a","variants":[{"label":"b","patch":{"x":${'['.repeat(100_000)}${']'.repeat(100_000)}}}]}`;
    const decoded = decodeHash(`#config=%7B%7D&compare=${encodeURIComponent(deep)}`);
    expect(decoded.problem?.kind).toBe('invalid');
    expect(decoded.problem?.detail).toMatch(/too deeply nested|nested more than 32 levels/);
    expect(decoded.problem?.detail).not.toMatch(/call stack/);
    const deepConfig = `{"seed":2,"x":${'['.repeat(100_000)}${']'.repeat(100_000)}}`;
    expect(decodeHash(`#config=${encodeURIComponent(deepConfig)}`).problem?.detail).toMatch(
      /^The config is nested more than 32 levels deep/,
    );
  });
});

// Random configs within every range, custom points included, with awkward doubles.
const inRange = (key: RangedKey) => {
  const { min, max, integer } = CONFIG_RANGES[key];
  return integer ? fc.integer({ min, max }) : fc.double({ min, max, noNaN: true });
};
const coordinate = fc.oneof(
  fc.double({ min: -6, max: 6, noNaN: true }),
  fc.integer({ min: -6000, max: 6000 }).map((k) => k / 1000),
  fc.constantFrom(0.1 + 0.2, -0, 0, 1e-300, -1e-300, 5e-324, -5e-324, 6, -6, 6 - 2 ** -50),
);
const point = fc.tuple(coordinate, coordinate, fc.constantFrom(0, 1));
const pointsArb = fc
  .array(point, { minLength: 2, maxLength: 200 })
  .map((rest): Point[] => [[0, 0, 0], [1, 1, 1], ...rest]);
const configArb = fc
  .record({
    seed: inRange('seed'),
    epochs: inRange('epochs'),
    dataset: fc.constantFrom(...DATASETS),
    samples: inRange('data.samples'),
    noise: inRange('data.noise'),
    labelNoise: inRange('data.labelNoise'),
    train: fc.double({ min: 0.01, max: 1, noNaN: true }),
    valShare: fc.double({ min: 0, max: 1, noNaN: true }),
    points: fc.option(pointsArb, { nil: undefined }),
    features: fc.subarray([...FEATURES], { minLength: 1 }),
    hidden: fc.array(fc.integer({ min: 1, max: 32 }), { maxLength: 6 }),
    activation: fc.constantFrom(...ACTIVATIONS),
    dropoutKeep: inRange('model.dropoutKeep'),
    kind: fc.constantFrom(...OPTIMIZERS),
    learningRate: inRange('optimizer.learningRate'),
    batchSize: inRange('optimizer.batchSize'),
    reg: fc.constantFrom(...REGULARIZERS),
    lambda: inRange('regularization.lambda'),
    l1Ratio: inRange('regularization.l1Ratio'),
    l1Method: fc.constantFrom(...L1_METHODS),
    flip: fc.constantFrom(...FLIPS),
    jitter: inRange('augmentation.jitter'),
    patience: inRange('earlyStopping.patience'),
    minDelta: inRange('earlyStopping.minDelta'),
    flags: fc.array(fc.boolean(), { minLength: 5, maxLength: 5 }),
  })
  .map((r): unknown => {
    const val = (1 - r.train) * r.valShare;
    const points =
      r.dataset === 'custom'
        ? (r.points ?? [
            [0, 0, 0],
            [1, 1, 1],
            [2, 2, 0],
            [3, 3, 1],
          ])
        : r.points;
    const [batchNorm, decoupled, enabled, restoreBest, markOnly] = r.flags;
    return {
      seed: r.seed,
      epochs: r.epochs,
      data: {
        dataset: r.dataset,
        samples: r.samples,
        noise: r.noise,
        labelNoise: r.labelNoise,
        split: { train: r.train, val, test: Math.max(0, 1 - r.train - val) },
        ...(points ? { points } : {}),
      },
      features: r.features,
      model: { hidden: r.hidden, activation: r.activation, batchNorm, dropoutKeep: r.dropoutKeep },
      optimizer: {
        kind: r.kind,
        learningRate: r.learningRate,
        batchSize: batchNorm && r.batchSize === 1 ? 2 : r.batchSize,
      },
      regularization: {
        kind: r.reg,
        lambda: r.lambda,
        l1Ratio: r.l1Ratio,
        l1Method: r.l1Method,
        decoupled,
      },
      augmentation: { jitter: r.jitter, rotate: 0, flip: r.flip, scale: 0, mixup: 0 },
      earlyStopping: {
        enabled: enabled && val > 0,
        patience: r.patience,
        minDelta: r.minDelta,
        restoreBest,
        markOnly,
      },
    };
  });

describe('a link reopens to exactly the config it was written from', () => {
  it('for random configs with random custom points (property)', () => {
    fc.assert(
      fc.property(configArb, fc.constantFrom('en', 'zh'), fc.boolean(), (raw, lang, present) => {
        const config = validateConfig(raw).config;
        const decoded = decodeHash(encodeHash({ config, lang, comparison: null, present }));
        expect(decoded.problem).toBeNull();
        expect(decoded.warnings).toEqual([]);
        expect(decoded.lang).toBe(lang);
        expect(decoded.present).toBe(present);
        expect(sameBits(decoded.config, config)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it(`for ${groupDigits(MAX_POINTS)} random points of any double in the domain (property)`, () => {
    fc.assert(
      fc.property(
        fc.array(point, { minLength: MAX_POINTS - 2, maxLength: MAX_POINTS - 2 }),
        (rest) => {
          const config = withPoints([[0, 0, 0], [1, 1, 1], ...rest]);
          const decoded = decodeHash(encodeHash({ config, lang: 'en', comparison: null }));
          expect(sameBits(decoded.config, config)).toBe(true);
        },
      ),
      // Shrinking 5,000 points would take minutes: report the first failure as found.
      { numRuns: 5, endOnFailure: true },
    );
  });
});

describe('the settings of a sweep in a link', () => {
  const values = (min: number, max: number) =>
    fc.option(
      fc.array(
        fc.double({ min, max, noNaN: true }).filter((x) => !Object.is(x, -0)),
        { minLength: 1, maxLength: 30 },
      ),
      { nil: null },
    );
  const settingsArb: fc.Arbitrary<SweepSettings> = fc.record({
    axes: fc.constantFrom('lambda', 'keep', 'grid'),
    lambda: values(0, 10),
    keep: values(Number.MIN_VALUE, 1),
    repeats: fc.integer({ min: 1, max: 5 }),
    earlyStopping: fc.boolean(),
  });

  it('come back exactly, beside the rest of the link (property)', () => {
    fc.assert(
      fc.property(settingsArb, fc.constantFrom('en', 'zh'), (settings, lang) => {
        const config = defaultLabConfig();
        const sweep = encodeSweepSettings(settings);
        const decoded = decodeHash(encodeHash({ config, lang, comparison: null, sweep }));
        expect(decoded.problem).toBeNull();
        expect(decoded.warnings).toEqual([]);
        expect(decoded.sweep).toBe(sweep);
        expect(sameBits(decodeSweepSettings(decoded.sweep!), settings)).toBe(true);
        expect(sameBits(decoded.config, config)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('are compact: the default ladder with 3 repeats is "sweep=l3b"', () => {
    const sweep = encodeSweepSettings({
      axes: 'lambda',
      lambda: null,
      keep: null,
      repeats: 3,
      earlyStopping: false,
    });
    const hash = encodeHash({ config: defaultLabConfig(), lang: 'en', comparison: null, sweep });
    expect(hash.endsWith('&sweep=l3b')).toBe(true);
  });

  it('are left out with a warning naming them when they are not sweep settings', () => {
    const config = defaultLabConfig();
    config.seed = 42;
    const good = encodeHash({ config, lang: 'zh', comparison: null });
    for (const bad of ['x3b', 'l9b', 'l3b~lone', 'l3b~p1;2', 'l3', '']) {
      const decoded = decodeHash(`${good}&sweep=${encodeURIComponent(bad)}`);
      expect(decoded.problem).toBeNull();
      expect(decoded.sweep).toBeNull();
      expect(decoded.warnings).toEqual([`sweep=${bad}`]);
      expect(decoded.config.seed).toBe(42);
      expect(decoded.lang).toBe('zh');
    }
    expect(decodeHash(`#sweep=${'q'.repeat(5000)}`).warnings).toEqual([`sweep=${'q'.repeat(40)}`]);
    expect(decodeHash(good).sweep).toBeNull();
  });
});

// Reads an untrusted config v1 (URL hash, preset, file given to the CLI) into a complete ConfigV1.
// The contract (docs/config.md): a missing key takes its default, an unknown key is ignored with a
// warning, an invalid value is an error naming the key, the value and what is allowed.
import type { ConfigV1, FeatureName } from './config';
import {
  ACTIVATIONS,
  DATASETS,
  FEATURES,
  FLIPS,
  L1_METHODS,
  OPTIMIZERS,
  REGULARIZERS,
  defaultConfig,
} from './config';
import {
  MAX_HIDDEN_LAYERS,
  MAX_LAYER_WIDTH,
  MAX_NESTING,
  SPLIT_TOLERANCE,
  nestsDeeperThan,
} from './configLimits';
import { checkCustomPoints, readPoints } from './configPoints';
import {
  ConfigError,
  Reader,
  checkNumber,
  checkOneOf,
  describe,
  formatNumber,
  isObject,
  own,
  quoteList,
} from './configReader';
import type { Obj } from './configReader';

export { ConfigError, formatNumber };
// The limits, for the controls and the CLI: the page shows the same numbers validation enforces.
export {
  CONFIG_RANGES,
  MAX_HIDDEN_LAYERS,
  MAX_LAYER_WIDTH,
  MAX_NESTING,
  MAX_POINTS,
  MIN_CUSTOM_POINTS,
  SPLIT_TOLERANCE,
  nestsDeeperThan,
} from './configLimits';
export type { Range, RangedKey } from './configLimits';
export { describeValue, quoteShort, shortText } from './valueText';

export interface ValidatedConfig {
  config: ConfigV1;
  warnings: string[];
}

function readFeatures(value: unknown, fallback: FeatureName[]): FeatureName[] {
  if (value === undefined) return [...fallback];
  const path = 'features';
  if (!Array.isArray(value) || value.length === 0) {
    throw new ConfigError(
      path,
      `${path} must be a non-empty list of names from ${quoteList(FEATURES)} (got ${describe(value)}).`,
    );
  }
  const names: FeatureName[] = [];
  value.forEach((v: unknown, i) => {
    const at = `${path}[${i}]`;
    const name = checkOneOf(v, at, FEATURES);
    if (names.includes(name)) {
      throw new ConfigError(at, `${at} repeats '${name}'; list each feature once.`);
    }
    names.push(name);
  });
  return names;
}

function readHidden(value: unknown, fallback: number[]): number[] {
  if (value === undefined) return [...fallback];
  const path = 'model.hidden';
  if (!Array.isArray(value) || value.length > MAX_HIDDEN_LAYERS) {
    const got = Array.isArray(value) ? `${value.length} layers` : describe(value);
    throw new ConfigError(
      path,
      `${path} must be a list of 0 to ${MAX_HIDDEN_LAYERS} layer widths, e.g. [8, 8] (got ${got}).`,
    );
  }
  return value.map((w: unknown, i) => checkNumber(w, `${path}[${i}]`, 1, MAX_LAYER_WIDTH, true));
}

/**
 * Checks an untrusted config and fills in defaults. Throws ConfigError on the first invalid value.
 * The result shares nothing with `input`.
 */
export function validateConfig(input: unknown): ValidatedConfig {
  if (!isObject(input)) {
    throw new ConfigError(
      '',
      `The config must be a JSON object such as {"epochs": 200} (got ${describe(input)}).`,
    );
  }
  if (nestsDeeperThan(input, MAX_NESTING)) {
    throw new ConfigError(
      '',
      `The config is nested more than ${MAX_NESTING} levels deep, far more than a RegLab config ` +
        '(4 levels); check that it is a RegLab config.',
    );
  }
  const d = defaultConfig();
  const r = new Reader();
  const top = r.section(input, '', [...Object.keys(d)]);

  const version = own(top, 'version');
  if (version !== undefined && version !== 1) {
    throw new ConfigError(
      'version',
      `version must be 1, the config version this RegLab reads (got ${describe(version)}).`,
    );
  }

  const seed = r.ranged(top, 'seed', d.seed);
  const epochs = r.ranged(top, 'epochs', d.epochs);

  const dataIn = r.section(own(top, 'data'), 'data', [...Object.keys(d.data), 'points']);
  const dataset = r.oneOf(dataIn, 'data', 'dataset', DATASETS, d.data.dataset);
  const splitIn = r.section(own(dataIn, 'split'), 'data.split', Object.keys(d.data.split));
  const split = {
    train: r.ranged(splitIn, 'data.split.train', d.data.split.train),
    val: r.ranged(splitIn, 'data.split.val', d.data.split.val),
    test: r.ranged(splitIn, 'data.split.test', d.data.split.test),
  };
  if (split.train <= 0) {
    throw new ConfigError(
      'data.split.train',
      'data.split.train must be more than 0: the model needs training points (got 0).',
    );
  }
  const sum = split.train + split.val + split.test;
  if (Math.abs(sum - 1) > SPLIT_TOLERANCE) {
    const shown = formatNumber(Number(sum.toPrecision(12)));
    throw new ConfigError(
      'data.split',
      `data.split train + val + test must add up to 1 (got ${formatNumber(split.train)} + ` +
        `${formatNumber(split.val)} + ${formatNumber(split.test)} = ${shown})${defaultedShares(splitIn)}.`,
    );
  }
  const pointsIn = own(dataIn, 'points');
  const points = pointsIn === undefined ? undefined : readPoints(pointsIn);
  if (dataset === 'custom') checkCustomPoints(points);
  const data: ConfigV1['data'] = {
    dataset,
    samples: r.ranged(dataIn, 'data.samples', d.data.samples),
    noise: r.ranged(dataIn, 'data.noise', d.data.noise),
    labelNoise: r.ranged(dataIn, 'data.labelNoise', d.data.labelNoise),
    split,
  };
  if (points !== undefined) data.points = points;

  const features = readFeatures(own(top, 'features'), d.features);

  const modelIn = r.section(own(top, 'model'), 'model', Object.keys(d.model));
  const model: ConfigV1['model'] = {
    hidden: readHidden(own(modelIn, 'hidden'), d.model.hidden),
    activation: r.oneOf(modelIn, 'model', 'activation', ACTIVATIONS, d.model.activation),
    batchNorm: r.boolean(modelIn, 'model', 'batchNorm', d.model.batchNorm),
    dropoutKeep: r.ranged(modelIn, 'model.dropoutKeep', d.model.dropoutKeep),
  };

  const optIn = r.section(own(top, 'optimizer'), 'optimizer', Object.keys(d.optimizer));
  const optimizer: ConfigV1['optimizer'] = {
    kind: r.oneOf(optIn, 'optimizer', 'kind', OPTIMIZERS, d.optimizer.kind),
    learningRate: r.ranged(optIn, 'optimizer.learningRate', d.optimizer.learningRate),
    batchSize: r.ranged(optIn, 'optimizer.batchSize', d.optimizer.batchSize),
  };

  const dr = d.regularization;
  const regIn = r.section(own(top, 'regularization'), 'regularization', Object.keys(dr));
  const regularization: ConfigV1['regularization'] = {
    kind: r.oneOf(regIn, 'regularization', 'kind', REGULARIZERS, dr.kind),
    lambda: r.ranged(regIn, 'regularization.lambda', dr.lambda),
    l1Ratio: r.ranged(regIn, 'regularization.l1Ratio', dr.l1Ratio),
    l1Method: r.oneOf(regIn, 'regularization', 'l1Method', L1_METHODS, dr.l1Method),
    decoupled: r.boolean(regIn, 'regularization', 'decoupled', dr.decoupled),
  };

  const da = d.augmentation;
  const augIn = r.section(own(top, 'augmentation'), 'augmentation', Object.keys(da));
  const augmentation: ConfigV1['augmentation'] = {
    jitter: r.ranged(augIn, 'augmentation.jitter', da.jitter),
    rotate: r.ranged(augIn, 'augmentation.rotate', da.rotate),
    flip: r.oneOf(augIn, 'augmentation', 'flip', FLIPS, da.flip),
    scale: r.ranged(augIn, 'augmentation.scale', da.scale),
    mixup: r.ranged(augIn, 'augmentation.mixup', da.mixup),
  };

  const de = d.earlyStopping;
  const esIn = r.section(own(top, 'earlyStopping'), 'earlyStopping', Object.keys(de));
  const earlyStopping: ConfigV1['earlyStopping'] = {
    enabled: r.boolean(esIn, 'earlyStopping', 'enabled', de.enabled),
    patience: r.ranged(esIn, 'earlyStopping.patience', de.patience),
    minDelta: r.ranged(esIn, 'earlyStopping.minDelta', de.minDelta),
    restoreBest: r.boolean(esIn, 'earlyStopping', 'restoreBest', de.restoreBest),
    markOnly: r.boolean(esIn, 'earlyStopping', 'markOnly', de.markOnly),
  };
  if (earlyStopping.enabled && split.val === 0) {
    throw new ConfigError(
      'earlyStopping.enabled',
      'earlyStopping.enabled needs a validation split, but data.split.val is 0: ' +
        'give data.split.val a share above 0 or turn early stopping off.',
    );
  }

  if (model.batchNorm && optimizer.batchSize === 1) {
    // One row per batch: every normalized value is 0, so nothing before batch norm can learn.
    throw new ConfigError(
      'optimizer.batchSize',
      'optimizer.batchSize must be 0 (full batch) or at least 2 with model.batchNorm on (got 1): ' +
        'batch statistics need two or more examples.',
    );
  }

  const config: ConfigV1 = {
    version: 1,
    seed,
    epochs,
    data,
    features,
    model,
    optimizer,
    regularization,
    augmentation,
    earlyStopping,
  };
  return { config, warnings: r.warnings };
}

/** Names the split shares that were missing, since their defaults count towards the sum. */
function defaultedShares(splitIn: Obj): string {
  const missing = ['train', 'val', 'test'].filter((k) => own(splitIn, k) === undefined);
  if (missing.length === 0) return '';
  const d = defaultConfig().data.split;
  const shares = missing.map((k) => `${k} ${formatNumber(d[k as keyof typeof d])}`).join(', ');
  return `; missing shares take their defaults (${shares})`;
}

/** Parses JSON text (a file, a pasted preset) and validates it. */
export function configFromJsonText(text: string): ValidatedConfig {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (err) {
    const reason = err instanceof Error ? err.message : String(err);
    throw new ConfigError('', `The config is not valid JSON: ${reason}.`);
  }
  return validateConfig(parsed);
}

// What a sweep trains: one base config, a λ axis, a p axis and a number of repeats. Every point
// is the base config with that λ and p, trained for config.epochs (or until its early stopping
// stops it); repeat r varies the initialization and the batches, never the data.
import type { ConfigV1 } from '../engine/config';
import { checkNumber, describe, formatNumber } from '../engine/configReader';
import { ConfigError, validateConfig } from '../engine/validateConfig';

export const MAX_AXIS_VALUES = 30;
export const MAX_REPEATS = 5;
export const MAX_SWEEP_POINTS = 500;

export interface SweepSpec {
  /** The config the sweep starts from: complete, validated. */
  config: ConfigV1;
  /** The λ values, ascending and distinct; [config's λ] when λ is not swept. */
  lambda: number[];
  /** The keep probabilities p, ascending and distinct; [config's p] when p is not swept. */
  dropoutKeep: number[];
  /** Runs per (λ, p), 1 to MAX_REPEATS. */
  repeats: number;
}

/** The sweep as given by a caller (a file, the CLI, the page); an axis left out is not swept. */
export interface SweepSpecInput {
  config: unknown;
  lambda?: unknown;
  dropoutKeep?: unknown;
  repeats?: unknown;
}

/** An invalid sweep; `field` is 'config', 'lambda', 'dropoutKeep', 'repeats' or '' (the whole). */
export class SweepSpecError extends Error {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message);
    this.name = 'SweepSpecError';
  }
}

/** Checks a sweep and fills in the axes that are not swept. Throws SweepSpecError. */
export function validateSweepSpec(input: SweepSpecInput): { spec: SweepSpec; warnings: string[] } {
  let validated;
  try {
    validated = validateConfig(input.config);
  } catch (err) {
    if (err instanceof ConfigError) throw new SweepSpecError('config', err.message);
    throw err;
  }
  const config = validated.config;
  const lambda = readAxis(input.lambda, 'lambda', config, (c, v) => {
    c.regularization.lambda = v;
  });
  const dropoutKeep = readAxis(input.dropoutKeep, 'dropoutKeep', config, (c, v) => {
    c.model.dropoutKeep = v;
  });
  const repeats = readRepeats(input.repeats);

  const swept = (axis: number[], current: number): boolean =>
    axis.length > 1 || axis[0] !== current;
  if (config.regularization.kind === 'none' && swept(lambda, config.regularization.lambda)) {
    throw new SweepSpecError(
      'lambda',
      "lambda: the config's regularization.kind is 'none', so λ changes nothing; set " +
        "regularization.kind to 'l1', 'l2' or 'elasticnet' to sweep λ.",
    );
  }
  if (config.model.hidden.length === 0 && swept(dropoutKeep, config.model.dropoutKeep)) {
    throw new SweepSpecError(
      'dropoutKeep',
      "dropoutKeep: the config's model has no hidden layer (model.hidden is []), so dropout " +
        'changes nothing; add a hidden layer to sweep the keep probability p.',
    );
  }
  const total = lambda.length * dropoutKeep.length * repeats;
  if (total > MAX_SWEEP_POINTS) {
    throw new SweepSpecError(
      '',
      `The sweep has ${lambda.length} λ × ${dropoutKeep.length} p × ${repeats} repeats = ` +
        `${total} points; at most ${MAX_SWEEP_POINTS} are allowed: use fewer values or repeats.`,
    );
  }
  return { spec: { config, lambda, dropoutKeep, repeats }, warnings: validated.warnings };
}

/**
 * One axis: each value is checked by validating the config with it in place, so the limits are
 * config v1's own. Sorted ascending: the curves are drawn against it.
 */
function readAxis(
  value: unknown,
  field: 'lambda' | 'dropoutKeep',
  config: ConfigV1,
  set: (c: ConfigV1, v: number) => void,
): number[] {
  if (value === undefined) {
    return [field === 'lambda' ? config.regularization.lambda : config.model.dropoutKeep];
  }
  const example = field === 'lambda' ? '[0, 0.001, 0.01]' : '[1, 0.8, 0.5]';
  if (!Array.isArray(value)) {
    throw new SweepSpecError(
      field,
      `${field} must be a list of values such as ${example} (got ${describe(value)}).`,
    );
  }
  if (value.length === 0 || value.length > MAX_AXIS_VALUES) {
    throw new SweepSpecError(
      field,
      `${field} must hold 1 to ${MAX_AXIS_VALUES} values (got ${value.length}).`,
    );
  }
  const values = value.map((v: unknown, i) => {
    const candidate = structuredClone(config);
    if (typeof v === 'number') set(candidate, v);
    try {
      // A non-number never reaches the config: report it here, in the sweep's own terms.
      if (typeof v !== 'number') throw new ConfigError(field, `it is not a number.`);
      validateConfig(candidate);
    } catch (err) {
      if (!(err instanceof ConfigError)) throw err;
      throw new SweepSpecError(
        field,
        `${field}[${i}] = ${describe(v)} cannot be used: ${err.message}`,
      );
    }
    return v === 0 ? 0 : v; // -0 would print as -0 in the export
  });
  const sorted = [...values].sort((a, b) => a - b);
  for (let i = 1; i < sorted.length; i++) {
    if (sorted[i] === sorted[i - 1]) {
      throw new SweepSpecError(
        field,
        `${field} lists ${formatNumber(sorted[i]!)} twice; give each value once.`,
      );
    }
  }
  return sorted;
}

function readRepeats(value: unknown): number {
  if (value === undefined) return 1;
  try {
    return checkNumber(value, 'repeats', 1, MAX_REPEATS, true);
  } catch (err) {
    if (err instanceof ConfigError) throw new SweepSpecError('repeats', err.message);
    throw err;
  }
}

/** The config of one point: the base config with that λ and p. */
export function pointConfig(spec: SweepSpec, lambda: number, dropoutKeep: number): ConfigV1 {
  const config = structuredClone(spec.config);
  config.regularization.lambda = lambda;
  config.model.dropoutKeep = dropoutKeep;
  return config;
}

/** One point of the grid. */
export interface SweepPointKey {
  lambda: number;
  dropoutKeep: number;
  repeat: number;
}

/** Every point in the fixed order of the export: λ, then p, then the repeat, each ascending. */
export function sweepGrid(spec: SweepSpec): SweepPointKey[] {
  const points: SweepPointKey[] = [];
  for (const lambda of spec.lambda) {
    for (const dropoutKeep of spec.dropoutKeep) {
      for (let repeat = 0; repeat < spec.repeats; repeat++) {
        points.push({ lambda, dropoutKeep, repeat });
      }
    }
  }
  return points;
}

// From the panel's settings and the main run's config to the sweep that trains: everything but λ,
// p and the way each point stops is the main run's config, so repeat 0 of a point is exactly the
// main run with that λ and p (pointConfig).
import type { ConfigV1, SweepSpec } from '../../workers/contract';
import { SweepSpecError, defaultLambdaLadder, validateSweepSpec } from '../../workers/contract';
import type { SweepSettings } from './sweepSettings';
import { DEFAULT_KEEP } from './sweepSettings';

export type SweepPlan =
  { spec: SweepSpec; problem: null } | { spec: null; problem: { field: string; message: string } };

/** What the panel offers first for a config: λ when a penalty is on, else p; 3 repeats. */
export function defaultSettings(config: ConfigV1): SweepSettings {
  const penalty = config.regularization.kind !== 'none';
  const es = config.earlyStopping;
  return {
    axes: penalty || config.model.hidden.length === 0 ? 'lambda' : 'keep',
    lambda: null,
    keep: null,
    repeats: 3,
    earlyStopping: es.enabled && !es.markOnly,
  };
}

/** The config every point starts from: the main run's, stopping as the settings say. */
export function sweepBaseConfig(config: ConfigV1, settings: SweepSettings): ConfigV1 {
  const base = structuredClone(config);
  base.earlyStopping = settings.earlyStopping
    ? { ...base.earlyStopping, enabled: true, markOnly: false }
    : { ...base.earlyStopping, enabled: false };
  return base;
}

/** The λ values the settings sweep for this config (the default ladder unless given). */
export function lambdaValues(config: ConfigV1, settings: SweepSettings): number[] {
  return settings.lambda ?? defaultLambdaLadder(config);
}

const NO_PENALTY =
  "lambda: the config's regularization.kind is 'none', so λ changes nothing; choose L1, L2 or " +
  'elastic net to sweep λ.';

export function planSweep(config: ConfigV1, settings: SweepSettings): SweepPlan {
  const base = sweepBaseConfig(config, settings);
  const sweepsLambda = settings.axes !== 'keep';
  const sweepsKeep = settings.axes !== 'lambda';
  // The default ladder of a config without a penalty is its λ alone: say so rather than train
  // 1 point.
  if (sweepsLambda && settings.lambda === null && base.regularization.kind === 'none') {
    return { spec: null, problem: { field: 'lambda', message: NO_PENALTY } };
  }
  try {
    const { spec } = validateSweepSpec({
      config: base,
      lambda: sweepsLambda ? lambdaValues(base, settings) : undefined,
      dropoutKeep: sweepsKeep ? (settings.keep ?? DEFAULT_KEEP) : undefined,
      repeats: settings.repeats,
    });
    return { spec, problem: null };
  } catch (e) {
    if (!(e instanceof SweepSpecError)) throw e;
    return { spec: null, problem: { field: e.field, message: e.message } };
  }
}

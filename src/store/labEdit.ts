// An edit to the lab is planned against every run before anything changes: the main config (which
// every variant follows) or one variant's patch is edited, each run's config is derived and
// validated, and the edit is taken for all runs or for none. So a comparison never drifts apart
// from its main run, and the state a link records always reopens (urlCodec checks the same way).
import type { ConfigV1, RunId } from '../../workers/contract';
import { applyPatch, ConfigError, diffConfig, validateConfig } from '../../workers/contract';
import type { Comparison } from './configPatch';
import { variantId } from './configPatch';
import { MAIN_RUN } from './labStore';

export interface LabSpec {
  main: ConfigV1;
  comparison: Comparison | null;
}

export interface EditProblem {
  runId: RunId;
  /** The run's label as the comparison names it (an i18n key for presets), or null alone. */
  label: string | null;
  /** The config key at fault, as the validator names it. */
  key: string | null;
  message: string;
}

export type EditPlan =
  | { spec: LabSpec; configs: Record<RunId, ConfigV1>; problem?: undefined }
  | { problem: EditProblem };

/** A copy to edit that shares the custom points (never edited in place) instead of copying them. */
export function draftOf(c: ConfigV1): ConfigV1 {
  const { points, ...data } = c.data;
  const draft: ConfigV1 = structuredClone({ ...c, data });
  if (points) draft.data.points = points;
  return draft;
}

/** Every run's validated config, or the first run that would be invalid and why. */
export function planLab(spec: LabSpec): EditPlan {
  const configs: Record<RunId, ConfigV1> = {};
  const runs: [RunId, string | null, ConfigV1][] = [
    [MAIN_RUN, spec.comparison?.mainLabel ?? null, spec.main],
    ...(spec.comparison?.variants ?? []).map((v, i): [RunId, string | null, ConfigV1] => [
      variantId(i),
      v.label,
      applyPatch(spec.main, v.patch),
    ]),
  ];
  for (const [runId, label, config] of runs) {
    try {
      configs[runId] = validateConfig(config).config;
    } catch (e) {
      const key = e instanceof ConfigError ? e.key || null : null;
      const message = e instanceof Error ? e.message : String(e);
      return { problem: { runId, label, key, message } };
    }
  }
  return { spec: { ...spec, main: configs[MAIN_RUN]! }, configs };
}

/**
 * Applies `edit` to the run `target`: the main run's config (the variants follow it), or a
 * variant's config, whose patch becomes what it now differs in from the main run.
 */
export function planEdit(spec: LabSpec, target: RunId, edit: (draft: ConfigV1) => void): EditPlan {
  if (target === MAIN_RUN) {
    const main = draftOf(spec.main);
    edit(main);
    return planLab({ ...spec, main });
  }
  const variants = spec.comparison?.variants ?? [];
  const index = variants.findIndex((_, i) => variantId(i) === target);
  if (!spec.comparison || index < 0) {
    return {
      problem: { runId: target, label: null, key: null, message: `There is no run ${target}.` },
    };
  }
  const draft = draftOf(applyPatch(spec.main, variants[index]!.patch));
  edit(draft);
  const patch = diffConfig(spec.main, draft) ?? {};
  const next = variants.map((v, i) => (i === index ? { ...v, patch } : v));
  return planLab({ ...spec, comparison: { ...spec.comparison, variants: next } });
}

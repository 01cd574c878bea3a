// A run's config as the worker takes it: validated again after the page did (so a client other
// than the page cannot put a run in an invalid state), a refusal answered as a RunProblem that
// names the key instead of thrown across the boundary.
import type { ConfigV1 } from './engine/config';
import { ConfigError, validateConfig } from './engine/validateConfig';
import type { RunProblem } from './protocol';

/** The valid config `make` builds (a patch applied, say), or the problem with it. */
export function checkedConfig(make: () => ConfigV1): { config: ConfigV1 } | RunProblem {
  try {
    return { config: validateConfig(make()).config };
  } catch (e) {
    if (e instanceof ConfigError) return { message: e.message, key: e.key || null };
    return { message: e instanceof Error ? e.message : String(e), key: null };
  }
}

// A comparison run is the main config with a few keys changed: "only what the user changes
// differs". Patches are deep-partial configs; arrays (hidden layers, features, points) replace.
import type { ConfigV1 } from '../../workers/engine/config';
import { ConfigError, MAX_NESTING, nestsDeeperThan } from '../../workers/engine/validateConfig';

export type DeepPartial<T> = T extends readonly unknown[]
  ? T
  : T extends object
    ? { [K in keyof T]?: DeepPartial<T[K]> }
    : T;

export type ConfigPatch = DeepPartial<ConfigV1>;

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/**
 * The base with the patch's keys set (a fresh object; the base is not changed). A patch from a
 * link nested far too deeply is refused with a ConfigError before structuredClone overflows the
 * stack on it.
 */
export function applyPatch<T>(base: T, patch: DeepPartial<T> | undefined): T {
  if (nestsDeeperThan(patch, MAX_NESTING)) {
    throw new ConfigError(
      '',
      `The change is nested more than ${MAX_NESTING} levels deep, far more than a change to a ` +
        'RegLab config (4 levels); check that it is a RegLab comparison.',
    );
  }
  return merge(base, patch);
}

function merge<T>(base: T, patch: DeepPartial<T> | undefined): T {
  if (patch === undefined) return structuredClone(base);
  if (!isObject(base) || !isObject(patch)) return structuredClone(patch as T);
  const out: Record<string, unknown> = structuredClone(base);
  for (const [k, v] of Object.entries(patch)) {
    if (v === undefined) continue;
    out[k] = isObject(v) && isObject(out[k]) ? merge(out[k], v) : structuredClone(v);
  }
  return out as T;
}

/** One side-by-side run besides the main one: its label and what it changes. */
export interface Variant {
  label: string;
  patch: ConfigPatch;
}

/** Two to four runs: the main run (the controls edit it) and one to three variants of it. */
export interface Comparison {
  mainLabel: string;
  variants: Variant[];
}

export const MAX_VARIANTS = 3;

/** Run ids of the variants, in order: v1, v2, v3. */
export function variantId(i: number): string {
  return `v${i + 1}`;
}

// A patch is a deep-partial config: "only what differs". Side-by-side runs are the main config
// with a patch each, and the page sends the worker patches rather than whole configs (a config
// with 5,000 custom points is large; a λ step is a few bytes). Arrays (hidden layers, features,
// points) are values: a patch replaces them whole.
import type { ConfigV1 } from './config';
import { ConfigError, MAX_NESTING, nestsDeeperThan } from './validateConfig';

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
 * The base with the patch's keys set: a fresh object, the base is not changed. Values the patch
 * does not touch are shared with the base, not copied: configs are never mutated in place, and a
 * patch that leaves 5,000 points alone should not copy them. A patch from a link nested far too
 * deeply is refused with a ConfigError before structuredClone overflows the stack on it.
 */
export function applyPatch<T>(base: T, patch: NoInfer<DeepPartial<T>> | undefined): T {
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
  if (patch === undefined) return base;
  if (!isObject(base) || !isObject(patch)) return structuredClone(patch as T);
  const out: Record<string, unknown> = { ...base };
  for (const [k, v] of Object.entries(patch)) {
    if (v === undefined) continue;
    out[k] = isObject(v) && isObject(out[k]) ? merge(out[k], v) : structuredClone(v);
  }
  return out as T;
}

function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((x, i) => sameValue(x, b[i]));
  }
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  return (
    ka.length === kb.length &&
    ka.every((k) => sameValue((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]))
  );
}

/** The smallest patch that turns `base` into `next` (undefined when they are equal). */
export function diffConfig<T>(base: T, next: T): DeepPartial<T> | undefined {
  if (sameValue(base, next)) return undefined;
  if (!isObject(base) || !isObject(next)) return structuredClone(next) as DeepPartial<T>;
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(next)) {
    const d = diffConfig(base[k], next[k]);
    if (d !== undefined) out[k] = d;
  }
  return out as DeepPartial<T>;
}

/**
 * `next`, with every part equal in value to `prev`'s being that very object of `prev` (all of
 * `prev` when they are equal). The page plans an edit on a fresh copy of every run's config
 * (structuredClone, then validation), so after a λ step every part of every config was a new
 * object and every component selecting a part (the model, the data, early stopping) rendered
 * again inside the slider's input event: 10-50 ms of React work per step with four runs on a core
 * shared with the worker. Shared parts let the store's selectors see that nothing changed.
 */
export function shareUnchanged<T>(prev: T, next: T): T {
  if (prev === next) return prev;
  if (!isObject(prev) || !isObject(next)) return sameValue(prev, next) ? prev : next;
  const out: Record<string, unknown> = {};
  let same = Object.keys(prev).length === Object.keys(next).length;
  for (const k of Object.keys(next)) {
    out[k] = shareUnchanged(prev[k], next[k]);
    if (!(k in prev) || out[k] !== prev[k]) same = false;
  }
  return same ? prev : (out as T);
}

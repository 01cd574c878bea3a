// Side-by-side runs: the main run, which the controls edit, and up to three variants, each the
// main config with a patch ("only what the user changes differs").
import type { ConfigPatch } from '../../workers/contract';

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

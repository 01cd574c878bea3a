// Building a comparison from the control panel: add a run as a copy of the main run (then change
// one setting in it), or remove one. Both go through setComparison, so every run starts over
// together on the same data, initial weights and batch order, and the link records the setup.
import type { RunId } from '../../workers/contract';
import { setComparison } from '../lab/labConfig';
import type { Comparison } from '../store/configPatch';
import { MAX_VARIANTS, variantId } from '../store/configPatch';
import { MAIN_RUN, useLab } from '../store/labStore';

/** Adds a copy of the main run (up to four runs); returns its id, or null when there is no room. */
export function addRun(): RunId | null {
  const current = useLab.getState().comparison;
  const variants = current?.variants ?? [];
  if (variants.length >= MAX_VARIANTS) return null;
  // An empty label: the panel's title is derived from what the run changes (runTitle.ts).
  const next: Comparison = {
    mainLabel: current?.mainLabel ?? '',
    variants: [...variants, { label: '', patch: {} }],
  };
  setComparison(next);
  return useLab.getState().comparison === next ? variantId(variants.length) : null;
}

/** Removes a run besides the main one; the last one removed ends the comparison. */
export function removeRun(id: RunId): void {
  const current = useLab.getState().comparison;
  if (!current || id === MAIN_RUN) return;
  const variants = current.variants.filter((_, i) => variantId(i) !== id);
  if (variants.length === current.variants.length) return;
  setComparison(variants.length ? { ...current, variants } : null);
}

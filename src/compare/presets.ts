// The quick comparisons a lecturer picks from the "Compare" menu. Each edits the main run (the
// one the controls edit) to one side of the contrast, and adds variants that patch only the one
// setting compared, so the runs differ in nothing else (same data, initial weights, batch order).
import type { ConfigV1 } from '../../workers/contract';
import type { Comparison } from '../store/configPatch';

export type PresetKey = 'regularization' | 'dropout' | 'earlyStopping' | 'batchNorm';

export const PRESET_KEYS: readonly PresetKey[] = [
  'regularization',
  'dropout',
  'earlyStopping',
  'batchNorm',
];

export interface Preset {
  /** The main run's side of the contrast. */
  editMain: (c: ConfigV1) => void;
  comparison: Comparison;
}

/** Run labels are i18n keys ('compare.run.l1'): links stay language-neutral. */
export const PRESETS: Record<PresetKey, Preset> = {
  regularization: {
    // λ is the main run's: L1 and L2 use the strength the controls show.
    editMain: (c) => (c.regularization.kind = 'none'),
    comparison: {
      mainLabel: 'compare.run.none',
      variants: [
        { label: 'compare.run.l1', patch: { regularization: { kind: 'l1' } } },
        { label: 'compare.run.l2', patch: { regularization: { kind: 'l2' } } },
      ],
    },
  },
  dropout: {
    editMain: (c) => (c.model.dropoutKeep = 1),
    comparison: {
      mainLabel: 'compare.run.p1',
      variants: [{ label: 'compare.run.p05', patch: { model: { dropoutKeep: 0.5 } } }],
    },
  },
  earlyStopping: {
    // "Mark only" against off shows nothing different: stopping (with the best weights restored)
    // against training on is the contrast the class should see.
    editMain: (c) => {
      c.earlyStopping.enabled = true;
      c.earlyStopping.restoreBest = true;
      c.earlyStopping.markOnly = false;
    },
    comparison: {
      mainLabel: 'compare.run.esOn',
      variants: [{ label: 'compare.run.esOff', patch: { earlyStopping: { enabled: false } } }],
    },
  },
  batchNorm: {
    editMain: (c) => (c.model.batchNorm = true),
    comparison: {
      mainLabel: 'compare.run.bnOn',
      variants: [{ label: 'compare.run.bnOff', patch: { model: { batchNorm: false } } }],
    },
  },
};

/** Which preset a comparison is (by its labels), or null for one from elsewhere (a link). */
export function presetOf(c: Comparison | null): PresetKey | null {
  if (!c) return null;
  const labels = (x: Comparison) => [x.mainLabel, ...x.variants.map((v) => v.label)].join('|');
  return PRESET_KEYS.find((k) => labels(PRESETS[k].comparison) === labels(c)) ?? null;
}

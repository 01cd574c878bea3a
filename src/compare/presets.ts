// The quick comparisons a student picks from the "Compare" menu: each a typed object like a
// lesson's comparison (src/lesson/lesson.ts), for whatever lab is on screen. Each edits the main
// run (the one the controls edit) to one side of the contrast and adds variants that patch only
// the setting compared, so the runs differ in nothing else (same data, initial weights, batch
// order). Run labels are i18n keys ('compare.run.l1'): links stay language-neutral.
import type { ConfigV1 } from '../../workers/contract';
import type { StringKey } from '../i18n';
import type { Comparison } from '../store/configPatch';

export const QUICK_COMPARISON_IDS = [
  'regularization',
  'penaltiesAndDropout',
  'dropout',
  'earlyStopping',
  'batchNorm',
] as const;
export type QuickComparisonId = (typeof QUICK_COMPARISON_IDS)[number];

export interface QuickComparison {
  id: QuickComparisonId;
  /** The menu's name for it. */
  labelKey: StringKey;
  /** The main run's side of the contrast. */
  editMain: (c: ConfigV1) => void;
  comparison: Comparison;
}

const noPenalty = (c: ConfigV1) => {
  c.regularization.kind = 'none';
};

export const QUICK_COMPARISONS: readonly QuickComparison[] = [
  {
    id: 'regularization',
    labelKey: 'compare.preset.regularization',
    // λ is the main run's: L1 and L2 use the strength the controls show.
    editMain: noPenalty,
    comparison: {
      mainLabel: 'compare.run.none',
      variants: [
        { label: 'compare.run.l1', patch: { regularization: { kind: 'l1' } } },
        { label: 'compare.run.l2', patch: { regularization: { kind: 'l2' } } },
      ],
    },
  },
  {
    id: 'penaltiesAndDropout',
    labelKey: 'lesson.quick.penaltiesAndDropout',
    editMain: (c) => {
      noPenalty(c);
      c.model.dropoutKeep = 1;
    },
    comparison: {
      mainLabel: 'compare.run.none',
      variants: [
        { label: 'compare.run.l1', patch: { regularization: { kind: 'l1' } } },
        { label: 'compare.run.l2', patch: { regularization: { kind: 'l2' } } },
        {
          label: 'lesson.run.l2Dropout',
          patch: { regularization: { kind: 'l2' }, model: { dropoutKeep: 0.5 } },
        },
      ],
    },
  },
  {
    id: 'dropout',
    labelKey: 'compare.preset.dropout',
    editMain: (c) => {
      c.model.dropoutKeep = 1;
    },
    comparison: {
      mainLabel: 'compare.run.p1',
      variants: [{ label: 'compare.run.p05', patch: { model: { dropoutKeep: 0.5 } } }],
    },
  },
  {
    id: 'earlyStopping',
    labelKey: 'compare.preset.earlyStopping',
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
  {
    id: 'batchNorm',
    labelKey: 'compare.preset.batchNorm',
    editMain: (c) => {
      c.model.batchNorm = true;
    },
    comparison: {
      mainLabel: 'compare.run.bnOn',
      variants: [{ label: 'compare.run.bnOff', patch: { model: { batchNorm: false } } }],
    },
  },
];

function labels(c: Comparison): string {
  return [c.mainLabel, ...c.variants.map((v) => v.label)].join('|');
}

/** Which quick comparison a comparison is (by its runs' labels), or null. */
export function quickComparisonOf(c: Comparison | null): QuickComparison | null {
  if (!c) return null;
  return QUICK_COMPARISONS.find((q) => labels(q.comparison) === labels(c)) ?? null;
}

// The lesson presets: one config (and usually a side-by-side comparison) per effect a lecturer
// wants to show. Each was tuned headlessly so its effect appears within its own epoch budget
// (`config.epochs`), in well under 15 s at the paced lesson speed; presets.test.ts trains each and
// holds it. The overfitting family starts from the default lab (defaultLab.ts,
// docs/default-lab.md), so a lesson and the lab a student goes on playing with are the same.
import { defaultConfig, FEATURES } from '../../workers/contract';
import type { ConfigV1 } from '../../workers/contract';
import type { Comparison } from '../store/configPatch';
import { applyPatch } from '../../workers/contract';
import type { ConfigPatch } from '../../workers/contract';
import { DEFAULT_LAB_RANGES, defaultLabConfig } from './defaultLab';
import type { ControlRanges } from './defaultLab';

export const LESSON_IDS = [
  'overfitting',
  'l2',
  'l1-features',
  'l1-vs-l2',
  'dropout',
  'early-stopping',
  'batch-norm',
  'augmentation',
  'l1-l2-dropout',
  'combined',
] as const;
export type LessonId = (typeof LESSON_IDS)[number];

export interface LessonPreset {
  id: LessonId;
  /** i18n keys of the menu title and of the two or three sentences on what to look for. */
  titleKey: `lesson.${LessonId}.title`;
  descriptionKey: `lesson.${LessonId}.description`;
  config: ConfigV1;
  /** Labels are short and language-neutral (or i18n keys): they travel in the URL. */
  comparison?: Comparison;
  /** The sliders' ranges where they differ from the default lab's (DEFAULT_LAB_RANGES). */
  ranges?: ControlRanges;
}

/**
 * The default lab with the lessons' budget: 40 noisy training moons (one label in ten flipped), all
 * seven features, six tanh units. Validation loss bottoms out near epoch 40 and has climbed 25 %
 * above its minimum by epoch ~110, while training loss falls towards 0.
 */
function overfittingConfig(): ConfigV1 {
  const c = defaultLabConfig();
  c.epochs = 1500;
  return c;
}

function withPatch(patch: ConfigPatch): ConfigV1 {
  return applyPatch<ConfigV1>(overfittingConfig(), patch);
}

/** Every regularizer off: the comparison baseline of the overfitting family. */
const NO_PENALTY: ConfigPatch = { regularization: { kind: 'none' } };

/**
 * Logistic regression (no hidden layer) on a circle with all seven features: only x1² and x2²
 * matter (the label is the radius), so a strong L1 penalty zeroes the other five exactly. A small
 * learning rate lets the class watch them switch off one after another (the last by epoch ~160)
 * instead of all within the first 20 epochs, and keeps the loss curve a readable descent.
 */
function featureSelectionConfig(): ConfigV1 {
  const c = defaultConfig();
  c.epochs = 600;
  c.data = {
    dataset: 'circle',
    samples: 200,
    noise: 0.5,
    labelNoise: 0,
    split: { train: 0.5, val: 0.5, test: 0 },
  };
  c.features = [...FEATURES];
  c.model.hidden = [];
  c.optimizer = { kind: 'adam', learningRate: 0.001, batchSize: 10 };
  c.regularization = { ...c.regularization, kind: 'l1', lambda: 0.1 };
  return c;
}

/** λ = 0.1 in the middle; at 10 (from about 3) every weight is 0 and the model predicts one class. */
const FEATURE_SELECTION_RANGES: ControlRanges = {
  lambda: { min: 1e-3, max: 10 },
  dropoutKeep: DEFAULT_LAB_RANGES.dropoutKeep,
};

/**
 * A hidden layer this time, so the weight histograms have something to show. At λ = 0.03 (and a
 * learning rate slow enough that the zeros climb over the first ~100 epochs) L1 ends with 92 % exact
 * zeros while L2 pulls the weight norm from 3.8 at initialization to about 2.2, none of them 0.
 */
function l1VsL2Config(): ConfigV1 {
  const c = featureSelectionConfig();
  c.features = ['x1', 'x2', 'x1^2', 'x2^2'];
  c.model.hidden = [8, 8];
  c.optimizer = { ...c.optimizer, learningRate: 0.003 };
  c.regularization = { ...c.regularization, kind: 'l1', lambda: 0.03 };
  return c;
}

/** λ = 0.03 in the middle; from 0.3 every L1 weight is 0, at 1 L2 flattens the map too. */
const L1_VS_L2_RANGES: ControlRanges = {
  lambda: { min: 1e-3, max: 1 },
  dropoutKeep: DEFAULT_LAB_RANGES.dropoutKeep,
};

/**
 * A deep sigmoid network under plain SGD: without batch norm the signal fades through four
 * saturating layers and the loss sits near chance for a long time; with it, it learns at once.
 */
function batchNormConfig(): ConfigV1 {
  const c = defaultConfig();
  c.epochs = 300;
  c.data = { ...c.data, dataset: 'circle', samples: 300, noise: 0.3 };
  c.model = { hidden: [8, 8, 8, 8], activation: 'sigmoid', batchNorm: true, dropoutKeep: 1 };
  c.optimizer = { kind: 'sgd', learningRate: 0.3, batchSize: 10 };
  return c;
}

/**
 * XOR's label is the sign of x1·x2: scaling keeps it, a mirror flip of one axis reverses it.
 * Few points, so the right transform has something to add.
 */
function augmentationConfig(): ConfigV1 {
  const c = defaultConfig();
  c.epochs = 1000;
  c.data = {
    dataset: 'xor',
    samples: 40,
    noise: 0.3,
    labelNoise: 0,
    split: { train: 0.5, val: 0.5, test: 0 },
  };
  c.model.hidden = [16, 16];
  c.optimizer = { kind: 'adam', learningRate: 0.01, batchSize: 10 };
  c.augmentation = { ...c.augmentation, scale: 0.3 };
  return c;
}

const NO_AUGMENTATION: ConfigPatch = {
  augmentation: { jitter: 0, rotate: 0, flip: 'none', scale: 0, mixup: 0 },
};

function preset(
  id: LessonId,
  config: ConfigV1,
  comparison?: Comparison,
  ranges?: ControlRanges,
): LessonPreset {
  return {
    id,
    titleKey: `lesson.${id}.title`,
    descriptionKey: `lesson.${id}.description`,
    config,
    ...(comparison ? { comparison } : {}),
    ...(ranges ? { ranges } : {}),
  };
}

/** The default λ of the default lab: each penalty rescues it there without killing it. */
const LAB_L1: ConfigPatch = { regularization: { kind: 'l1' } };
const LAB_L2: ConfigPatch = { regularization: { kind: 'l2' } };

export const PRESETS: readonly LessonPreset[] = [
  preset('overfitting', overfittingConfig()),
  preset('l2', withPatch(LAB_L2), {
    mainLabel: 'L2',
    variants: [{ label: 'no penalty', patch: NO_PENALTY }],
  }),
  preset(
    'l1-features',
    featureSelectionConfig(),
    { mainLabel: 'L1', variants: [{ label: 'no penalty', patch: NO_PENALTY }] },
    FEATURE_SELECTION_RANGES,
  ),
  preset(
    'l1-vs-l2',
    l1VsL2Config(),
    { mainLabel: 'L1', variants: [{ label: 'L2', patch: { regularization: { kind: 'l2' } } }] },
    L1_VS_L2_RANGES,
  ),
  // p = 0.5 keeps three of the six units on average: enough to learn the moons, and the noise
  // stops it memorising the flipped labels (docs/default-lab.md: p = 0.3 still learns).
  preset('dropout', withPatch({ model: { dropoutKeep: 0.5 } }), {
    mainLabel: 'p = 0.5',
    variants: [{ label: 'p = 1', patch: { model: { dropoutKeep: 1 } } }],
  }),
  preset(
    'early-stopping',
    withPatch({ earlyStopping: { enabled: true, markOnly: true, patience: 100 } }),
  ),
  preset('batch-norm', batchNormConfig(), {
    mainLabel: 'BN on',
    variants: [{ label: 'BN off', patch: { model: { batchNorm: false } } }],
  }),
  preset('augmentation', augmentationConfig(), {
    mainLabel: 'scale',
    variants: [
      { label: 'none', patch: NO_AUGMENTATION },
      { label: 'flip', patch: { augmentation: { scale: 0, flip: 'horizontal' } } },
    ],
  }),
  // The default lab four ways, every penalty at the lab's default λ: labels are i18n keys where
  // one exists (compare.run.*), the last is the same in both languages.
  preset('l1-l2-dropout', overfittingConfig(), {
    mainLabel: 'compare.run.none',
    variants: [
      { label: 'compare.run.l1', patch: LAB_L1 },
      { label: 'compare.run.l2', patch: LAB_L2 },
      { label: 'L2 + Dropout p = 0.5', patch: { ...LAB_L2, model: { dropoutKeep: 0.5 } } },
    ],
  }),
  preset(
    'combined',
    withPatch({
      regularization: { kind: 'l2', lambda: 0.003 },
      model: { dropoutKeep: 0.9 },
      augmentation: { jitter: 0.5 },
      earlyStopping: { enabled: true, markOnly: true, patience: 200 },
    }),
    {
      mainLabel: 'all',
      variants: [
        {
          label: 'none',
          patch: {
            ...NO_PENALTY,
            model: { dropoutKeep: 1 },
            ...NO_AUGMENTATION,
            earlyStopping: { enabled: false },
          },
        },
      ],
    },
  ),
];

export function presetById(id: string): LessonPreset | undefined {
  return PRESETS.find((p) => p.id === id);
}

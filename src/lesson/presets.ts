// The lesson presets: one config (and usually a side-by-side comparison) per effect a lecturer
// wants to show. Each was tuned headlessly so its effect appears within a few hundred to a couple
// of thousand epochs (well under 30 s at live speed); presets.test.ts trains each and holds it.
import { defaultConfig, FEATURES } from '../../workers/contract';
import type { ConfigV1 } from '../../workers/contract';
import type { Comparison } from '../store/configPatch';
import { applyPatch } from '../../workers/contract';
import type { ConfigPatch } from '../../workers/contract';

export const LESSON_IDS = [
  'overfitting',
  'l2',
  'l1-features',
  'l1-vs-l2',
  'dropout',
  'early-stopping',
  'batch-norm',
  'augmentation',
  'combined',
] as const;
export type LessonId = (typeof LESSON_IDS)[number];

export interface LessonPreset {
  id: LessonId;
  /** i18n keys of the menu title and of the two or three sentences on what to look for. */
  titleKey: `lesson.${LessonId}.title`;
  descriptionKey: `lesson.${LessonId}.description`;
  config: ConfigV1;
  /** Labels are short and language-neutral: they travel in the URL. */
  comparison?: Comparison;
}

/**
 * Few noisy points (80 moons, 10 % flipped labels, half held out) and a wide network: Adam fits
 * the training points to a loss near 0 while validation loss bottoms out near epoch 150 and then
 * climbs to more than twice its minimum by epoch 1500.
 */
function overfittingConfig(): ConfigV1 {
  const c = defaultConfig();
  c.epochs = 1500;
  c.data = {
    dataset: 'moons',
    samples: 80,
    noise: 0.5,
    labelNoise: 0.1,
    split: { train: 0.5, val: 0.5, test: 0 },
  };
  c.model.hidden = [24, 24];
  c.optimizer = { kind: 'adam', learningRate: 0.01, batchSize: 20 };
  return c;
}

function withPatch(patch: ConfigPatch): ConfigV1 {
  return applyPatch<ConfigV1>(overfittingConfig(), patch);
}

/** Every regularizer off: the comparison baseline of the overfitting family. */
const NO_PENALTY: ConfigPatch = { regularization: { kind: 'none' } };

/**
 * Logistic regression (no hidden layer) on a circle with all seven features: only x1² and x2²
 * matter (the label is the radius), so a strong L1 penalty zeroes the other five exactly.
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
  c.regularization = { ...c.regularization, kind: 'l1', lambda: 0.1 };
  return c;
}

/** A hidden layer this time, so the weight histograms have something to show. */
function l1VsL2Config(): ConfigV1 {
  const c = featureSelectionConfig();
  c.features = ['x1', 'x2', 'x1^2', 'x2^2'];
  c.model.hidden = [8, 8];
  c.regularization = { ...c.regularization, kind: 'l1', lambda: 0.01 };
  return c;
}

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

function preset(id: LessonId, config: ConfigV1, comparison?: Comparison): LessonPreset {
  return {
    id,
    titleKey: `lesson.${id}.title`,
    descriptionKey: `lesson.${id}.description`,
    config,
    ...(comparison ? { comparison } : {}),
  };
}

export const PRESETS: readonly LessonPreset[] = [
  preset('overfitting', overfittingConfig()),
  preset('l2', withPatch({ regularization: { kind: 'l2', lambda: 0.01 } }), {
    mainLabel: 'L2',
    variants: [{ label: 'no penalty', patch: NO_PENALTY }],
  }),
  preset('l1-features', featureSelectionConfig(), {
    mainLabel: 'L1',
    variants: [{ label: 'no penalty', patch: NO_PENALTY }],
  }),
  preset('l1-vs-l2', l1VsL2Config(), {
    mainLabel: 'L1',
    variants: [{ label: 'L2', patch: { regularization: { kind: 'l2' } } }],
  }),
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
  preset(
    'combined',
    withPatch({
      regularization: { kind: 'l2', lambda: 0.003 },
      model: { dropoutKeep: 0.9 },
      augmentation: { jitter: 0.3 },
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

// The lessons: the one list the Lesson menu, presentation mode, links and tests read. Adding a
// lesson is one entry here plus its three texts in src/i18n/en|zh/lessonTexts.ts (a missing text
// is a compile error). This module is a chunk of its own (with the texts): see lessonStore.ts.
//
// Each lesson's pace is the epochs per second at which its effect unfolds where the class can
// follow it, its budget (`config.epochs`) what the story needs: the budget plays within 30 s at
// the lesson's pace and the promised effect within 15 s (docs/default-lab.md, docs/views.md;
// lessonEffects.test.ts and viewLessons.test.ts hold the effects, catalog.test.ts the timing).
import type { ConfigPatch, ConfigV1 } from '../../workers/contract';
import { LESSON_TEXTS } from '../i18n/lessonTexts';
import type { Comparison } from '../store/configPatch';
import { DEFAULT_LAB_RANGES, LESSON_PACED_SPEED } from './defaultLab';
import type { ControlRanges } from './defaultLab';
import { CHOOSE_LAMBDA_SWEEP, chooseLambdaConfig } from '../sweep/sweepLesson';
import type { Lesson, LessonId, Technique, ViewId } from './lesson';
import {
  augmentationConfig,
  batchNormConfig,
  FEATURE_SELECTION_RANGES,
  featureSelectionConfig,
  L1_VS_L2_RANGES,
  l1VsL2Config,
  NO_AUGMENTATION,
  NO_PENALTY,
  overfittingConfig,
  withPatch,
} from './lessonConfigs';
import {
  BATCH_NORM_LEARNING_RATE_COMPARISON,
  batchNormLearningRateConfig,
  dropoutEnsembleConfig,
  L1_GEOMETRY_COMPARISON,
  l1GeometryConfig,
  L2_VS_ADAMW_COMPARISON,
  l2VsAdamWConfig,
} from './viewLessons';

export { LESSON_TEXTS };

interface LessonParts {
  config: ConfigV1;
  comparison?: Comparison;
  ranges?: ControlRanges;
  pacedSpeed?: number;
  techniques: readonly Technique[];
  view?: ViewId;
  sweep?: string;
}

function lesson(id: LessonId, parts: LessonParts): Lesson {
  return {
    id,
    titleKey: `lesson.${id}.title`,
    captionKey: `lesson.${id}.caption`,
    lookForKey: `lesson.${id}.lookFor`,
    config: parts.config,
    comparison: parts.comparison ?? null,
    ranges: parts.ranges ?? DEFAULT_LAB_RANGES,
    pacedSpeed: parts.pacedSpeed ?? LESSON_PACED_SPEED,
    techniques: parts.techniques,
    ...(parts.view ? { view: parts.view } : {}),
    ...(parts.sweep ? { sweep: parts.sweep } : {}),
  };
}

/** The default λ of the default lab: each penalty rescues it there without killing it. */
const LAB_L1: ConfigPatch = { regularization: { kind: 'l1' } };
const LAB_L2: ConfigPatch = { regularization: { kind: 'l2' } };

/** λ = 0.8 near the middle; from about 5 both weights are 0 and the model predicts one class. */
const L1_GEOMETRY_RANGES: ControlRanges = {
  lambda: { min: 0.05, max: 10 },
  dropoutKeep: DEFAULT_LAB_RANGES.dropoutKeep,
};

export const LESSONS: readonly Lesson[] = [
  lesson('overfitting', { config: overfittingConfig(), techniques: [] }),
  lesson('l2', {
    config: withPatch(LAB_L2),
    comparison: {
      mainLabel: 'compare.run.l2',
      variants: [{ label: 'lesson.run.noPenalty', patch: NO_PENALTY }],
    },
    techniques: ['regularization'],
  }),
  // The five zeros arrive between epochs 31 and 164: at 30 epochs/s one every second or so.
  lesson('l1-features', {
    config: featureSelectionConfig(),
    comparison: {
      mainLabel: 'compare.run.l1',
      variants: [{ label: 'lesson.run.noPenalty', patch: NO_PENALTY }],
    },
    ranges: FEATURE_SELECTION_RANGES,
    pacedSpeed: 30,
    techniques: ['regularization'],
  }),
  // L1 passes half zeros at epoch 17 and 80 % at 73: at 30 epochs/s within 3 s, not in a blink.
  lesson('l1-vs-l2', {
    config: l1VsL2Config(),
    comparison: {
      mainLabel: 'compare.run.l1',
      variants: [{ label: 'compare.run.l2', patch: { regularization: { kind: 'l2' } } }],
    },
    ranges: L1_VS_L2_RANGES,
    pacedSpeed: 30,
    techniques: ['regularization'],
  }),
  // p = 0.5 keeps three of the six units on average: enough to learn the moons, and the noise
  // stops it memorising the flipped labels (docs/default-lab.md: p = 0.3 still learns).
  lesson('dropout', {
    config: withPatch({ model: { dropoutKeep: 0.5 } }),
    comparison: {
      mainLabel: 'compare.run.p05',
      variants: [{ label: 'compare.run.p1', patch: { model: { dropoutKeep: 1 } } }],
    },
    techniques: ['dropout'],
  }),
  // Best epoch 36, stop marked at 136: at 50 epochs/s the marks come 2 s apart.
  lesson('early-stopping', {
    config: withPatch({ earlyStopping: { enabled: true, markOnly: true, patience: 100 } }),
    pacedSpeed: 50,
    techniques: ['earlyStopping'],
  }),
  // With batch norm the loss is below 0.3 by epoch 16, without only by 240: 1 s against 12 s.
  lesson('batch-norm', {
    config: batchNormConfig(),
    comparison: {
      mainLabel: 'compare.run.bnOn',
      variants: [{ label: 'compare.run.bnOff', patch: { model: { batchNorm: false } } }],
    },
    pacedSpeed: 20,
    techniques: ['batchNorm'],
  }),
  lesson('augmentation', {
    config: augmentationConfig(),
    comparison: {
      mainLabel: 'lesson.run.scale',
      variants: [
        { label: 'lesson.run.noAugmentation', patch: NO_AUGMENTATION },
        { label: 'lesson.run.flip', patch: { augmentation: { scale: 0, flip: 'horizontal' } } },
      ],
    },
    pacedSpeed: 50,
    techniques: ['augmentation'],
  }),
  // The default lab four ways, every penalty at the lab's default λ.
  lesson('l1-l2-dropout', {
    config: overfittingConfig(),
    comparison: {
      mainLabel: 'compare.run.none',
      variants: [
        { label: 'compare.run.l1', patch: LAB_L1 },
        { label: 'compare.run.l2', patch: LAB_L2 },
        { label: 'lesson.run.l2Dropout', patch: { ...LAB_L2, model: { dropoutKeep: 0.5 } } },
      ],
    },
    techniques: ['regularization'],
  }),
  lesson('combined', {
    config: withPatch({
      regularization: { kind: 'l2', lambda: 0.003 },
      model: { dropoutKeep: 0.9 },
      augmentation: { jitter: 0.5 },
      earlyStopping: { enabled: true, markOnly: true, patience: 200 },
    }),
    comparison: {
      mainLabel: 'lesson.run.all',
      variants: [
        {
          label: 'lesson.run.noTechnique',
          patch: {
            ...NO_PENALTY,
            model: { dropoutKeep: 1 },
            ...NO_AUGMENTATION,
            earlyStopping: { enabled: false },
          },
        },
      ],
    },
    techniques: ['regularization', 'dropout', 'earlyStopping', 'augmentation'],
  }),
  // x1's weight lands on 0 near epoch 70: at 50 epochs/s after about 1.5 s, then stays.
  lesson('l1-geometry', {
    config: l1GeometryConfig(),
    comparison: L1_GEOMETRY_COMPARISON,
    ranges: L1_GEOMETRY_RANGES,
    pacedSpeed: 50,
    techniques: ['regularization'],
    view: 'geometry',
  }),
  lesson('dropout-ensemble', {
    config: dropoutEnsembleConfig(),
    pacedSpeed: 20,
    techniques: ['dropout'],
    view: 'dropout-ensemble',
  }),
  lesson('batch-norm-learning-rate', {
    config: batchNormLearningRateConfig(),
    comparison: BATCH_NORM_LEARNING_RATE_COMPARISON,
    pacedSpeed: 20,
    techniques: ['batchNorm', 'learningRate'],
    view: 'batch-norm',
  }),
  lesson('l2-vs-adamw', {
    config: l2VsAdamWConfig(),
    comparison: L2_VS_ADAMW_COMPARISON,
    pacedSpeed: 30,
    techniques: ['regularization', 'weightDecay'],
  }),
  // The sweep's 39 short runs take about 2 s on one sweep worker (the live run keeps its frames).
  lesson('choose-lambda', {
    config: chooseLambdaConfig(),
    techniques: ['regularization'],
    view: 'sweep',
    sweep: CHOOSE_LAMBDA_SWEEP,
  }),
];

/** A lesson by id; undefined for an id no lesson has (an old or hand-made link). */
export function lessonById(id: string): Lesson | undefined {
  return LESSONS.find((l) => l.id === id);
}

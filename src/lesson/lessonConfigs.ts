// The settings of the lessons on the overfitting lab and of the classic ones (batch norm,
// augmentation, L1's feature selection): one builder per lesson, each tuned headlessly so its
// effect appears within its own epoch budget (`config.epochs`), in well under 15 s at the paced
// lesson speed; lessonEffects.test.ts trains each and holds it. The overfitting family starts from
// the default lab (defaultLab.ts, docs/default-lab.md), so a lesson and the lab a student goes on
// playing with are the same. The "why" views' lessons are in viewLessons.ts.
import { applyPatch, defaultConfig, FEATURES } from '../../workers/contract';
import type { ConfigPatch, ConfigV1 } from '../../workers/contract';
import { DEFAULT_LAB_RANGES, defaultLabConfig } from './defaultLab';
import type { ControlRanges } from './defaultLab';

/**
 * The default lab with the lessons' budget: 40 noisy training moons (one label in ten flipped), all
 * seven features, six tanh units. Validation loss bottoms out near epoch 40 and has climbed 25 %
 * above its minimum by epoch ~110, while training loss falls towards 0.
 */
export function overfittingConfig(): ConfigV1 {
  const c = defaultLabConfig();
  c.epochs = 1500;
  return c;
}

export function withPatch(patch: ConfigPatch): ConfigV1 {
  return applyPatch<ConfigV1>(overfittingConfig(), patch);
}

/** Every regularizer off: the comparison baseline of the overfitting family. */
export const NO_PENALTY: ConfigPatch = { regularization: { kind: 'none' } };

/**
 * Logistic regression (no hidden layer) on a circle with all seven features: only x1² and x2²
 * matter (the label is the radius), so a strong L1 penalty zeroes the other five exactly. A small
 * learning rate lets the class watch them switch off one after another (the last by epoch ~160)
 * instead of all within the first 20 epochs, and keeps the loss curve a readable descent.
 */
export function featureSelectionConfig(): ConfigV1 {
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
export const FEATURE_SELECTION_RANGES: ControlRanges = {
  lambda: { min: 1e-3, max: 10 },
  dropoutKeep: DEFAULT_LAB_RANGES.dropoutKeep,
};

/**
 * A hidden layer this time, so the weight histograms have something to show. At λ = 0.03 (and a
 * learning rate slow enough that the zeros climb over the first ~100 epochs) L1 ends with 92 % exact
 * zeros while L2 pulls the weight norm from 3.8 at initialization to about 2.2, none of them 0.
 */
export function l1VsL2Config(): ConfigV1 {
  const c = featureSelectionConfig();
  c.features = ['x1', 'x2', 'x1^2', 'x2^2'];
  c.model.hidden = [8, 8];
  c.optimizer = { ...c.optimizer, learningRate: 0.003 };
  c.regularization = { ...c.regularization, kind: 'l1', lambda: 0.03 };
  return c;
}

/** λ = 0.03 in the middle; from 0.3 every L1 weight is 0, at 1 L2 flattens the map too. */
export const L1_VS_L2_RANGES: ControlRanges = {
  lambda: { min: 1e-3, max: 1 },
  dropoutKeep: DEFAULT_LAB_RANGES.dropoutKeep,
};

/**
 * A deep sigmoid network under plain SGD: without batch norm the signal fades through four
 * saturating layers and the loss sits near chance for a long time; with it, it learns at once.
 */
export function batchNormConfig(): ConfigV1 {
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
export function augmentationConfig(): ConfigV1 {
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

export const NO_AUGMENTATION: ConfigPatch = {
  augmentation: { jitter: 0, rotate: 0, flip: 'none', scale: 0, mixup: 0 },
};

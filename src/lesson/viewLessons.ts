// The settings of the lessons for the "why it works" views (issue 11): a config per lesson (and a
// side-by-side comparison where the point is a contrast), each tuned headlessly so its effect
// shows within config.epochs; viewLessons.test.ts trains each and holds it through its view. The
// lessons themselves (texts, view, controls) are entries of catalog.ts. Run labels are i18n keys.
import { defaultConfig } from '../../workers/contract';
import type { ConfigV1 } from '../../workers/contract';
import type { Comparison } from '../store/configPatch';

/**
 * "Why L1 gives exact zeros": logistic regression (no hidden layer) on two features, where the
 * plane of the two weights is the whole model and the geometry is exact. The two Gaussian blobs
 * sit on the diagonal, so x1 and x2 say nearly the same thing: the loss's contours are long
 * ellipses, and the L1 diamond meets them at a corner. From its start at (1.14, 0.77) the x1
 * weight reaches exactly 0 near epoch 70 and stays; x2 alone keeps the boundary (validation
 * accuracy 0.975). L2 at the same λ shares the weight between both and zeroes neither.
 * Full-batch gradient steps, so the run converges to the plane's penalized minimum itself.
 */
export function l1GeometryConfig(): ConfigV1 {
  const c = defaultConfig();
  c.seed = 8;
  c.epochs = 1000;
  c.data = {
    dataset: 'gaussian',
    samples: 200,
    noise: 0.5,
    labelNoise: 0,
    split: { train: 0.6, val: 0.2, test: 0.2 },
  };
  c.features = ['x1', 'x2'];
  c.model = { hidden: [], activation: 'tanh', batchNorm: false, dropoutKeep: 1 };
  c.optimizer = { kind: 'sgd', learningRate: 0.1, batchSize: 0 };
  c.regularization = { ...c.regularization, kind: 'l1', lambda: 0.8 };
  return c;
}

export const L1_GEOMETRY_COMPARISON: Comparison = {
  mainLabel: 'compare.run.l1',
  variants: [
    { label: 'compare.run.l2', patch: { regularization: { kind: 'l2' } } },
    { label: 'lesson.run.noPenalty', patch: { regularization: { kind: 'none' } } },
  ],
};

/**
 * "Dropout is an ensemble": a circle learnt with p = 0.5 by two hidden layers of 16. The 0.5
 * contours of 32 thinned networks scatter around the full network's boundary, their average
 * agrees with it on 99 % of the plane, and evaluating without the test-time convention
 * (every hidden output × p) drops validation accuracy from 0.97 to 0.43.
 */
export function dropoutEnsembleConfig(): ConfigV1 {
  const c = defaultConfig();
  c.epochs = 300;
  c.data = { ...c.data, dataset: 'circle', samples: 300, noise: 0.3 };
  c.model = { hidden: [16, 16], activation: 'tanh', batchNorm: false, dropoutKeep: 0.5 };
  c.optimizer = { kind: 'adam', learningRate: 0.01, batchSize: 10 };
  return c;
}

/**
 * "Batch norm: noise and a higher learning rate": three tanh layers of 8 under plain SGD at
 * learning rate 2. With batch norm the run learns the circle (validation loss about 0.2);
 * without it the same step size throws the weights about and the loss stays above 0.5; without
 * batch norm at a tenth of the rate it learns again, so the step size is what batch norm rescued.
 */
export function batchNormLearningRateConfig(): ConfigV1 {
  const c = defaultConfig();
  c.epochs = 200;
  c.data = { ...c.data, dataset: 'circle', samples: 300, noise: 0.3 };
  c.model = { hidden: [8, 8, 8], activation: 'tanh', batchNorm: true, dropoutKeep: 1 };
  c.optimizer = { kind: 'sgd', learningRate: 2, batchSize: 10 };
  return c;
}

export const BATCH_NORM_LEARNING_RATE_COMPARISON: Comparison = {
  mainLabel: 'lesson.run.bnLr2',
  variants: [
    { label: 'lesson.run.noBnLr2', patch: { model: { batchNorm: false } } },
    {
      label: 'lesson.run.noBnLr02',
      patch: { model: { batchNorm: false }, optimizer: { learningRate: 0.2 } },
    },
  ],
};

/**
 * "L2 vs AdamW under Adam": the same λ = 0.01 as L2 in the loss and as decoupled weight decay,
 * under Adam and under plain SGD, on few noisy moons with a [16, 16] network. Under SGD the two
 * runs are the same run; under Adam, L2 divided by √v̂ shrinks the weights far harder (weight
 * norm about 3.6 against 16 for AdamW, whose lr·λ = 1e-4 per step barely acts).
 */
export function l2VsAdamWConfig(): ConfigV1 {
  const c = defaultConfig();
  c.epochs = 600;
  c.data = {
    dataset: 'moons',
    samples: 80,
    noise: 0.5,
    labelNoise: 0.1,
    split: { train: 0.5, val: 0.5, test: 0 },
  };
  c.model = { hidden: [16, 16], activation: 'tanh', batchNorm: false, dropoutKeep: 1 };
  c.optimizer = { kind: 'adam', learningRate: 0.01, batchSize: 20 };
  c.regularization = { ...c.regularization, kind: 'l2', lambda: 0.01, decoupled: false };
  return c;
}

const SGD = { optimizer: { kind: 'sgd' as const, learningRate: 0.1 } };

export const L2_VS_ADAMW_COMPARISON: Comparison = {
  mainLabel: 'lesson.run.adamL2',
  variants: [
    { label: 'lesson.run.adamW', patch: { regularization: { decoupled: true } } },
    { label: 'lesson.run.sgdL2', patch: SGD },
    { label: 'lesson.run.sgdDecay', patch: { ...SGD, regularization: { decoupled: true } } },
  ],
};

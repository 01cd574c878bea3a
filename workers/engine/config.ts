// Config v1: the public contract carried by the URL hash, presets, exports and the CLI
// (see docs/config.md). Change it only by adding fields or bumping `version`.

export const DATASETS = ['circle', 'xor', 'gaussian', 'spiral', 'moons', 'custom'] as const;
export type DatasetKind = (typeof DATASETS)[number];

export const FEATURES = ['x1', 'x2', 'x1^2', 'x2^2', 'x1*x2', 'sin(x1)', 'sin(x2)'] as const;
export type FeatureName = (typeof FEATURES)[number];

export const ACTIVATIONS = ['relu', 'tanh', 'sigmoid', 'linear'] as const;
export type Activation = (typeof ACTIVATIONS)[number];

export const OPTIMIZERS = ['sgd', 'momentum', 'adam'] as const;
export type OptimizerKind = (typeof OPTIMIZERS)[number];

export const REGULARIZERS = ['none', 'l1', 'l2', 'elasticnet'] as const;
export type RegularizerKind = (typeof REGULARIZERS)[number];

/** How the L1 part is applied: the proximal step reaches exact zeros; the subgradient jitters around 0. */
export const L1_METHODS = ['proximal', 'subgradient'] as const;
export type L1Method = (typeof L1_METHODS)[number];

export const FLIPS = ['none', 'horizontal', 'vertical', 'both'] as const;
export type FlipKind = (typeof FLIPS)[number];

/** One labelled point: [x1, x2, label], label 0 or 1. */
export type Point = [number, number, number];

/** The splits a custom point may name as its fourth element. */
export const POINT_SPLITS = ['train', 'val', 'test'] as const;
export type PointSplit = (typeof POINT_SPLITS)[number];

/**
 * A row of `data.points`: [x1, x2, label], or [x1, x2, label, split] for a point that keeps its
 * split whatever else is added or removed (the point editor writes these).
 */
export type CustomPoint = Point | [number, number, number, PointSplit];

export interface DataConfig {
  dataset: DatasetKind;
  /** Number of points generated (ignored for 'custom', which uses `points`). */
  samples: number;
  /** Standard deviation of Gaussian noise added to x1 and x2, in data units. */
  noise: number;
  /** Fraction of points whose label is flipped (the same points in every split). */
  labelNoise: number;
  split: { train: number; val: number; test: number };
  points?: CustomPoint[];
}

export interface ModelConfig {
  hidden: number[];
  activation: Activation;
  batchNorm: boolean;
  /** Dropout keep-probability p on hidden units (1 = no dropout); the drop rate is 1 − p. */
  dropoutKeep: number;
}

export interface OptimizerConfig {
  kind: OptimizerKind;
  learningRate: number;
  /** Examples per mini-batch; 0 means the full training set. */
  batchSize: number;
}

export interface RegularizationConfig {
  kind: RegularizerKind;
  lambda: number;
  /** Elastic-net mixing α: penalty λ·(α·Σ|w| + (1−α)/2·Σw²). */
  l1Ratio: number;
  l1Method: L1Method;
  /** Under Adam, apply the L2 part as decoupled weight decay (AdamW) instead of a gradient term. */
  decoupled: boolean;
}

export interface AugmentationConfig {
  /** Standard deviation of Gaussian jitter added to each training point (0 = off). */
  jitter: number;
  /** Largest random rotation about the origin, in degrees (0 = off). */
  rotate: number;
  /** Random mirror images, each axis flipped with probability 1/2. */
  flip: FlipKind;
  /** Largest relative random scaling: factor drawn from [1 − scale, 1 + scale] (0 = off). */
  scale: number;
  /** Mixup Beta(α, α) concentration α; 0 = off. Labels become soft. */
  mixup: number;
}

export interface EarlyStoppingConfig {
  enabled: boolean;
  patience: number;
  minDelta: number;
  restoreBest: boolean;
  /** Record the stop point but keep training, to show the overfitting it would prevent. */
  markOnly: boolean;
}

export interface ConfigV1 {
  version: 1;
  seed: number;
  epochs: number;
  data: DataConfig;
  features: FeatureName[];
  model: ModelConfig;
  optimizer: OptimizerConfig;
  regularization: RegularizationConfig;
  augmentation: AugmentationConfig;
  earlyStopping: EarlyStoppingConfig;
}

/** The embedded default: a dataset and a model ready to play. */
export function defaultConfig(): ConfigV1 {
  return {
    version: 1,
    seed: 1,
    epochs: 500,
    data: {
      dataset: 'spiral',
      samples: 400,
      noise: 0.3,
      labelNoise: 0,
      split: { train: 0.6, val: 0.2, test: 0.2 },
    },
    features: ['x1', 'x2'],
    model: { hidden: [8, 8], activation: 'tanh', batchNorm: false, dropoutKeep: 1 },
    optimizer: { kind: 'adam', learningRate: 0.01, batchSize: 10 },
    regularization: {
      kind: 'none',
      lambda: 0.001,
      l1Ratio: 0.5,
      l1Method: 'proximal',
      decoupled: false,
    },
    augmentation: { jitter: 0, rotate: 0, flip: 'none', scale: 0, mixup: 0 },
    earlyStopping: {
      enabled: false,
      patience: 50,
      minDelta: 0,
      restoreBest: true,
      markOnly: false,
    },
  };
}

/** The data domain: points lie within it and the decision grid covers it. */
export const DOMAIN: readonly [number, number] = [-6, 6];

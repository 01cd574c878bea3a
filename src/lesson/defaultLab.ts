// The lab the page opens with, the ranges of its λ and p sliders, and the paced speed lessons
// play at: chosen by measurement with the real engine (`npm run measure:defaults`; the tables and
// the reasons are in docs/default-lab.md). config v1's defaultConfig() stays what it is, the
// contract's defaults for missing keys; this lab overrides it.
import type { ConfigV1 } from '../../workers/contract';
import { defaultConfig, FEATURES } from '../../workers/contract';

/** The sliders a lab offers for the strengths it teaches. */
export interface ControlRanges {
  /** λ: a log slider from min to max, with a stop at exactly 0 below min. */
  lambda: { min: number; max: number };
  /** Dropout's keep probability p (linear; 1 = no dropout). */
  dropoutKeep: { min: number; max: number };
}

/**
 * λ = 0.01 (the default) sits in the middle of 1e-4 … 1 on the log scale: below 1e-3 no penalty
 * changes this lab much, at 0.01 each rescues it, from 0.3 every L1 weight is exactly 0 and at 1
 * L2 flattens the map to one class too. Dropout never kills this lab: even p = 0.05 learns (slowly),
 * so p keeps the control's whole range.
 */
export const DEFAULT_LAB_RANGES: ControlRanges = {
  lambda: { min: 1e-4, max: 1 },
  dropoutKeep: { min: 0.05, max: 1 },
};

/** Epochs per second a lesson plays at, so the class sees the story unfold (~15 s per effect). */
export const LESSON_PACED_SPEED = 100;

/**
 * Epochs per second the default lab starts at (the speed menu offers "as fast as possible" too).
 * Its story is in the first few hundred epochs: validation loss is lowest at epoch 36, 25 % above
 * that by 113 and twice it by 404 (docs/default-lab.md). At 50 epochs/s the minimum comes after
 * under a second, the climb shows after about 2 s and has doubled by 8 s, so a student watches it
 * happen instead of finding it done; the whole 3,000-epoch budget takes a minute. As fast as
 * possible (thousands of epochs a second) put all of it in the first frames.
 */
export const DEFAULT_LAB_SPEED = 50;

/** The live lab's epoch budget: training pauses there (30 s at the paced speed). */
export const DEFAULT_LAB_EPOCHS = 3000;

/**
 * Few noisy moons (40 training points, one label in ten flipped), all seven features and one
 * hidden layer of six tanh units: without regularization it memorises the training points, and
 * validation loss bottoms out near epoch 40 and climbs (25 % above its minimum by epoch ~110; by
 * 80–530 on other seeds). At λ = 0.01 each of L1, L2 and elastic net holds it without killing it
 * (L1 switches about two thirds of the weights off, over a few hundred epochs); dropout at p = 0.5
 * still learns and holds it too.
 */
export function defaultLabConfig(): ConfigV1 {
  const c = defaultConfig();
  c.epochs = DEFAULT_LAB_EPOCHS;
  c.data = {
    dataset: 'moons',
    samples: 160,
    noise: 0.5,
    labelNoise: 0.1,
    split: { train: 0.25, val: 0.5, test: 0.25 },
  };
  c.features = [...FEATURES];
  c.model.hidden = [6];
  c.optimizer = { kind: 'adam', learningRate: 0.01, batchSize: 20 };
  c.regularization = { ...c.regularization, kind: 'none', lambda: 0.01 };
  return c;
}

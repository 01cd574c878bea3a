// Candidate default labs the sweep compares. Each starts from the config v1 defaults and changes
// only what the candidate is about; the epoch budget is the live lab's. docs/default-lab.md
// records what each showed and why one was chosen.
import type { ConfigV1, FeatureName } from '../workers/engine/config';
import { defaultConfig, FEATURES } from '../workers/engine/config';
import { defaultLabConfig } from '../src/lesson/defaultLab';
import { applyPatch } from '../workers/engine/configPatch';
import type { ConfigPatch } from '../workers/engine/configPatch';

export interface Candidate {
  name: string;
  why: string;
  config: ConfigV1;
}

const BUDGET = 3000;

function candidate(name: string, why: string, patch: ConfigPatch): Candidate {
  return { name, why, config: applyPatch<ConfigV1>(defaultConfig(), { epochs: BUDGET, ...patch }) };
}

/** Few noisy points, one label in ten flipped: what a memorising network overfits. */
const NOISY = { noise: 0.5, labelNoise: 0.1 };
const HALVES = { train: 0.5, val: 0.5, test: 0 };
const THIRDS = { train: 1 / 3, val: 2 / 3, test: 0 };
const SIN: FeatureName[] = ['x1', 'x2', 'sin(x1)', 'sin(x2)'];

interface MoonsOptions {
  samples?: number;
  split?: { train: number; val: number; test: number };
  hidden: number[];
  features?: FeatureName[];
  batchSize?: number;
}

/** Noisy moons with a chosen network: the family most candidates come from. */
function moons(name: string, o: MoonsOptions): Candidate {
  const features = o.features ?? [...FEATURES];
  const samples = o.samples ?? 80;
  const split = o.split ?? HALVES;
  const why =
    `moons ${samples} (train ${split.train}, val ${split.val}), ` +
    `${features.length === FEATURES.length ? 'all 7 features' : features.join(' ')}, ` +
    `[${o.hidden.join(',')}], batch ${o.batchSize ?? 20}`;
  return candidate(name, why, {
    data: { dataset: 'moons', samples, ...NOISY, split },
    features,
    model: { hidden: o.hidden },
    optimizer: { batchSize: o.batchSize ?? 20 },
  });
}

export const CANDIDATES: Candidate[] = [
  {
    name: 'default-lab',
    why: 'the chosen lab, src/lesson/defaultLab.ts (moons 160, 40 train, all 7 features, [6])',
    config: defaultLabConfig(),
  },
  {
    name: 'default-b10',
    why: 'the chosen lab with batch 10 (twice the steps per epoch)',
    config: applyPatch<ConfigV1>(defaultLabConfig(), {
      epochs: BUDGET,
      optimizer: { batchSize: 10 },
    }),
  },
  {
    name: 'default-lr003',
    why: 'the chosen lab with batch 10 and learning rate 0.003',
    config: applyPatch<ConfigV1>(defaultLabConfig(), {
      epochs: BUDGET,
      optimizer: { batchSize: 10, learningRate: 0.003 },
    }),
  },
  candidate('spiral-today', 'the page as it was: spiral 400, x1 x2, [8,8], batch 10', {}),
  candidate('spiral-16', 'spiral 200, 10 % flipped, x1 x2, [16,16], batch 20', {
    data: { dataset: 'spiral', samples: 200, ...NOISY, split: HALVES },
    model: { hidden: [16, 16] },
    optimizer: { batchSize: 20 },
  }),
  moons('moons-24', { hidden: [24, 24], features: ['x1', 'x2'] }),
  moons('moons-16', { hidden: [16, 16], features: ['x1', 'x2'] }),
  moons('moons-8x8-7f', { hidden: [8, 8] }),
  moons('moons-8x8-4f', { hidden: [8, 8], features: SIN }),
  moons('moons-6x6-7f', { hidden: [6, 6] }),
  moons('moons-8x4-7f', { hidden: [8, 4] }),
  moons('moons-12-7f', { hidden: [12] }),
  moons('moons-10-4f', { hidden: [10], features: SIN }),
  moons('moons-8-7f', { hidden: [8] }),
  moons('moons-6-7f', { hidden: [6] }),
  candidate('circle-16-7f', 'circle 80, noise 0.8, all 7 features, [16,16], batch 20', {
    data: { dataset: 'circle', samples: 80, ...NOISY, noise: 0.8, split: HALVES },
    features: [...FEATURES],
    model: { hidden: [16, 16] },
    optimizer: { batchSize: 20 },
  }),
  candidate('gauss-16-7f', 'gaussian 80, all 7 features, [16,16], batch 20', {
    data: { dataset: 'gaussian', samples: 80, ...NOISY, split: HALVES },
    features: [...FEATURES],
    model: { hidden: [16, 16] },
    optimizer: { batchSize: 20 },
  }),
  candidate('xor-8x8-7f', 'xor 80, noise 1, all 7 features, [8,8], batch 20', {
    data: { dataset: 'xor', samples: 80, ...NOISY, noise: 1, split: HALVES },
    features: [...FEATURES],
    model: { hidden: [8, 8] },
    optimizer: { batchSize: 20 },
  }),
  // Round 2: a larger validation split (fewer lucky seeds), batch 10 (the default).
  moons('m6-b10', { hidden: [6], batchSize: 10 }),
  moons('m6-v80', { hidden: [6], samples: 120, split: { train: 1 / 3, val: 2 / 3, test: 0 } }),
  moons('m5-v80', { hidden: [5], samples: 120, split: { train: 1 / 3, val: 2 / 3, test: 0 } }),
  moons('m8-v80', { hidden: [8], samples: 120, split: { train: 1 / 3, val: 2 / 3, test: 0 } }),
  moons('m6-v80-b10', { hidden: [6], samples: 120, split: THIRDS, batchSize: 10 }),
  moons('m8-v80-b10', { hidden: [8], samples: 120, split: THIRDS, batchSize: 10 }),
];

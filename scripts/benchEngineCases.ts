// The engine's benchmark cases: training throughput and the 128² decision grid of 2-input tanh
// networks on spiral with 250 training points, batch 10 (the foundation issue's definition).
// FLOPs per example: forward 2W, weight gradients 2W, back-propagation 2(W − first-layer weights);
// activations and the update are not counted (W = 88 for [8,8], 344 for [8×6]).
import { defaultConfig } from '../workers/engine/config';
import type { ConfigV1, OptimizerKind } from '../workers/engine/config';
import type { KernelFlavour } from '../workers/engine/mlpKernels';
import type { BenchCase } from './benchInterleave';

export const GRID = 128;
/** Epochs per call: about a millisecond of [8,8] training, so the clock is read rarely. */
const EPOCHS_PER_CALL = 4;

/** What the cases need of a Trainer: structural, so benchAb.ts can pass another commit's class. */
export interface TrainerLike {
  status: string;
  readonly train: { n: number };
  readonly layout: { nWeights: number; layers: readonly { nIn: number; nOut: number }[] };
  step(n: number, options: { evaluateAll: boolean }): void;
  evaluateGrid(n: number, out: Float32Array): void;
}
export type TrainerClass = new (config: ConfigV1, flavour: KernelFlavour) => TrainerLike;

export interface BenchNetwork {
  name: string;
  hidden: number[];
}

export const NETWORKS: readonly BenchNetwork[] = [
  { name: '[8,8]', hidden: [8, 8] },
  { name: '[8×6]', hidden: [8, 8, 8, 8, 8, 8] },
];

export function benchConfig(hidden: number[], optimizer: OptimizerKind): ConfigV1 {
  const c = defaultConfig();
  c.data = { ...c.data, dataset: 'spiral', samples: 250, split: { train: 1, val: 0, test: 0 } };
  c.model = { ...c.model, hidden, activation: 'tanh' };
  const learningRate = optimizer === 'adam' ? 0.01 : 0.03;
  c.optimizer = { kind: optimizer, learningRate, batchSize: 10 };
  c.epochs = 1_000_000_000;
  return c;
}

/** Config variants of [8,8] SGD training for `bench:ab -- --variants a,b`: other update paths. */
export const VARIANTS: Record<string, (c: ConfigV1) => void> = {
  plain: () => {},
  l2: (c) => void (c.regularization = { ...c.regularization, kind: 'l2', lambda: 0.001 }),
  l1: (c) => void (c.regularization = { ...c.regularization, kind: 'l1', lambda: 0.001 }),
  momentum: (c) => void (c.optimizer = { ...c.optimizer, kind: 'momentum', learningRate: 0.01 }),
  dropout: (c) => void (c.model = { ...c.model, dropoutKeep: 0.8 }),
  batchnorm: (c) => void (c.model = { ...c.model, batchNorm: true }),
};

export function flopsPerExample(layout: TrainerLike['layout']): number {
  const W = layout.nWeights;
  const first = layout.layers[0]!.nIn * layout.layers[0]!.nOut;
  return 2 * W + 2 * W + 2 * (W - first);
}

/**
 * Training as the worker runs it: `step` over whole epochs (shuffle, batches, optimizer, the
 * per-epoch record) with validation and test empty and the train split evaluated only at epoch 0.
 */
export function trainingCase(
  Trainer: TrainerClass,
  net: BenchNetwork,
  optimizer: OptimizerKind,
  flavour: KernelFlavour,
  label = '',
  variant = '',
): BenchCase {
  const config = benchConfig(net.hidden, optimizer);
  if (variant) {
    const edit = VARIANTS[variant];
    if (!edit) {
      throw new Error(
        `--variants: no variant "${variant}"; the variants are ${Object.keys(VARIANTS).join(', ')}.`,
      );
    }
    edit(config);
  }
  let t = new Trainer(config, flavour);
  const examples = EPOCHS_PER_CALL * t.train.n;
  const opt = optimizer === 'adam' ? 'Adam' : optimizer === 'sgd' ? 'SGD' : optimizer;
  return {
    name: `${net.name} train ${opt}${variant ? ` ${variant}` : ''} ${flavour}${label}`,
    call() {
      // A run that ended (diverged) is replaced, so every call trains the same number of epochs.
      if (t.status !== 'running') t = new Trainer(config, flavour);
      t.step(EPOCHS_PER_CALL, { evaluateAll: false });
    },
    unitsPerCall: examples,
    unit: 'examples',
    flopsPerCall: examples * flopsPerExample(t.layout),
  };
}

/** The decision grid of a network trained for 300 epochs (so its units are not all near 0). */
export function gridCase(
  Trainer: TrainerClass,
  net: BenchNetwork,
  flavour: KernelFlavour,
  label = '',
): BenchCase {
  const t = new Trainer(benchConfig(net.hidden, 'sgd'), flavour);
  t.step(300, { evaluateAll: false });
  const out = new Float32Array(GRID * GRID);
  return {
    name: `${net.name} grid ${GRID}² ${flavour}${label}`,
    call: () => t.evaluateGrid(GRID, out),
    unitsPerCall: 1,
    unit: 'grids',
    flopsPerCall: GRID * GRID * 2 * t.layout.nWeights,
  };
}

// Run export v1: what the CLI writes and the Export button saves (see docs/run-format.md).
// A public contract: change it only by adding fields or bumping `version`.
import type { ConfigV1, Point } from './config';

export interface LayerExport {
  /** weights[out][in] */
  weights: number[][];
  biases: number[];
  /** Batch-norm scale γ, shift β and running statistics, for hidden layers with batch norm. */
  batchNorm?: { gamma: number[]; beta: number[]; runningMean: number[]; runningVar: number[] };
}

export interface ModelExport {
  inputs: string[];
  layers: LayerExport[];
}

export interface HistoryRecord {
  epoch: number;
  /** Mean binary cross-entropy in evaluation mode; null when the split is empty or was not evaluated. */
  trainLoss: number | null;
  valLoss: number | null;
  testLoss: number | null;
  trainAcc: number | null;
  valAcc: number | null;
  testAcc: number | null;
  /** The penalty term added to the data loss (0 without regularization). */
  penalty: number;
  /** Fraction of weights (not biases) exactly equal to 0. */
  zeroFraction: number;
  /** Σ|w| and sqrt(Σw²) over weights, for the shrinkage view. */
  l1Norm: number;
  l2Norm: number;
}

export interface EarlyStoppingExport {
  bestEpoch: number | null;
  bestValLoss: number | null;
  /** The epoch at which patience ran out; null if it never did. */
  stoppedEpoch: number | null;
  restored: boolean;
}

export type RunStatus = 'running' | 'stopped' | 'diverged' | 'done';

export interface RunExportV1 {
  version: 1;
  config: ConfigV1;
  /** 'done' (all epochs), 'stopped' (early stopping), 'diverged' (NaN/Infinity). */
  status: RunStatus;
  /** The epoch whose loss was not finite, for a diverged run. */
  divergedEpoch: number | null;
  data: { train: Point[]; val: Point[]; test: Point[] };
  model: ModelExport;
  initialModel: ModelExport;
  history: HistoryRecord[];
  earlyStopping: EarlyStoppingExport;
}

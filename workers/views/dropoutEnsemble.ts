// Dropout as an ensemble. Training with keep-probability p samples a thinned network per example:
// each hidden unit kept with probability p, kept outputs scaled by 1/p (inverted dropout, so
// E[output] is the full network's). Evaluation uses the full network unscaled ("训练时乘 1/p，
// 测试时不变"), the weight-scaling approximation of averaging over all 2^units thinned networks.
// This view samples K thinned networks (one fixed mask each, from the view's own seeded stream),
// averages their predictions, and measures how close the full network is to that average; the
// spread over the K masks is Monte Carlo dropout's uncertainty.
//
// The rescaling bug modelled: every hidden output multiplied by p at evaluation. That is the
// classic convention's test-time rule ("测试时乘 p") applied to a network that inverted dropout
// already compensated in training (the two conventions mixed), and equally what the thinned
// networks average to if one forgets their 1/p: activations p times what the next layer learned
// to expect, which moves the boundary.
import type { Trainer } from '../engine/trainer';
import type { Closeness } from './gridPoints';
import { VariantEvaluator, accuracyOfLogits, checkGridSize, closeness } from './gridPoints';
import { captureState, viewStream } from './modelState';
import { scaledParams } from './networkVariants';

export const MAX_MEMBERS = 256;

export interface DropoutEnsembleOptions {
  /** Thinned networks K, 1 to 256 (the page offers 8–32); default 16. */
  members?: number;
  /** Grid cells per side (default 64). */
  gridSize?: number;
  /** Which reproducible set of masks: 0, 1, 2, … ("resample" asks for the next one). */
  draw?: number;
  /** Keep-probability p; default the run's model.dropoutKeep. */
  keep?: number;
}

export interface DropoutEnsembleView {
  gridSize: number;
  members: number;
  keep: number;
  draw: number;
  /** Which hidden units each member keeps (1) or drops (0): K rows, hidden layers in order. */
  masks: Uint8Array;
  hiddenUnits: number;
  /** P(class 1) of each thinned network: K grids of gridSize² one after another (decision grid layout). */
  memberGrids: Float32Array;
  /** The ensemble's average P and its standard deviation over the K masks, per cell. */
  mean: Float32Array;
  std: Float32Array;
  /** The full network as evaluation uses it (inverted dropout: no scaling at test time). */
  full: Float32Array;
  /** The full network with every hidden output × p: the rescaling bug. */
  unscaled: Float32Array;
  /** Each full network against the ensemble's average, over the grid cells. */
  closeness: { full: Closeness; unscaled: Closeness };
  /** Accuracies on the validation split (NaN when it is empty). */
  validation: { full: number; unscaled: number; ensemble: number };
}

function hiddenScales(
  trainer: Trainer,
  unit: (layer: number, j: number) => number,
): (Float64Array | null)[] {
  return trainer.layout.layers.map((L, l) =>
    L.hidden ? Float64Array.from({ length: L.nOut }, (_, j) => unit(l, j)) : null,
  );
}

export function dropoutEnsembleView(
  trainer: Trainer,
  options: DropoutEnsembleOptions = {},
): DropoutEnsembleView {
  const K = options.members ?? 16;
  if (!Number.isInteger(K) || K < 1 || K > MAX_MEMBERS) {
    throw new Error(
      `members must be a whole number from 1 to ${MAX_MEMBERS}; got ${String(K).slice(0, 20)}.`,
    );
  }
  const p = options.keep ?? trainer.config.model.dropoutKeep;
  if (!(p > 0 && p <= 1)) {
    throw new Error(`keep must be a keep-probability in (0, 1]; got ${String(p).slice(0, 20)}.`);
  }
  const draw = options.draw ?? 0;
  const n = options.gridSize ?? 64;
  checkGridSize(n);
  const layout = trainer.layout;
  const { params, stats } = captureState(trainer);
  const cells = n * n;
  const val = trainer.val;
  const net = new VariantEvaluator(layout, trainer.features, stats, val.n);

  const hiddenUnits = layout.layers.reduce((s, L) => s + (L.hidden ? L.nOut : 0), 0);
  const masks = new Uint8Array(K * hiddenUnits);
  const memberGrids = new Float32Array(K * cells);
  const sum = new Float64Array(cells);
  const sumSq = new Float64Array(cells);
  const valSum = new Float64Array(val.n);
  const thinned = new Float64Array(params.length);
  const rng = viewStream(trainer.config.seed, 'dropout-ensemble', draw);
  for (let k = 0; k < K; k++) {
    let u = 0;
    // The same rule as training's sampleDropout: kept when a uniform draw is below p.
    const scales = hiddenScales(trainer, () => {
      const kept = rng.float() < p;
      masks[k * hiddenUnits + u++] = kept ? 1 : 0;
      return kept ? 1 / p : 0;
    });
    net.load(scaledParams(layout, params, scales, thinned));
    const grid = net.gridProbabilities(n, memberGrids.subarray(k * cells, (k + 1) * cells));
    for (let c = 0; c < cells; c++) {
      const q = grid[c]!;
      sum[c]! += q;
      sumSq[c]! += q * q;
    }
    const pv = net.splitProbabilities(val);
    for (let r = 0; r < val.n; r++) valSum[r]! += pv[r]!;
  }
  const mean = new Float32Array(cells);
  const std = new Float32Array(cells);
  for (let c = 0; c < cells; c++) {
    const m = sum[c]! / K;
    mean[c] = m;
    std[c] = Math.sqrt(Math.max(0, sumSq[c]! / K - m * m));
  }

  net.load(params);
  const full = net.gridProbabilities(n);
  const fullAcc = accuracyOfLogits(net.splitLogits(val), val.y);
  net.load(
    scaledParams(
      layout,
      params,
      hiddenScales(trainer, () => p),
    ),
  );
  const unscaled = net.gridProbabilities(n);
  const unscaledAcc = accuracyOfLogits(net.splitLogits(val), val.y);
  let ensembleCorrect = 0;
  for (let r = 0; r < val.n; r++) if (valSum[r]! / K > 0.5 === val.y[r]! >= 0.5) ensembleCorrect++;

  return {
    gridSize: n,
    members: K,
    keep: p,
    draw,
    masks,
    hiddenUnits,
    memberGrids,
    mean,
    std,
    full,
    unscaled,
    closeness: { full: closeness(full, mean), unscaled: closeness(unscaled, mean) },
    validation: {
      full: fullAcc,
      unscaled: unscaledAcc,
      ensemble: val.n > 0 ? ensembleCorrect / val.n : NaN,
    },
  };
}

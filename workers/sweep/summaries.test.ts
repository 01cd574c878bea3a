import { describe, expect, it } from 'vitest';
import type { ModelExport } from '../engine/runExport';
import type { SweepFinal, SweepPointResult } from './sweepExport';
import { runSweepPoint } from './sweepPoint';
import { validateSweepSpec } from './sweepSpec';
import {
  bestByValidation,
  exactZeroCounts,
  regularizationPath,
  spread,
  summarize,
} from './summaries';
import { smallSweepConfig } from './sweepTesting';

function final(valLoss: number | null, trainLoss = 0.5): SweepFinal {
  return {
    trainLoss,
    valLoss,
    testLoss: null,
    trainAcc: 0.9,
    valAcc: valLoss === null ? null : 0.8,
    testAcc: null,
    zeroFraction: 0,
  };
}

/** A model of the small sweep's shape (2 inputs, 4 hidden units, 1 output). */
function model(first: number[][], second = [[1, 0, 0, 0]]): ModelExport {
  return {
    inputs: ['x1', 'x2'],
    layers: [
      { weights: first, biases: [0, 0, 0, 0] },
      { weights: second, biases: [0] },
    ],
  };
}

const W = [
  [1, 2],
  [3, 4],
  [5, 6],
  [7, 8],
];

function point(
  lambda: number,
  dropoutKeep: number,
  repeat: number,
  valLoss: number | null,
  first = W,
): SweepPointResult {
  return {
    lambda,
    dropoutKeep,
    repeat,
    status: 'done',
    epochs: 15,
    bestEpoch: 3,
    final: final(valLoss),
    model: model(first),
  };
}

const spec = validateSweepSpec({
  config: smallSweepConfig(),
  lambda: [0, 0.001, 0.03],
  dropoutKeep: [0.7, 1],
  repeats: 3,
}).spec;

describe('spread', () => {
  it('gives the mean, extremes and sample standard deviation', () => {
    expect(spread([1, 2, 3, 6])).toEqual({ mean: 3, min: 1, max: 6, sd: Math.sqrt(14 / 3), n: 4 });
    expect(spread([2])).toEqual({ mean: 2, min: 2, max: 2, sd: 0, n: 1 });
    expect(spread([])).toBeNull();
  });
});

describe('summarize and bestByValidation', () => {
  it('summarizes each (λ, p) over its finished repeats, in grid order, skipping empty ones', () => {
    const points = [
      point(0.03, 1, 0, 0.6),
      point(0, 0.7, 1, 0.5),
      point(0, 0.7, 0, 0.3),
      { ...point(0, 0.7, 2, 0.4), status: 'diverged' as const },
    ];
    const s = summarize(spec, points);
    expect(s.map((x) => [x.lambda, x.dropoutKeep, x.repeats, x.diverged])).toEqual([
      [0, 0.7, 3, 1],
      [0.03, 1, 1, 0],
    ]);
    expect(s[0]!.figures.valLoss).toEqual(spread([0.5, 0.3, 0.4]));
    expect(s[0]!.figures.testLoss).toBeNull();
    expect(bestByValidation(s)).toBe(s[0]);
  });

  it('picks the lowest mean validation loss, the first one on a tie, none without validation', () => {
    const tie = summarize(spec, [point(0.001, 1, 0, 0.2), point(0.03, 0.7, 0, 0.2)]);
    expect(bestByValidation(tie)).toMatchObject({ lambda: 0.001, dropoutKeep: 1 });
    const lower = summarize(spec, [point(0.001, 1, 0, 0.2), point(0.03, 0.7, 0, 0.1)]);
    expect(bestByValidation(lower)).toMatchObject({ lambda: 0.03, dropoutKeep: 0.7 });
    expect(bestByValidation(summarize(spec, [point(0, 1, 0, null)]))).toBeNull();
  });
});

describe('regularizationPath', () => {
  it('gives each first-layer weight against λ at one p and repeat, with its input and unit', () => {
    const halved = W.map((row) => row.map((w) => w / 2));
    const points = [
      point(0, 1, 0, 0.3),
      point(0, 1, 1, 0.3, halved), // another repeat: not on the path
      point(0.03, 1, 0, 0.3, halved),
      point(0.03, 0.7, 0, 0.3, W), // another p: not on the path
    ];
    const path = regularizationPath(spec, points);
    expect(path.inputs).toEqual(['x1', 'x2']);
    expect(path.lambda).toEqual([0, 0.001, 0.03]);
    expect(path.input).toEqual([0, 1, 0, 1, 0, 1, 0, 1]);
    expect(path.unit).toEqual([0, 0, 1, 1, 2, 2, 3, 3]);
    expect(path.weights[0]).toEqual([1, null, 0.5]);
    expect(path.weights[7]).toEqual([8, null, 4]);
    expect(regularizationPath(spec, points, 0.7).weights[7]).toEqual([null, null, 8]);
  });

  it('is the lasso path of a network without hidden layer (one unit, one weight per input)', () => {
    const config = smallSweepConfig();
    config.model.hidden = [];
    const flat = validateSweepSpec({ config, lambda: [0, 0.1] }).spec;
    const points = flat.lambda.map((l) => runSweepPoint(flat, l, 1, 0));
    const path = regularizationPath(flat, points);
    expect(path.unit).toEqual([0, 0]);
    expect(path.weights).toEqual([
      [points[0]!.model.layers[0]!.weights[0]![0], points[1]!.model.layers[0]!.weights[0]![0]],
      [points[0]!.model.layers[0]!.weights[0]![1], points[1]!.model.layers[0]!.weights[0]![1]],
    ]);
  });
});

describe('exactZeroCounts', () => {
  it('counts the weights exactly 0 per λ over the repeats, in all layers and in the first', () => {
    const sparse = [
      [0, 2],
      [0, 0],
      [5, -0],
      [7, 8],
    ];
    const points = [point(0.03, 1, 0, 0.3, sparse), point(0.03, 1, 1, 0.3, W)];
    const counts = exactZeroCounts(spec, points);
    expect(counts.map((c) => c.lambda)).toEqual([0, 0.001, 0.03]);
    expect(counts[0]).toEqual({
      lambda: 0,
      weights: 12,
      firstLayerWeights: 8,
      zeros: null,
      firstLayerZeros: null,
    });
    // The second layer [1, 0, 0, 0] holds 3 zeros in both repeats.
    expect(counts[2]!.firstLayerZeros).toEqual(spread([4, 0]));
    expect(counts[2]!.zeros).toEqual(spread([7, 3]));
  });
});

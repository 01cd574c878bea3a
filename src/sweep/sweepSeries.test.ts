import { describe, expect, it } from 'vitest';
import type { PointSummary, Spread, SweepSpec } from '../../workers/contract';
import { spread } from '../../workers/contract';
import { along, curveDomain, curveOf, heatDomain, heatRows } from './sweepSeries';

function summary(lambda: number, dropoutKeep: number, val: number[], train = val): PointSummary {
  const none = null as Spread | null;
  return {
    lambda,
    dropoutKeep,
    repeats: val.length,
    diverged: 0,
    figures: {
      trainLoss: spread(train),
      valLoss: spread(val),
      testLoss: none,
      trainAcc: spread(train.map((v) => 1 - v / 2)),
      valAcc: spread(val.map((v) => 1 - v / 2)),
      testAcc: none,
      zeroFraction: spread([0]),
    },
  };
}

const SUMMARIES = [
  summary(0, 1, [0.9, 1.1]),
  summary(0, 0.5, [0.7]),
  summary(0.01, 1, [0.4, 0.5]),
  summary(0.01, 0.5, [0.45]),
  summary(1, 1, [0.69]),
];

describe('the validation curve', () => {
  it('follows one axis with the other held, in ascending order', () => {
    expect(along(SUMMARIES, 'lambda', 1).map((s) => s.lambda)).toEqual([0, 0.01, 1]);
    expect(along(SUMMARIES, 'keep', 0.01).map((s) => s.dropoutKeep)).toEqual([0.5, 1]);
  });

  it('gives each figure’s mean and spread over the repeats, leaving out an empty split', () => {
    const line = along(SUMMARIES, 'lambda', 1);
    const val = curveOf(line, 'lambda', 'valLoss');
    expect(val.map((p) => p.at)).toEqual([0, 0.01, 1]);
    expect(val[0]!.spread).toMatchObject({ mean: 1, min: 0.9, max: 1.1, n: 2 });
    expect(val[0]!.spread.sd).toBeCloseTo(Math.SQRT2 / 10, 12);
    expect(curveOf(line, 'lambda', 'testLoss')).toEqual([]);
  });

  it('draws losses from 0 to the top of the spread, accuracies up to 1', () => {
    const line = along(SUMMARIES, 'lambda', 1);
    const curves = [curveOf(line, 'lambda', 'trainLoss'), curveOf(line, 'lambda', 'valLoss')];
    expect(curveDomain(curves, 'loss')).toEqual([0, 1.1]);
    const acc = [curveOf(line, 'lambda', 'valAcc')];
    expect(curveDomain(acc, 'accuracy')).toEqual([0.4, 1]);
    expect(curveDomain([[]], 'loss')).toEqual([0, 1]);
  });
});

describe('the heat map', () => {
  const spec = { lambda: [0, 0.01, 1], dropoutKeep: [0.5, 1] } as SweepSpec;

  it('has a row per p from the largest down and a cell per λ, empty until done', () => {
    const rows = heatRows(spec, SUMMARIES);
    expect(rows.map((r) => r[0]!.dropoutKeep)).toEqual([1, 0.5]);
    expect(rows[0]!.map((c) => c.lambda)).toEqual([0, 0.01, 1]);
    expect(rows[0]![1]!.valLoss!.mean).toBeCloseTo(0.45, 12);
    expect(rows[1]![2]!.valLoss).toBeNull();
    expect(heatDomain(rows)).toEqual([0.45, 1]);
    expect(heatDomain(heatRows(spec, []))).toBeNull();
  });
});

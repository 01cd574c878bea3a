import { describe, expect, it } from 'vitest';
import type { HistoryRecord } from '../../workers/contract';
import { HistoryColumns } from '../store/historyColumns';
import { measuredRow, overfittingRegion } from './overfitting';

/** A synthetic history of `n` epochs from per-epoch training and validation losses. */
function history(n: number, train: (e: number) => number, val: (e: number) => number) {
  const records: HistoryRecord[] = [];
  for (let e = 0; e < n; e++) {
    records.push({
      epoch: e,
      trainLoss: train(e),
      valLoss: val(e),
      testLoss: null,
      trainAcc: null,
      valAcc: null,
      testAcc: null,
      penalty: 0,
      zeroFraction: 0,
      l1Norm: 0,
      l2Norm: 0,
    });
  }
  const h = new HistoryColumns();
  h.append(records, 0);
  return h;
}

/** The best epoch as early stopping records it (min delta 0: the first lowest value). */
function bestOf(h: HistoryColumns) {
  let epoch = 0;
  for (let i = 1; i < h.length; i++) if (h.get('valLoss', i) < h.get('valLoss', epoch)) epoch = i;
  return { epoch, valLoss: h.get('valLoss', epoch) };
}

const RULE = { patience: 50, minDelta: 0 };
/** A seeded uniform generator in [−1, 1): the noisy curves are the same every run. */
function noise(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return (s / 2 ** 32) * 2 - 1;
  };
}

describe('the overfitting region', () => {
  it('is shaded from the best epoch once validation loss has risen and stayed up', () => {
    // Validation falls to 0.45 at epoch 40, then climbs; training keeps falling.
    const h = history(
      400,
      (e) => 0.7 * Math.exp(-e / 60) + 0.02,
      (e) => (e <= 40 ? 0.7 - 0.25 * (e / 40) : 0.45 + 0.004 * (e - 40)),
    );
    expect(overfittingRegion(h, h.length, bestOf(h), RULE)).toEqual({ from: 40, to: 399 });
  });

  it('waits until the rise has lasted the patience window', () => {
    const h = history(
      120,
      (e) => 1 / (1 + e),
      (e) => (e <= 40 ? 0.7 - 0.25 * (e / 40) : 0.45 + 0.004 * (e - 40)),
    );
    // 10 % above 0.45 is 0.495, first passed at epoch 52: 50 epochs of it only by epoch 101.
    expect(overfittingRegion(h, 100, bestOf(h), RULE)).toBeNull();
    expect(overfittingRegion(h, 110, bestOf(h), RULE)).toEqual({ from: 40, to: 109 });
  });

  it('is never shaded on a flat curve, however long past its lowest point', () => {
    const h = history(
      2000,
      () => 0.4,
      (e) => (e === 300 ? 0.5 : 0.5 + 1e-6 * e),
    );
    expect(overfittingRegion(h, h.length, bestOf(h), RULE)).toBeNull();
  });

  it('is not shaded on a noisy flat curve whose best was a lucky dip', () => {
    const r = noise(7);
    const h = history(
      3000,
      (e) => 0.3 - 0.00001 * e,
      () => 0.5 * (1 + 0.2 * r()),
    );
    const best = bestOf(h);
    expect(best.valLoss).toBeLessThan(0.41);
    expect(overfittingRegion(h, h.length, best, RULE)).toBeNull();
  });

  it('is not shaded on an underfitting run whose losses rise together (λ turned up)', () => {
    // Both curves fall, then both climb to a high plateau: worse everywhere, not overfitting.
    const up = (e: number) => (e < 100 ? 0.6 - 0.001 * e : 0.5 + 0.2 * Math.min(1, (e - 100) / 50));
    const h = history(600, (e) => up(e) - 0.02, up);
    expect(overfittingRegion(h, h.length, bestOf(h), RULE)).toBeNull();
  });

  it('counts min delta when it asks for more than 10 %', () => {
    const h = history(
      400,
      (e) => 1 / (1 + e),
      (e) => (e <= 40 ? 0.5 : 0.5 + 0.1 * Math.min(1, (e - 40) / 20)),
    );
    // 20 % above the best after epoch 60: shaded with min delta 0.05, not with 0.2.
    expect(
      overfittingRegion(h, h.length, bestOf(h), { patience: 50, minDelta: 0.05 }),
    ).not.toBeNull();
    expect(overfittingRegion(h, h.length, bestOf(h), { patience: 50, minDelta: 0.2 })).toBeNull();
  });

  it('reads training loss from the nearest measured epoch of a fast, sampled run', () => {
    const h = history(
      300,
      (e) => (e % 8 === 7 ? 1 / (1 + e) : NaN),
      (e) => (e <= 40 ? 0.7 - 0.25 * (e / 40) : 0.45 + 0.004 * (e - 40)),
    );
    expect(measuredRow(h, 299)).toBe(295);
    expect(overfittingRegion(h, h.length, bestOf(h), RULE)).toEqual({ from: 40, to: 299 });
  });
});

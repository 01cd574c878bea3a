import { bin } from 'd3-array';
import { describe, expect, it } from 'vitest';
import {
  BIN_COUNT,
  binWeights,
  binWeightsOnce,
  layerSlices,
  niceHalfWidth,
  summarize,
} from './weightHistogram';

describe('weight histogram binning', () => {
  it('counts exact zeros apart, never in the bins around 0', () => {
    const w = Float64Array.from([0, 0, -0, 0, 1e-9, -1e-9, 0.3, -0.7]);
    const b = binWeights(w, 1);
    expect(b.zeros).toBe(4);
    expect(b.counts.reduce((a, c) => a + c, 0)).toBe(4);
    const mid = BIN_COUNT / 2;
    // 0 is a bin edge: the tiny weights fall either side of it, one each.
    expect(b.edges[mid]).toBeCloseTo(0, 12);
    expect(b.counts[mid - 1]).toBe(1);
    expect(b.counts[mid]).toBe(1);
    expect(b.total).toBe(8);
  });

  it('uses fixed, symmetric edges whatever the weights are', () => {
    const a = binWeights(Float64Array.from([0.1, 0.2]), 2.5);
    const b = binWeights(Float64Array.from([-0.01, 2.4, 1]), 2.5);
    expect(a.edges).toEqual(b.edges);
    expect(a.edges[0]).toBe(-2.5);
    expect(a.edges.at(-1)).toBe(2.5);
    expect(a.edges).toHaveLength(BIN_COUNT + 1);
    expect(a.counts).toHaveLength(BIN_COUNT);
  });

  it('counts weights beyond the range in the outermost bins until the range widens', () => {
    const b = binWeights(Float64Array.from([-9, 9, 0.5]), 1);
    expect(b.counts[0]).toBe(1);
    expect(b.counts[BIN_COUNT - 1]).toBe(1);
    expect(b.counts.reduce((s, c) => s + c, 0)).toBe(3);
  });

  it("counts what d3's bin() counts on the same edges, on random weights", () => {
    let seed = 7;
    const random = () => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646;
    for (let trial = 0; trial < 200; trial++) {
      const half = [0.5, 1, 2.5][trial % 3]!;
      const edges = Array.from(
        { length: BIN_COUNT + 1 },
        (_, i) => -half + (2 * half * i) / BIN_COUNT,
      );
      // Edges themselves, zeros, values beyond the range and NaN among uniform draws.
      const w = Float64Array.from({ length: 1 + Math.floor(random() * 120) }, () => {
        const r = random();
        if (r < 0.1) return edges[Math.floor(random() * edges.length)]!;
        if (r < 0.15) return 0;
        if (r < 0.2) return (random() - 0.5) * 8 * half;
        if (r < 0.22) return NaN;
        return (random() - 0.5) * 2 * half;
      });
      const nonzero = [...w]
        .filter((v) => v !== 0 && Number.isFinite(v))
        .map((v) => Math.max(-half, Math.min(half, v)));
      const d3 = bin().domain([-half, half]).thresholds(edges.slice(1, -1))(nonzero);
      expect(binWeights(w, half).counts).toEqual(d3.map((b) => b.length));
    }
  });

  it('bins an array once per range, and again when the range changes', () => {
    const w = Float64Array.from([0, 0.3, -0.7, 0.3]);
    const first = binWeightsOnce(w, 1);
    expect(first).toEqual(binWeights(w, 1));
    expect(binWeightsOnce(w, 1)).toBe(first);
    const wider = binWeightsOnce(w, 2);
    expect(wider).toEqual(binWeights(w, 2));
    expect(wider).not.toBe(first);
    // Another array with the same values is binned for itself (a layer's subarray, say).
    const view = w.subarray(1, 3);
    expect(binWeightsOnce(view, 2)).toEqual(binWeights(Float64Array.from([0.3, -0.7]), 2));
  });

  it('rounds the range up to 1, 2, 2.5 or 5 times a power of ten', () => {
    expect(niceHalfWidth(0.83)).toBe(1);
    expect(niceHalfWidth(1)).toBe(1);
    expect(niceHalfWidth(1.2)).toBe(2);
    expect(niceHalfWidth(2.2)).toBe(2.5);
    expect(niceHalfWidth(3)).toBe(5);
    expect(niceHalfWidth(0.031)).toBeCloseTo(0.05, 12);
    expect(niceHalfWidth(0)).toBe(1);
  });

  it('slices the flat weights into layers by their widths', () => {
    expect(layerSlices([2, 8, 8, 1])).toEqual([
      { start: 0, end: 16 },
      { start: 16, end: 80 },
      { start: 80, end: 88 },
    ]);
    expect(layerSlices([7, 1])).toEqual([{ start: 0, end: 7 }]);
  });

  it('summarizes zeros, small weights and the L2 norm', () => {
    const s = summarize(Float64Array.from([0, 0.005, -0.02, 3, -4]), 0.01);
    expect(s.zeroFraction).toBeCloseTo(0.2, 12);
    expect(s.smallFraction).toBeCloseTo(0.4, 12);
    expect(s.l2Norm).toBeCloseTo(Math.sqrt(0.005 ** 2 + 0.02 ** 2 + 25), 12);
  });
});

// Statistical checks use n = 100 000 draws; each tolerance is about 5 standard errors of the
// statistic, so a correct generator fails one of them with probability well under 1e-5 (and,
// being seeded, either always passes or always fails).
import { describe, expect, it } from 'vitest';
import { Rng } from './rng';

const N = 100_000;

function draws(rng: Rng, n: number): number[] {
  return Array.from({ length: n }, () => rng.nextU32());
}

function meanAndVariance(xs: number[]): { mean: number; variance: number } {
  const mean = xs.reduce((s, x) => s + x, 0) / xs.length;
  const variance = xs.reduce((s, x) => s + (x - mean) ** 2, 0) / (xs.length - 1);
  return { mean, variance };
}

describe('Rng', () => {
  it('gives the same sequence for the same seed', () => {
    expect(draws(new Rng(42), 1000)).toEqual(draws(new Rng(42), 1000));
    const a = new Rng(7);
    const b = new Rng(7);
    const mixed = (r: Rng): number[] => [
      r.float(),
      r.normal(),
      r.normal(),
      r.int(10),
      r.gamma(0.5),
    ];
    expect(mixed(a)).toEqual(mixed(b));
  });

  it('gives different sequences for neighbouring seeds', () => {
    expect(draws(new Rng(1), 100)).not.toEqual(draws(new Rng(2), 100));
    expect(draws(new Rng(0), 100)).not.toEqual(draws(new Rng(1), 100));
  });

  it('forks with different labels give different streams', () => {
    const root = new Rng(3);
    const labels = ['data', 'split', 'init', 'batch', 'dropout', 'augment'];
    const firsts = labels.map((l) => draws(root.fork(l), 20).join());
    expect(new Set(firsts).size).toBe(labels.length);
    expect(draws(root.fork('data'), 20)).not.toEqual(draws(root, 20));
  });

  it('a fork does not depend on how much the parent was used', () => {
    const fresh = new Rng(11);
    const used = new Rng(11);
    draws(used, 1234);
    used.normal();
    expect(draws(used.fork('dropout'), 100)).toEqual(draws(fresh.fork('dropout'), 100));
  });

  it('the same label under different seeds gives different streams', () => {
    expect(draws(new Rng(1).fork('init'), 50)).not.toEqual(draws(new Rng(2).fork('init'), 50));
  });

  it('float() lies in [0, 1) with mean 1/2 and variance 1/12', () => {
    const rng = new Rng(5);
    const xs = Array.from({ length: N }, () => rng.float());
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
    const { mean, variance } = meanAndVariance(xs);
    // SE of the mean: sqrt(1/12 / N) ≈ 9.1e-4; of the variance: ≈ 2.4e-4.
    expect(Math.abs(mean - 0.5)).toBeLessThan(0.0046);
    expect(Math.abs(variance - 1 / 12)).toBeLessThan(0.0012);
  });

  it('normal() has mean 0 and variance 1 (n = 100 000)', () => {
    const rng = new Rng(9);
    const xs = Array.from({ length: N }, () => rng.normal());
    const { mean, variance } = meanAndVariance(xs);
    // SE of the mean 1/sqrt(N) ≈ 0.0032; of the variance sqrt(2/N) ≈ 0.0045.
    expect(Math.abs(mean)).toBeLessThan(0.016);
    expect(Math.abs(variance - 1)).toBeLessThan(0.023);
    // About 68.3 % within one standard deviation (SE ≈ 0.0015).
    const within = xs.filter((x) => Math.abs(x) < 1).length / N;
    expect(Math.abs(within - 0.6827)).toBeLessThan(0.0075);
  });

  // Beta(a, a) for small a puts real mass within 1e-16 of 0 and 1; values that close to 1 round
  // to 1 in double precision, so openness is only checked where that mass is negligible (a ≥ 0.5).
  it('betaSymmetric(a) lies in (0, 1) with mean 1/2 and variance 1/(4(2a+1))', () => {
    for (const a of [0.2, 0.5, 1, 4]) {
      const rng = new Rng(13);
      const n = 20_000;
      const xs = Array.from({ length: n }, () => rng.betaSymmetric(a));
      expect(xs.every((x) => x >= 0 && x <= 1)).toBe(true);
      if (a >= 0.5) expect(xs.every((x) => x > 0 && x < 1)).toBe(true);
      const { mean, variance } = meanAndVariance(xs);
      const v = 1 / (4 * (2 * a + 1));
      // SE of the mean sqrt(v/n) ≤ 0.0027 for these a; the variance within 10 % of its value.
      expect(Math.abs(mean - 0.5)).toBeLessThan(5 * Math.sqrt(v / n));
      expect(Math.abs(variance - v) / v).toBeLessThan(0.1);
    }
  });

  it('int(n) covers 0 .. n-1 evenly', () => {
    const rng = new Rng(17);
    const counts = new Array<number>(10).fill(0);
    for (let i = 0; i < N; i++) counts[rng.int(10)]!++;
    // Each count is Binomial(N, 0.1): SD ≈ 95.
    for (const c of counts) expect(Math.abs(c - N / 10)).toBeLessThan(475);
  });

  it('shuffle is a permutation and depends on the seed', () => {
    const a = Int32Array.from({ length: 500 }, (_, i) => i);
    new Rng(21).shuffle(a);
    expect(Array.from(a).sort((x, y) => x - y)).toEqual(Array.from({ length: 500 }, (_, i) => i));
    expect(Array.from(a)).not.toEqual(Array.from({ length: 500 }, (_, i) => i));
    const b = Array.from({ length: 500 }, (_, i) => i);
    new Rng(21).shuffle(b);
    expect(b).toEqual(Array.from(a));
    const c = Array.from({ length: 500 }, (_, i) => i);
    new Rng(22).shuffle(c);
    expect(c).not.toEqual(b);
  });

  it('shuffle puts every element in every position about equally often', () => {
    const rng = new Rng(23);
    const counts = Array.from({ length: 4 }, () => new Array<number>(4).fill(0));
    const trials = 40_000;
    for (let t = 0; t < trials; t++) {
      const a = [0, 1, 2, 3];
      rng.shuffle(a);
      a.forEach((v, pos) => counts[v]![pos]!++);
    }
    // Each count is Binomial(40 000, 1/4): SD ≈ 87.
    for (const row of counts)
      for (const c of row) expect(Math.abs(c - trials / 4)).toBeLessThan(435);
  });
});

// Dropout as an ensemble of thinned networks, on a network trained with dropout (p = 0.5).
import { describe, expect, it } from 'vitest';
import type { ConfigV1 } from '../engine/config';
import { defaultConfig } from '../engine/config';
import { activate, sigmoidFast } from '../engine/activations';
import { DOMAIN } from '../engine/config';
import { Trainer } from '../engine/trainer';
import { dropoutEnsembleView } from './dropoutEnsemble';

function dropoutConfig(): ConfigV1 {
  const c = defaultConfig();
  c.data = { ...c.data, dataset: 'circle', samples: 300, noise: 0.3 };
  c.model.hidden = [16, 16];
  c.model.dropoutKeep = 0.5;
  return c;
}

let run: Trainer | null = null;
function trained(): Trainer {
  if (!run) {
    run = new Trainer(dropoutConfig());
    run.step(300);
  }
  return run;
}

/**
 * A reference written the plain way: the network on one point (x1, x2 features only) with each
 * hidden unit's output multiplied by scale[l][j] after the activation, as training applies a mask.
 */
function referenceProbability(t: Trainer, x1: number, x2: number, scale: number[][]): number {
  let a = [x1, x2];
  t.layout.layers.forEach((L, l) => {
    a = Array.from({ length: L.nOut }, (_, j) => {
      let z = t.params[L.b + j]!;
      for (let i = 0; i < L.nIn; i++) z += t.params[L.w + j * L.nIn + i]! * a[i]!;
      return L.hidden ? activate('tanh', z) * scale[l]![j]! : z;
    });
  });
  return sigmoidFast(a[0]!);
}

/** Mean closeness of the full and unscaled networks to K-member ensembles, over `draws` draws. */
function averaged(t: Trainer, K: number, draws: number) {
  const acc = { full: 0, fullAgree: 0, unscaled: 0 };
  for (let d = 0; d < draws; d++) {
    const v = dropoutEnsembleView(t, { members: K, draw: d, gridSize: 32 });
    acc.full += v.closeness.full.meanAbsDiff / draws;
    acc.fullAgree += v.closeness.full.agreement / draws;
    acc.unscaled += v.closeness.unscaled.meanAbsDiff / draws;
  }
  return acc;
}

describe('the dropout ensemble view', () => {
  it('its full network is exactly the evaluation the boundary map shows', () => {
    const t = trained();
    const v = dropoutEnsembleView(t, { gridSize: 40, members: 2 });
    const grid = new Float32Array(40 * 40);
    t.evaluateGrid(40, grid);
    expect(v.full).toEqual(grid);
    expect(v.validation.full).toBe(t.history[t.history.length - 1]!.valAcc);
  }, 60_000);

  it('each member is the trained network with one fixed mask, kept units scaled by 1/p', () => {
    const t = trained();
    const n = 8;
    const v = dropoutEnsembleView(t, { gridSize: n, members: 6 });
    const step = (DOMAIN[1] - DOMAIN[0]) / n;
    for (let k = 0; k < 6; k++) {
      const mask = v.masks.subarray(k * v.hiddenUnits, (k + 1) * v.hiddenUnits);
      const scale = [
        Array.from(mask.subarray(0, 16), (m) => m / 0.5),
        Array.from(mask.subarray(16), (m) => m / 0.5),
      ];
      for (let r = 0; r < n; r++) {
        for (let c = 0; c < n; c++) {
          const x1 = DOMAIN[0] + (c + 0.5) * step;
          const x2 = DOMAIN[1] - (r + 0.5) * step;
          const expected = referenceProbability(t, x1, x2, scale);
          expect(Math.abs(v.memberGrids[k * n * n + r * n + c]! - expected)).toBeLessThan(1e-6);
        }
      }
    }
    // 6 × 32 units each kept with probability ½: 96 ± 7 (SD).
    const kept = v.masks.reduce((s, m) => s + m, 0);
    expect(Math.abs(kept - 96)).toBeLessThan(30);
  }, 60_000);

  it('averages its members and measures their spread (Monte Carlo dropout) per cell', () => {
    const v = dropoutEnsembleView(trained(), { gridSize: 16, members: 8 });
    const cells = 16 * 16;
    let spread = 0;
    for (let c = 0; c < cells; c++) {
      const ps = Array.from({ length: 8 }, (_, k) => v.memberGrids[k * cells + c]!);
      const m = ps.reduce((s, p) => s + p, 0) / 8;
      const sd = Math.sqrt(ps.reduce((s, p) => s + (p - m) ** 2, 0) / 8);
      expect(v.mean[c]).toBeCloseTo(m, 6);
      expect(v.std[c]).toBeCloseTo(sd, 5);
      spread = Math.max(spread, sd);
    }
    expect(spread).toBeGreaterThan(0.2);
  }, 60_000);

  it('resamples reproducibly: the same draw gives the same masks, the next draw new ones', () => {
    const t = trained();
    const a = dropoutEnsembleView(t, { gridSize: 8, members: 8, draw: 3 });
    const b = dropoutEnsembleView(t, { gridSize: 8, members: 8, draw: 3 });
    const c = dropoutEnsembleView(t, { gridSize: 8, members: 8, draw: 4 });
    expect(b.masks).toEqual(a.masks);
    expect(b.memberGrids).toEqual(a.memberGrids);
    expect(c.masks).not.toEqual(a.masks);
  }, 60_000);

  it('the ensemble average approaches the scaled full network as K grows; the unscaled one stays away', () => {
    const t = trained();
    const k1 = averaged(t, 1, 16);
    const k4 = averaged(t, 4, 16);
    const k64 = averaged(t, 64, 4);
    expect(k4.full).toBeLessThan(k1.full);
    expect(k64.full).toBeLessThan(k4.full);
    expect(k4.fullAgree).toBeGreaterThan(k1.fullAgree);
    expect(k64.fullAgree).toBeGreaterThan(k4.fullAgree);
    expect(k64.fullAgree).toBeGreaterThan(0.98);
    // Weight scaling is an approximation (the network is not linear), but the bug is much worse.
    expect(k64.unscaled).toBeGreaterThan(1.4 * k64.full);
  }, 120_000);

  it('forgetting the rescaling costs validation accuracy on a dropout-trained model', () => {
    const v = dropoutEnsembleView(trained(), { gridSize: 16 });
    expect(v.validation.full).toBeGreaterThan(0.9);
    expect(v.validation.unscaled).toBeLessThan(v.validation.full - 0.2);
    expect(v.closeness.unscaled.agreement).toBeLessThan(v.closeness.full.agreement);
  }, 60_000);

  it('with p = 1 there is one network: no spread, and nothing to rescale', () => {
    const v = dropoutEnsembleView(trained(), { gridSize: 16, members: 4, keep: 1 });
    expect(v.std.every((s) => s === 0)).toBe(true);
    expect(v.unscaled).toEqual(v.full);
    expect(v.mean).toEqual(v.full);
    expect(v.masks.every((m) => m === 1)).toBe(true);
  }, 60_000);

  it('refuses a K or a p it cannot use, saying what is allowed', () => {
    expect(() => dropoutEnsembleView(trained(), { members: 0 })).toThrow(/from 1 to 256/);
    expect(() => dropoutEnsembleView(trained(), { keep: 0 })).toThrow(
      /keep-probability in \(0, 1\]/,
    );
    expect(() => dropoutEnsembleView(trained(), { gridSize: 3 })).toThrow(/gridSize/);
  }, 60_000);
});

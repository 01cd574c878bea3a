// Every view lesson, trained headlessly within its budget (config.epochs), shows the effect its
// description promises, read through the view it opens.
import { describe, expect, it } from 'vitest';
import type { ConfigV1 } from '../../workers/contract';
import { Trainer } from '../../workers/engine/trainer';
import { validateConfig } from '../../workers/contract';
import { batchNormNoise } from '../../workers/views/batchNormView';
import { decayComparison } from '../../workers/views/decayComparison';
import { dropoutEnsembleView } from '../../workers/views/dropoutEnsemble';
import { geometryView } from '../../workers/views/geometry';
import { applyPatch } from '../../workers/contract';
import { checkComparison } from '../store/urlCodec';
import { LESSONS, lessonById } from './catalog';
import type { LessonId } from './lesson';

const VIEW_LESSON_IDS = [
  'l1-geometry',
  'dropout-ensemble',
  'batch-norm-learning-rate',
  'l2-vs-adamw',
];

/** The main config and its variants' configs. */
function lesson(id: LessonId): { config: ConfigV1; variants: ConfigV1[] } {
  const l = lessonById(id)!;
  const variants = (l.comparison?.variants ?? []).map((v) =>
    applyPatch<ConfigV1>(l.config, v.patch),
  );
  return { config: l.config, variants };
}

/** Trains the whole budget; `each` sees the trainer after every epoch. */
function train(config: ConfigV1, each?: (t: Trainer) => void): Trainer {
  const t = new Trainer(config);
  while (t.status === 'running') {
    t.step(1);
    each?.(t);
  }
  expect(t.epoch).toBe(config.epochs);
  return t;
}

const last = (t: Trainer) => t.history[t.history.length - 1]!;
/** Mean validation loss over the last 20 epochs (a single epoch can be lucky). */
const recentValLoss = (t: Trainer) => t.history.slice(-20).reduce((s, h) => s + h.valLoss!, 0) / 20;

describe('view lessons', () => {
  it('are four lessons of the catalog, each opening its view (the L2/AdamW one a comparison)', () => {
    const views = VIEW_LESSON_IDS.map((id) => LESSONS.find((l) => l.id === id)?.view ?? null);
    expect(views).toEqual(['geometry', 'dropout-ensemble', 'batch-norm', null]);
    for (const id of VIEW_LESSON_IDS) {
      const l = lessonById(id)!;
      expect(validateConfig(l.config).config).toEqual(l.config);
      if (l.comparison) expect(checkComparison(l.comparison, l.config)).toEqual(l.comparison);
    }
    expect(lessonById('l2-vs-adamw')!.comparison!.variants).toHaveLength(3);
  });

  it('why L1 gives exact zeros: x1’s weight lands on 0 and stays; the picture is the model', () => {
    const { config, variants } = lesson('l1-geometry');
    let zeroSince = -1;
    const l1 = train(config, (t) => {
      if (t.params[0] !== 0) zeroSince = -1;
      else if (zeroSince < 0) zeroSince = t.epoch;
    });
    expect(zeroSince).toBeGreaterThan(0);
    expect(zeroSince).toBeLessThan(200);
    expect(l1.params[1]).toBeGreaterThan(0.1);
    expect(last(l1).valAcc!).toBeGreaterThanOrEqual(0.95);
    const g = geometryView(l1, { pair: [0, 1] });
    expect(g.current.a).toBe(0);
    expect(g.penalizedMinimum.a).toBe(0);
    expect(Math.abs(g.penalizedMinimum.b - g.current.b)).toBeLessThan(1e-6);
    expect(g.region?.kind).toBe('l1');
    // Without the penalty the plane's minimum has both weights well away from 0.
    expect(g.dataMinimum.status).toBe('converged');
    expect(g.dataMinimum.a).toBeGreaterThan(1);
    expect(g.dataMinimum.b).toBeGreaterThan(1);

    const l2 = train(variants[0]!);
    expect(l2.config.regularization.kind).toBe('l2');
    const g2 = geometryView(l2, { pair: [0, 1] });
    expect(g2.current.a).toBeGreaterThan(0.1);
    expect(g2.current.b).toBeGreaterThan(0.1);
    expect(Math.abs(g2.penalizedMinimum.a - g2.current.a)).toBeLessThan(1e-6);
    expect(Math.abs(g2.penalizedMinimum.b - g2.current.b)).toBeLessThan(1e-6);
    expect(variants[1]!.regularization.kind).toBe('none');
  }, 120_000);

  it('dropout is an ensemble: the thinned networks’ average agrees with the full network; the unscaled one fails', () => {
    const t = train(lesson('dropout-ensemble').config);
    const v = dropoutEnsembleView(t, { members: 32 });
    expect(v.validation.full).toBeGreaterThan(0.9);
    expect(v.closeness.full.agreement).toBeGreaterThan(0.98);
    expect(v.closeness.unscaled.agreement).toBeLessThan(0.95);
    expect(v.validation.unscaled).toBeLessThan(v.validation.full - 0.3);
  }, 120_000);

  it('batch norm: at learning rate 2 the BN network learns, the plain one struggles until the rate drops', () => {
    const { config, variants } = lesson('batch-norm-learning-rate');
    const bn = train(config);
    const plain = train(variants[0]!);
    const slower = train(variants[1]!);
    expect(plain.config.model.batchNorm).toBe(false);
    expect(plain.config.optimizer.learningRate).toBe(2);
    expect(slower.config.optimizer.learningRate).toBe(0.2);
    expect(recentValLoss(bn)).toBeLessThan(0.3);
    expect(last(bn).valAcc!).toBeGreaterThan(0.85);
    expect(recentValLoss(plain)).toBeGreaterThan(0.5);
    expect(recentValLoss(plain)).toBeGreaterThan(2.5 * recentValLoss(bn));
    expect(recentValLoss(slower)).toBeLessThan(0.3);
    // The noise: batch statistics move predictions more the smaller the batch.
    const noise = batchNormNoise(bn, { sizes: [4, 16, 64], draws: 8 });
    expect(noise.validation[0]!).toBeGreaterThan(noise.validation[1]!);
    expect(noise.validation[1]!).toBeGreaterThan(noise.validation[2]!);
  }, 120_000);

  it('L2 vs AdamW: one run under SGD, two different runs under Adam', () => {
    const { config, variants } = lesson('l2-vs-adamw');
    const [adamW, sgdL2, sgdDecay] = variants.map((v) => train(v));
    const adamL2 = train(config);
    expect(adamW!.config.regularization.decoupled).toBe(true);
    expect(sgdL2!.config.optimizer.kind).toBe('sgd');
    expect(sgdDecay!.config.regularization.decoupled).toBe(true);
    // SGD: the same update in two orders of operations; 600 epochs keep them within rounding.
    let gap = 0;
    sgdL2!.params.forEach((w, i) => (gap = Math.max(gap, Math.abs(w - sgdDecay!.params[i]!))));
    expect(gap).toBeLessThan(1e-9);
    // Adam: L2 through √v̂ shrinks far harder than AdamW's lr·λ.
    expect(last(adamL2).l2Norm).toBeLessThan(0.5 * last(adamW!).l2Norm);
    const d = decayComparison(adamL2);
    const settled = Array.from(d.settled.adamL2);
    expect(Math.max(...settled) / Math.min(...settled)).toBeGreaterThan(5);
    d.settled.adamW.forEach((s) => expect(s).toBeCloseTo(1e-4, 15));
  }, 120_000);
});

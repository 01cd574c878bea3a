// Every lesson on the overfitting lab and the classic ones, trained headlessly as the page would
// train it, shows the effect its caption promises within its own epoch budget. Runs are cached by
// config, since several lessons share a baseline. (The view lessons: viewLessons.test.ts; the
// catalog's structure and timing: catalog.test.ts.)
import { describe, expect, it } from 'vitest';
import type { ConfigV1 } from '../../workers/contract';
import { FEATURES } from '../../workers/contract';
import { Trainer } from '../../workers/engine/trainer';
import { applyPatch } from '../../workers/contract';
import { LESSONS, lessonById } from './catalog';
import { defaultLabConfig } from './defaultLab';
import type { LessonId } from './lesson';

const TIMEOUT = 120_000;
const trained = new Map<string, Trainer>();

/** Trains a config for at most `epochs` epochs (fewer than its budget where the effect shows earlier). */
function train(config: ConfigV1, epochs = config.epochs): Trainer {
  const key = `${epochs}:${JSON.stringify(config)}`;
  let t = trained.get(key);
  if (!t) {
    t = new Trainer(config);
    t.step(epochs);
    trained.set(key, t);
  }
  return t;
}

function lesson(id: LessonId) {
  const p = lessonById(id)!;
  const variants = (p.comparison?.variants ?? []).map((v) =>
    applyPatch<ConfigV1>(p.config, v.patch),
  );
  return { config: p.config, variants };
}

/** The last epoch a lesson's effect may need: 15 s at the lesson's pace. */
const visibleBy = (id: LessonId) => 15 * lessonById(id)!.pacedSpeed;

const last = (t: Trainer) => t.history[t.history.length - 1]!;
const valLosses = (t: Trainer) => t.history.map((h) => h.valLoss!);
const minVal = (t: Trainer) => Math.min(...valLosses(t));
const gap = (t: Trainer) => last(t).valLoss! - last(t).trainLoss!;

/** The first epoch from which `a`'s validation loss stays below `b`'s for the rest of the run. */
function belowFrom(a: Trainer, b: Trainer): number {
  const va = valLosses(a);
  const vb = valLosses(b);
  let from = va.length;
  for (let e = va.length - 1; e >= 0 && va[e]! < vb[e]!; e--) from = e;
  return from;
}

function predictsOneClass(t: Trainer): boolean {
  const grid = new Float32Array(64 * 64);
  t.evaluateGrid(64, grid);
  return grid.every((p) => p > 0.5 === grid[0]! > 0.5);
}

describe('lessons', () => {
  it('puts each penalty lesson’s λ near the middle of its slider, every λ within its range', () => {
    const penalized = (c: ConfigV1) => c.regularization.kind !== 'none';
    for (const p of LESSONS) {
      const { min, max } = p.ranges.lambda;
      expect(min).toBeGreaterThan(0);
      expect(max).toBeGreaterThan(min);
      const { config, variants } = lesson(p.id);
      for (const c of [config, ...variants].filter(penalized)) {
        expect(c.regularization.lambda).toBeGreaterThanOrEqual(min);
        expect(c.regularization.lambda).toBeLessThanOrEqual(max);
      }
    }
    const penaltyLessons = [
      'l2',
      'l1-features',
      'l1-vs-l2',
      'l1-l2-dropout',
      'l1-geometry',
      'l2-vs-adamw',
    ] as const;
    for (const id of penaltyLessons) {
      const p = lessonById(id)!;
      const { min, max } = p.ranges.lambda;
      const middle = (Math.log10(min) + Math.log10(max)) / 2;
      expect(Math.abs(Math.log10(p.config.regularization.lambda) - middle)).toBeLessThan(0.25);
    }
  });

  it(
    'overfitting: validation loss climbs soon after an early minimum while training loss keeps falling',
    () => {
      const t = train(lesson('overfitting').config);
      expect(t.config).toEqual({ ...defaultLabConfig(), epochs: t.config.epochs });
      const val = valLosses(t);
      const best = val.indexOf(Math.min(...val));
      expect(best).toBeGreaterThan(10);
      expect(best).toBeLessThan(300);
      const climbed = val.findIndex((v, e) => e > best && v > 1.25 * val[best]!);
      expect(climbed).toBeGreaterThan(0);
      expect(climbed).toBeLessThan(500);
      expect(climbed).toBeLessThan(visibleBy('overfitting'));
      expect(last(t).valLoss!).toBeGreaterThan(2 * val[best]!);
      expect(last(t).trainLoss!).toBeLessThan(0.25 * t.history[best]!.trainLoss!);
      expect(last(t).trainAcc! - last(t).valAcc!).toBeGreaterThanOrEqual(0.1);
    },
    TIMEOUT,
  );

  it(
    'L2: far smaller weights and validation loss than without, and the L2 run does not underfit',
    () => {
      const { config, variants } = lesson('l2');
      const l2 = train(config);
      const none = train(variants[0]!);
      expect(none.config.regularization.kind).toBe('none');
      expect(last(l2).l2Norm).toBeLessThan(0.4 * last(none).l2Norm);
      expect(last(l2).zeroFraction).toBe(0);
      expect(last(l2).valLoss!).toBeLessThan(0.5 * last(none).valLoss!);
      expect(belowFrom(l2, none)).toBeLessThan(Math.min(300, visibleBy('l2')));
      // Not underfitting: it fits the training points well and classifies validation no worse.
      expect(last(l2).trainAcc!).toBeGreaterThanOrEqual(0.9);
      expect(last(l2).valAcc!).toBeGreaterThanOrEqual(last(none).valAcc!);
      expect(last(l2).valLoss!).toBeLessThan(1.25 * minVal(l2));
    },
    TIMEOUT,
  );

  it(
    'L1: the five features the circle does not need switch off one after another, to exactly 0',
    () => {
      const { config, variants } = lesson('l1-features');
      const l1 = train(config);
      const inputs = l1.modelExport().inputs;
      const w = l1.modelExport().layers[0]!.weights[0]!;
      const weightOf = (f: string) => w[inputs.indexOf(f)];
      expect(inputs).toEqual([...FEATURES]);
      for (const f of ['x1', 'x2', 'x1*x2', 'sin(x1)', 'sin(x2)']) expect(weightOf(f)).toBe(0);
      expect(Math.abs(weightOf('x1^2')!)).toBeGreaterThan(0.1);
      expect(Math.abs(weightOf('x2^2')!)).toBeGreaterThan(0.1);
      expect(last(l1).zeroFraction).toBeCloseTo(5 / 7, 10);
      // Readable on the curves: no zeros in the first 25 epochs, all five by epoch 300, in steps.
      const zeros = l1.history.map((h) => h.zeroFraction);
      expect(zeros[25]).toBe(0);
      const allFive = zeros.findIndex((z) => Math.abs(z - 5 / 7) < 1e-9);
      expect(allFive).toBeGreaterThan(50);
      expect(allFive).toBeLessThan(Math.min(300, visibleBy('l1-features')));
      expect(new Set(zeros.slice(0, allFive + 1)).size).toBeGreaterThanOrEqual(4);
      // The loss descends over a hundred epochs or more, not in a spike at epoch 0.
      expect(l1.history[50]!.valLoss!).toBeGreaterThan(3 * last(l1).valLoss!);
      // Without the penalty every feature keeps a weight.
      expect(last(train(variants[0]!)).zeroFraction).toBe(0);
    },
    TIMEOUT,
  );

  it(
    'L1 vs L2: L1 ends with most weights exactly 0, L2 with none but a smaller norm than at the start',
    () => {
      const { config, variants } = lesson('l1-vs-l2');
      const l1 = train(config);
      const l2 = train(variants[0]!);
      expect(l2.config.regularization.kind).toBe('l2');
      expect(l1.history[10]!.zeroFraction).toBeLessThan(0.5);
      // Half the weights at 0 by epoch 100, within 15 s at the lesson's pace.
      expect(l1.history[100]!.zeroFraction).toBeGreaterThan(0.5);
      expect(visibleBy('l1-vs-l2')).toBeGreaterThan(100);
      expect(last(l1).zeroFraction).toBeGreaterThan(0.8);
      expect(last(l2).zeroFraction).toBe(0);
      expect(last(l2).l2Norm).toBeLessThan(0.7 * l2.history[0]!.l2Norm);
      for (const t of [l1, l2]) expect(last(t).valAcc!).toBeGreaterThan(0.9);
    },
    TIMEOUT,
  );

  it(
    'dropout: p = 0.5 regularizes (smaller gap, lower validation loss) and does not underfit',
    () => {
      const { config, variants } = lesson('dropout');
      const half = train(config);
      const full = train(variants[0]!);
      expect(full.config.model.dropoutKeep).toBe(1);
      expect(gap(half)).toBeLessThan(0.5 * gap(full));
      expect(last(half).valLoss!).toBeLessThan(0.5 * last(full).valLoss!);
      expect(belowFrom(half, full)).toBeLessThan(Math.min(500, visibleBy('dropout')));
      expect(last(half).trainAcc!).toBeGreaterThanOrEqual(0.85);
      expect(last(half).valAcc!).toBeGreaterThanOrEqual(last(full).valAcc!);
      expect(predictsOneClass(half)).toBe(false);
    },
    TIMEOUT,
  );

  it(
    'early stopping (mark only): records the stop early, trains on past it, and ends above the best',
    () => {
      const t = train(lesson('early-stopping').config);
      const es = t.earlyStoppingState();
      expect(es.stoppedEpoch).not.toBeNull();
      expect(es.stoppedEpoch!).toBeLessThan(Math.min(300, visibleBy('early-stopping')));
      expect(es.restored).toBe(false);
      expect(t.epoch).toBe(t.config.epochs);
      expect(t.epoch).toBeGreaterThan(es.stoppedEpoch! + 500);
      expect(last(t).valLoss!).toBeGreaterThan(1.5 * es.bestValLoss!);
    },
    TIMEOUT,
  );

  it(
    'batch norm: the deep sigmoid net learns far faster with BN than without',
    () => {
      const { config, variants } = lesson('batch-norm');
      // Held at epoch 100: within 15 s at the lesson's pace.
      expect(visibleBy('batch-norm')).toBeGreaterThan(100);
      const bn = train(config, 100);
      const plain = train(variants[0]!, 100);
      expect(plain.config.model.batchNorm).toBe(false);
      // Without BN the loss is still near chance (ln 2 ≈ 0.69) after 100 epochs.
      expect(last(plain).valLoss!).toBeGreaterThan(0.6);
      expect(last(bn).valLoss!).toBeLessThan(0.3);
    },
    TIMEOUT,
  );

  it(
    'augmentation: scaling (label-preserving on XOR) keeps validation loss, flipping ruins it',
    () => {
      const { config, variants } = lesson('augmentation');
      const scaled = train(config);
      const none = train(variants[0]!);
      const flipped = train(variants[1]!);
      expect(minVal(scaled)).toBeLessThanOrEqual(minVal(none) * 1.1);
      expect(minVal(flipped)).toBeGreaterThan(2 * minVal(none));
      expect(minVal(flipped)).toBeGreaterThan(0.5);
    },
    TIMEOUT,
  );

  it(
    'none / L1 / L2 / L2 + dropout: each rescues the default lab, L1 with exact zeros, the last best',
    () => {
      const { config, variants } = lesson('l1-l2-dropout');
      const none = train(config);
      const [l1, l2, l2Dropout] = variants.map((v) => train(v));
      expect(none.config.regularization.kind).toBe('none');
      expect(l1!.config.regularization.kind).toBe('l1');
      expect(l2!.config.regularization.kind).toBe('l2');
      expect(l2Dropout!.config.regularization.kind).toBe('l2');
      expect(l2Dropout!.config.model.dropoutKeep).toBe(0.5);
      expect(last(none).valLoss!).toBeGreaterThan(2 * minVal(none));
      for (const t of [l1!, l2!, l2Dropout!]) {
        expect(last(t).valLoss!).toBeLessThan(0.5 * last(none).valLoss!);
        expect(belowFrom(t, none)).toBeLessThan(Math.min(500, visibleBy('l1-l2-dropout')));
        expect(predictsOneClass(t)).toBe(false);
      }
      expect(last(l1!).zeroFraction).toBeGreaterThan(0.3);
      expect(last(l1!).zeroFraction).toBeLessThan(0.8);
      expect(last(l2!).zeroFraction).toBe(0);
      expect(last(l2Dropout!).zeroFraction).toBe(0);
      expect(last(l2!).l2Norm).toBeLessThan(0.4 * last(none).l2Norm);
      expect(last(l2Dropout!).valLoss!).toBeLessThan(
        Math.min(last(l1!).valLoss!, last(l2!).valLoss!),
      );
    },
    TIMEOUT,
  );

  it(
    'all combined: ends below the best the unregularized baseline ever reached',
    () => {
      const { config, variants } = lesson('combined');
      const all = train(config);
      const none = train(variants[0]!);
      // The baseline is the overfitting lesson with every technique off.
      expect(none.config.regularization.kind).toBe('none');
      expect(none.config.model.dropoutKeep).toBe(1);
      expect(none.config.augmentation.jitter).toBe(0);
      expect(none.config.earlyStopping.enabled).toBe(false);
      expect(none.config.data).toEqual(lesson('overfitting').config.data);
      expect(last(all).valLoss!).toBeLessThan(minVal(none));
      expect(last(all).valLoss!).toBeLessThan(0.5 * last(none).valLoss!);
      expect(all.earlyStoppingState().stoppedEpoch).not.toBeNull();
    },
    TIMEOUT,
  );
});

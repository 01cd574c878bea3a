// Every lesson preset, trained headlessly as the page would train it, shows the effect its caption
// promises. Runs are cached by config, since several lessons share a baseline.
import { describe, expect, it } from 'vitest';
import type { ConfigV1 } from '../../workers/contract';
import { FEATURES } from '../../workers/contract';
import { Trainer } from '../../workers/engine/trainer';
import { validateConfig } from '../../workers/contract';
import { applyPatch } from '../../workers/contract';
import { checkComparison } from '../store/urlCodec';
import type { LessonId } from './presets';
import { LESSON_IDS, PRESETS, presetById } from './presets';

const trained = new Map<string, Trainer>();

/** Trains a config for at most `epochs` epochs (fewer than live where the effect shows earlier). */
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
  const p = presetById(id)!;
  const variants = (p.comparison?.variants ?? []).map((v) =>
    applyPatch<ConfigV1>(p.config, v.patch),
  );
  return { config: p.config, variants };
}

const last = (t: Trainer) => t.history[t.history.length - 1]!;
const valLosses = (t: Trainer) => t.history.map((h) => h.valLoss!);
const minVal = (t: Trainer) => Math.min(...valLosses(t));
const gap = (t: Trainer) => last(t).valLoss! - last(t).trainLoss!;

describe('lesson presets', () => {
  it('has at least eight presets, each a valid config with a usable comparison', () => {
    expect(PRESETS.length).toBeGreaterThanOrEqual(8);
    expect(PRESETS.map((p) => p.id)).toEqual([...LESSON_IDS]);
    for (const p of PRESETS) {
      expect(validateConfig(p.config).config).toEqual(p.config);
      if (p.comparison) {
        expect(p.comparison.variants.length).toBeGreaterThanOrEqual(1);
        expect(p.comparison.variants.length).toBeLessThanOrEqual(3);
        expect(checkComparison(p.comparison, p.config)).toEqual(p.comparison);
      }
    }
  });

  it('overfitting: validation loss rises clearly after its minimum while training loss keeps falling', () => {
    const t = train(lesson('overfitting').config, 1200);
    const val = valLosses(t);
    const best = val.indexOf(Math.min(...val));
    expect(best).toBeGreaterThan(20);
    expect(best).toBeLessThan(600);
    expect(last(t).valLoss!).toBeGreaterThan(1.5 * val[best]!);
    expect(last(t).trainLoss!).toBeLessThan(0.5 * t.history[best]!.trainLoss!);
  });

  it('L2: the final weight norm is well below the unregularized run’s, and validation loss too', () => {
    const { config, variants } = lesson('l2');
    const l2 = train(config, 1200);
    const none = train(variants[0]!, 1200);
    expect(none.config.regularization.kind).toBe('none');
    expect(last(l2).l2Norm).toBeLessThan(0.4 * last(none).l2Norm);
    expect(last(l2).zeroFraction).toBe(0);
    expect(last(l2).valLoss!).toBeLessThan(last(none).valLoss!);
  });

  it('L1: the five features the circle does not need get first-layer weights of exactly 0', () => {
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
    // Without the penalty every feature keeps a weight.
    expect(last(train(variants[0]!)).zeroFraction).toBe(0);
  });

  it('L1 vs L2: the L1 run ends with many exact zeros, the L2 run with none', () => {
    const { config, variants } = lesson('l1-vs-l2');
    const l1 = train(config);
    const l2 = train(variants[0]!);
    expect(l2.config.regularization.kind).toBe('l2');
    expect(last(l1).zeroFraction).toBeGreaterThan(0.5);
    expect(last(l2).zeroFraction).toBe(0);
  });

  it('dropout: p = 0.5 leaves a smaller train/validation gap than p = 1', () => {
    const { config, variants } = lesson('dropout');
    const half = train(config, 1200);
    const full = train(variants[0]!, 1200);
    expect(full.config.model.dropoutKeep).toBe(1);
    expect(gap(half)).toBeLessThan(0.5 * gap(full));
    expect(last(half).valLoss!).toBeLessThan(last(full).valLoss!);
  });

  it('early stopping (mark only): records the stop, trains on past it, and ends above the best', () => {
    const t = train(lesson('early-stopping').config, 1200);
    const es = t.earlyStoppingState();
    expect(es.stoppedEpoch).not.toBeNull();
    expect(es.restored).toBe(false);
    expect(t.epoch).toBe(1200);
    expect(t.epoch).toBeGreaterThan(es.stoppedEpoch! + 500);
    expect(last(t).valLoss!).toBeGreaterThan(1.5 * es.bestValLoss!);
  });

  it('batch norm: the deep sigmoid net learns far faster with BN than without', () => {
    const { config, variants } = lesson('batch-norm');
    const bn = train(config, 100);
    const plain = train(variants[0]!, 100);
    expect(plain.config.model.batchNorm).toBe(false);
    // Without BN the loss is still near chance (ln 2 ≈ 0.69) after 100 epochs.
    expect(last(plain).valLoss!).toBeGreaterThan(0.6);
    expect(last(bn).valLoss!).toBeLessThan(0.3);
  });

  it('augmentation: scaling (label-preserving on XOR) keeps validation loss, flipping ruins it', () => {
    const { config, variants } = lesson('augmentation');
    const scaled = train(config);
    const none = train(variants[0]!);
    const flipped = train(variants[1]!);
    expect(minVal(scaled)).toBeLessThanOrEqual(minVal(none) * 1.1);
    expect(minVal(flipped)).toBeGreaterThan(2 * minVal(none));
    expect(minVal(flipped)).toBeGreaterThan(0.5);
  });

  it('all combined: lower validation loss than the unregularized overfitting baseline', () => {
    const { config, variants } = lesson('combined');
    const all = train(config, 1200);
    const none = train(variants[0]!, 1200);
    // The baseline is the overfitting lesson with every technique off.
    expect(none.config.regularization.kind).toBe('none');
    expect(none.config.model.dropoutKeep).toBe(1);
    expect(none.config.augmentation.jitter).toBe(0);
    expect(none.config.earlyStopping.enabled).toBe(false);
    expect(none.config.data).toEqual(lesson('overfitting').config.data);
    expect(last(all).valLoss!).toBeLessThan(minVal(none));
    expect(last(all).valLoss!).toBeLessThan(0.5 * last(none).valLoss!);
  });
});

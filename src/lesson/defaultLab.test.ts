// The default lab teaches what docs/default-lab.md measured: trained for real, without
// regularization it overfits visibly within 1,500 epochs; at the default λ each penalty rescues it
// without killing it; the slider's largest λ kills it; dropout at p = 0.5 still learns.
import { describe, expect, it } from 'vitest';
import type { ConfigV1 } from '../../workers/contract';
import { validateConfig } from '../../workers/contract';
import { Trainer } from '../../workers/engine/trainer';
import { applyPatch } from '../../workers/contract';
import type { ConfigPatch } from '../../workers/contract';
import {
  DEFAULT_LAB_EPOCHS,
  DEFAULT_LAB_RANGES,
  defaultLabConfig,
  LESSON_PACED_SPEED,
} from './defaultLab';

/** Where every effect must show: about 15 s at the paced lesson speed. */
const VISIBLE_BY = 15 * LESSON_PACED_SPEED;
const TIMEOUT = 120_000;
/** "Still separates the classes": validation accuracy at most 2 of the 80 points below none's. */
const ACCURACY_SLACK = 0.025;

const trained = new Map<string, Trainer>();

function train(patch: ConfigPatch, epochs = VISIBLE_BY): Trainer {
  const key = `${epochs}:${JSON.stringify(patch)}`;
  let t = trained.get(key);
  if (!t) {
    t = new Trainer(applyPatch<ConfigV1>(defaultLabConfig(), patch));
    t.step(epochs);
    trained.set(key, t);
  }
  return t;
}

const none = () => train({});
const last = (t: Trainer) => t.history[t.history.length - 1]!;
const valLosses = (t: Trainer) => t.history.map((h) => h.valLoss!);

/** Every cell of a 64 × 64 decision grid on the same side of ½. */
function predictsOneClass(t: Trainer): boolean {
  const grid = new Float32Array(64 * 64);
  t.evaluateGrid(64, grid);
  return grid.every((p) => p > 0.5 === grid[0]! > 0.5);
}

describe('the default lab', () => {
  it('is a valid config whose budget is a few thousand epochs, with λ in the middle of its slider', () => {
    const c = defaultLabConfig();
    expect(validateConfig(c).config).toEqual(c);
    expect(c.epochs).toBe(DEFAULT_LAB_EPOCHS);
    expect(c.epochs).toBeGreaterThanOrEqual(2000);
    expect(c.regularization.kind).toBe('none');
    const { min, max } = DEFAULT_LAB_RANGES.lambda;
    const middle = (Math.log10(min) + Math.log10(max)) / 2;
    expect(Math.abs(Math.log10(c.regularization.lambda) - middle)).toBeLessThan(0.25);
    expect(c.model.dropoutKeep).toBe(1);
    expect(DEFAULT_LAB_RANGES.dropoutKeep.min).toBeLessThanOrEqual(0.5);
    expect(DEFAULT_LAB_RANGES.dropoutKeep.max).toBe(1);
  });

  it(
    'without regularization overfits visibly: validation loss climbs while training loss falls',
    () => {
      const t = none();
      const val = valLosses(t);
      const best = val.indexOf(Math.min(...val));
      // The minimum comes early and the climb past it is plain within the first few hundred epochs.
      expect(best).toBeGreaterThan(10);
      expect(best).toBeLessThan(300);
      const climbed = val.findIndex((v, e) => e > best && v > 1.25 * val[best]!);
      expect(climbed).toBeGreaterThan(0);
      expect(climbed).toBeLessThan(500);
      expect(last(t).valLoss!).toBeGreaterThan(2 * val[best]!);
      expect(last(t).trainLoss!).toBeLessThan(0.25 * t.history[best]!.trainLoss!);
      expect(last(t).trainAcc! - last(t).valAcc!).toBeGreaterThanOrEqual(0.1);
    },
    TIMEOUT,
  );

  for (const kind of ['l1', 'l2', 'elasticnet'] as const) {
    it(
      `${kind} at the default λ rescues it without killing it`,
      () => {
        const t = train({ regularization: { kind } });
        expect(t.config.regularization.lambda).toBe(defaultLabConfig().regularization.lambda);
        expect(last(t).valLoss!).toBeLessThan(0.5 * last(none()).valLoss!);
        expect(last(t).valAcc!).toBeGreaterThanOrEqual(last(none()).valAcc! - ACCURACY_SLACK);
        expect(last(t).trainAcc!).toBeGreaterThanOrEqual(0.85);
        expect(predictsOneClass(t)).toBe(false);
      },
      TIMEOUT,
    );
  }

  it(
    'L1 at the default λ switches a clear but partial share of the weights off, gradually',
    () => {
      const t = train({ regularization: { kind: 'l1' } });
      expect(last(t).zeroFraction).toBeGreaterThan(0.3);
      expect(last(t).zeroFraction).toBeLessThan(0.7);
      // Not at once: after 20 epochs fewer than a quarter of the weights are 0.
      expect(t.history[20]!.zeroFraction).toBeLessThan(0.25);
    },
    TIMEOUT,
  );

  it(
    'L2 at the default λ keeps every weight but far smaller',
    () => {
      const t = train({ regularization: { kind: 'l2' } });
      expect(last(t).zeroFraction).toBe(0);
      expect(last(t).l2Norm).toBeLessThan(0.4 * last(none()).l2Norm);
    },
    TIMEOUT,
  );

  it(
    'the largest λ kills it: L1 sets every weight to exactly 0, L2 flattens the map to one class',
    () => {
      const lambda = DEFAULT_LAB_RANGES.lambda.max;
      const l1 = train({ regularization: { kind: 'l1', lambda } }, 300);
      expect(last(l1).zeroFraction).toBe(1);
      expect(predictsOneClass(l1)).toBe(true);
      const l2 = train({ regularization: { kind: 'l2', lambda } }, 300);
      expect(predictsOneClass(l2)).toBe(true);
      // One step down the range L1 still separates the classes.
      const milder = train({ regularization: { kind: 'l1', lambda: lambda / 100 } }, 300);
      expect(predictsOneClass(milder)).toBe(false);
    },
    TIMEOUT,
  );

  it(
    'dropout at p = 0.5 still learns and regularizes: validation loss far below, accuracy no worse',
    () => {
      const t = train({ model: { dropoutKeep: 0.5 } });
      expect(last(t).trainAcc!).toBeGreaterThanOrEqual(0.85);
      expect(last(t).valAcc!).toBeGreaterThanOrEqual(last(none()).valAcc! - ACCURACY_SLACK);
      expect(last(t).valLoss!).toBeLessThan(0.5 * last(none()).valLoss!);
      expect(predictsOneClass(t)).toBe(false);
    },
    TIMEOUT,
  );
});

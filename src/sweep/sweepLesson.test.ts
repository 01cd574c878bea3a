import { describe, expect, it } from 'vitest';
import { bestByValidation, summarize } from '../../workers/contract';
import { runSweepPoint } from '../../workers/sweep/sweepPoint';
import { sweepGrid } from '../../workers/sweep/sweepSpec';
import { lessonTexts as en } from '../i18n/en/lessonTexts';
import { lessonTexts as zh } from '../i18n/zh/lessonTexts';
import { lessonById } from '../lesson/catalog';
import { CHOOSE_LAMBDA_SWEEP, chooseLambdaConfig } from './sweepLesson';
import { planSweep } from './sweepPlan';
import { decodeSweepSettings } from './sweepSettings';

describe('the lesson "Choose λ by validation"', () => {
  it('has a validation curve with an interior minimum: overfit at λ = 0, underfit at the top', () => {
    const settings = decodeSweepSettings(CHOOSE_LAMBDA_SWEEP)!;
    const { spec } = planSweep(chooseLambdaConfig(), settings);
    expect(spec).not.toBeNull();
    const points = sweepGrid(spec!).map((k) =>
      runSweepPoint(spec!, k.lambda, k.dropoutKeep, k.repeat),
    );
    const curve = summarize(spec!, points);
    expect(curve).toHaveLength(13);
    const val = curve.map((s) => s.figures.valLoss!.mean);
    const train = curve.map((s) => s.figures.trainLoss!.mean);
    const best = bestByValidation(curve)!;
    const at = curve.indexOf(best);
    // The minimum is inside the ladder, well below both ends.
    expect(at).toBeGreaterThan(2);
    expect(at).toBeLessThan(curve.length - 2);
    expect(val[0]).toBeGreaterThan(1.5 * val[at]!);
    expect(val[val.length - 1]).toBeGreaterThan(1.3 * val[at]!);
    // Overfitting at λ = 0: training loss far below validation loss; underfitting at the top:
    // training loss as high as validation loss, near chance (ln 2 ≈ 0.69).
    expect(train[0]).toBeLessThan(0.3 * val[0]!);
    expect(train[train.length - 1]).toBeGreaterThan(0.6);
    expect(Math.abs(train[train.length - 1]! - val[val.length - 1]!)).toBeLessThan(0.1);
  }, 120_000);

  it('is in the lesson list, opens the Sweep view with its sweep, in both languages', () => {
    const lesson = lessonById('choose-lambda')!;
    expect(lesson.view).toBe('sweep');
    expect(lesson.sweep).toBe(CHOOSE_LAMBDA_SWEEP);
    expect(en[lesson.titleKey]).toBe('Choose λ by validation');
    expect(zh[lesson.lookForKey]).toMatch(/过拟合/);
  });
});

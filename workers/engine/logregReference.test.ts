// With no hidden layer RegLab's network is logistic regression, a convex problem with a single
// optimum, so full-batch training must land where an independent solver lands. The reference is
// scikit-learn, fitted offline by scripts/sklearn-reference.py on the same objective
// (mean BCE + λ·Σ|w| or (λ/2)·Σw², intercept unpenalized; C = 1/(λ·n)) and stored in
// fixtures/logreg-reference.json. See docs/solver-comparison.md.
//
// Tolerances, and why they can be this tight:
//  * The fixture is an optimum to rounding: the generator checks the optimality (KKT) conditions,
//    residual ≤ 1e-11, and the objective's curvature on the non-zero weights and the intercept is
//    ≥ 0.015 in every case, so the fixture's weights are within ~1e-9 of the true optimum.
//  * RegLab runs EPOCHS full-batch (proximal) gradient steps with LR = 0.1, below 1/L in every
//    case (L = largest curvature of the objective, ≤ 6.7 here, so 1/L ≥ 0.15): each step shrinks
//    the distance to the optimum by a factor ≤ 1 − LR·0.015, i.e. by e^-30 over EPOCHS steps.
//  * So both sides should agree to ~1e-9 (measured: ≤ 1.6e-10). WEIGHT_TOL = 1e-6 leaves a
//    thousandfold margin for rounding yet is far below the smallest non-zero weight (~5e-3).
//    The objective is flat at the optimum (a weight error δ changes it by ≤ L·|δ|²/2 ≈ 2e-11 at
//    δ = 1e-6 in every coordinate), hence OBJECTIVE_REL_TOL = 1e-10 (measured: ≤ 1e-15).
//  * The L1 zero pattern is not marginal: at every weight scikit-learn sets to 0 the data
//    gradient is at most 0.76·λ, so it takes a real difference in the optimum to move a zero.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { FeatureName, Point } from './config';
import { kktResidual, logregConfig, maxAbsDiff, objective } from './logregObjective';
import type { RunExportV1 } from './runExport';
import { Trainer } from './trainer';

interface ReferenceCase {
  name: string;
  dataset: string;
  features: FeatureName[];
  penalty: 'l1' | 'l2';
  lambda: number;
  C: number;
  n: number;
  solver: string;
  points: Point[];
  weights: number[];
  intercept: number;
  objective: number;
}

interface ReferenceFile {
  sklearnVersion: string;
  cases: ReferenceCase[];
}

const reference = JSON.parse(
  readFileSync(new URL('./fixtures/logreg-reference.json', import.meta.url), 'utf8'),
) as ReferenceFile;

const LR = 0.1;
const EPOCHS = 20000;
const SEED = 7;
const OBJECTIVE_REL_TOL = 1e-10;
const WEIGHT_TOL = 1e-6;
/** Optimality (KKT) residual a converged run must reach: the gradient is ~0 up to rounding. */
const KKT_TOL = 1e-8;
/** Whichever test of a case runs first trains it (also when a single test is run alone). */
const TRAIN_TIMEOUT_MS = 60_000;

interface Trained {
  run: RunExportV1;
  w: number[];
  b: number;
}

const trainedRuns = new Map<string, Trained>();

/** Trains a case once; the tests of that case share the run. */
function trained(c: ReferenceCase): Trained {
  let t = trainedRuns.get(c.name);
  if (t === undefined) {
    const trainer = new Trainer(logregConfig(c, EPOCHS, LR, SEED));
    trainer.step(EPOCHS);
    const run = trainer.toRunExport();
    const layer = run.model.layers[0]!;
    t = { run, w: [...layer.weights[0]!], b: layer.biases[0]! };
    trainedRuns.set(c.name, t);
  }
  return t;
}

function describeCase(c: ReferenceCase): string {
  return `λ = ${c.lambda}, ${c.dataset}, ${c.features.length} features`;
}

const pointKey = (p: Point): string => p.join(',');

describe(`logistic regression against scikit-learn ${reference.sklearnVersion}`, () => {
  it('has L1 and L2 cases, and the L1 ones have both exact zeros and non-zeros to match', () => {
    expect(reference.cases.some((c) => c.penalty === 'l2')).toBe(true);
    const l1 = reference.cases.filter((c) => c.penalty === 'l1');
    expect(l1.length).toBeGreaterThan(0);
    for (const c of l1) {
      expect(c.weights.filter((v) => v === 0).length, c.name).toBeGreaterThanOrEqual(2);
      expect(c.weights.filter((v) => v !== 0).length, c.name).toBeGreaterThanOrEqual(2);
    }
  });

  for (const c of reference.cases) {
    const kind = c.penalty.toUpperCase();
    const title =
      c.penalty === 'l1'
        ? `L1 logistic regression reaches scikit-learn's optimum with the same exact zeros (${describeCase(c)})`
        : `L2 logistic regression reaches scikit-learn's optimum (${describeCase(c)})`;

    describe(c.name, () => {
      it(
        title,
        () => {
          const { run, w, b } = trained(c);
          expect(run.status).toBe('done');
          expect(run.model.inputs).toEqual(c.features);
          // train: 1 puts every point in the training set (shuffled: the objective ignores order).
          expect(run.data.train.map(pointKey).sort()).toEqual(c.points.map(pointKey).sort());
          expect(w).toHaveLength(c.weights.length);

          // The objective, evaluated here independently of the engine…
          const ours = objective(c, w, b);
          expect(Math.abs(ours - c.objective) / c.objective).toBeLessThan(OBJECTIVE_REL_TOL);
          // …and as the engine reports it in its last history record.
          const last = run.history[run.history.length - 1]!;
          expect(last.trainLoss).not.toBeNull();
          const reported = last.trainLoss! + last.penalty;
          expect(Math.abs(reported - c.objective) / c.objective).toBeLessThan(OBJECTIVE_REL_TOL);

          expect(maxAbsDiff(w, c.weights)).toBeLessThan(WEIGHT_TOL);
          expect(Math.abs(b - c.intercept)).toBeLessThan(WEIGHT_TOL);

          if (c.penalty === 'l1') {
            // The proximal step reaches exact zeros, exactly where scikit-learn has them.
            const zerosHere = w.map((v) => v === 0);
            const zerosThere = c.weights.map((v) => v === 0);
            expect(zerosHere).toEqual(zerosThere);
            expect(last.zeroFraction).toBe(zerosThere.filter(Boolean).length / w.length);
          }
        },
        TRAIN_TIMEOUT_MS,
      );

      it(
        `${kind} training stops at a point where the gradient conditions of the optimum hold (${describeCase(c)})`,
        () => {
          const { w, b } = trained(c);
          expect(kktResidual(c, w, b)).toBeLessThan(KKT_TOL);
          // The fixture itself passes the same check, computed here rather than trusted.
          expect(kktResidual(c, c.weights, c.intercept)).toBeLessThan(KKT_TOL);
        },
        TRAIN_TIMEOUT_MS,
      );

      it(
        `neither scikit-learn's nor RegLab's ${kind} solution beats the other on RegLab's objective (${describeCase(c)})`,
        () => {
          const { w, b } = trained(c);
          const atReglab = objective(c, w, b);
          const atSklearn = objective(c, c.weights, c.intercept);
          // Both are minimizers of the same convex function: equal up to the tolerance.
          expect(atSklearn).toBeGreaterThanOrEqual(atReglab * (1 - OBJECTIVE_REL_TOL));
          expect(atReglab).toBeGreaterThanOrEqual(atSklearn * (1 - OBJECTIVE_REL_TOL));
        },
        TRAIN_TIMEOUT_MS,
      );
    });
  }
});

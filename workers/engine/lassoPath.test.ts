// An L1 sweep of logistic regression (0 hidden layers, full batch) must trace the true lasso
// path: at every λ each point reaches scikit-learn's optimum at C = 1/(λ·n), with the same exact
// zeros, whatever its repeat (a convex problem has one optimum, whatever the initialization).
// The reference is fixtures/lasso-path-reference.json, written offline by
// scripts/sklearn-reference.py (see docs/solver-comparison.md), on the `ring` points with
// x1, x2, x1², x2², x1·x2, at 11 values of λ from 0 to past λ_max (every weight 0).
//
// Tolerances (as in logregReference.test.ts, whose independent objective this reuses):
//  * The fixture is an optimum to rounding: KKT residual ≤ 3e-12 at every λ.
//  * Along the path the objective's curvature on the non-zero weights and the bias is at least
//    0.0274 (λ = 0) and at most 4.06 everywhere, so LR = 0.1 < 1/L and each proximal-gradient
//    step shrinks the distance to the optimum by at least 1 − 0.1·0.0274: by e^-27 over EPOCHS.
//  * So both sides should agree to ~1e-9 (measured: ≤ 8.6e-10, reached by 9,000 epochs; 6,000
//    leave 1e-7); WEIGHT_TOL = 1e-6 leaves a wide margin yet is far
//    below the smallest non-zero weight on the path (0.012). No zero is marginal: at every zero
//    the data gradient is at most 0.934·λ.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { exactZeroCounts, regularizationPath } from '../sweep/summaries';
import { runSweepPoint } from '../sweep/sweepPoint';
import { pointConfig, sweepGrid, validateSweepSpec } from '../sweep/sweepSpec';
import type { SweepPointResult } from '../sweep/sweepExport';
import type { FeatureName, Point } from './config';
import type { LogregProblem } from './logregObjective';
import { kktResidual, logregConfig, maxAbsDiff, objective } from './logregObjective';
import { Trainer } from './trainer';

interface PathStep {
  lambda: number;
  C: number | null;
  weights: number[];
  intercept: number;
  objective: number;
}

interface PathFixture {
  sklearnVersion: string;
  dataset: string;
  features: FeatureName[];
  n: number;
  lambdaMax: number;
  points: Point[];
  steps: PathStep[];
}

const fixture = JSON.parse(
  readFileSync(new URL('./fixtures/lasso-path-reference.json', import.meta.url), 'utf8'),
) as PathFixture;

const LR = 0.1;
const EPOCHS = 10_000;
const SEED = 7;
const REPEATS = 2;
const OBJECTIVE_REL_TOL = 1e-10;
const WEIGHT_TOL = 1e-6;
const KKT_TOL = 1e-8;

function problem(lambda: number): LogregProblem {
  return { points: fixture.points, features: fixture.features, penalty: 'l1', lambda };
}

const spec = validateSweepSpec({
  config: logregConfig(problem(0), EPOCHS, LR, SEED),
  lambda: fixture.steps.map((s) => s.lambda),
  repeats: REPEATS,
}).spec;

let swept: SweepPointResult[] | null = null;

/** The whole sweep, trained once by whichever test runs first. */
function sweep(): SweepPointResult[] {
  swept ??= sweepGrid(spec).map((k) => runSweepPoint(spec, k.lambda, k.dropoutKeep, k.repeat));
  return swept;
}

const TIMEOUT = 120_000;

describe(`an L1 sweep of logistic regression against scikit-learn ${fixture.sklearnVersion}'s lasso path`, () => {
  it('the fixture is a path, from no zero at λ = 0 to every weight zero past λ_max, and the repeats start apart', () => {
    const zeros = fixture.steps.map((s) => s.weights.filter((w) => w === 0).length);
    expect(zeros[0]).toBe(0);
    expect(zeros.at(-1)).toBe(fixture.features.length);
    expect(new Set(zeros).size).toBeGreaterThanOrEqual(4); // weights leave one after another
    expect(fixture.steps.at(-1)!.lambda).toBeGreaterThan(fixture.lambdaMax);
    // The repeats start apart, so meeting at the optimum is not a shared initialization.
    const init = [0, 1].map((repeat) =>
      new Trainer(pointConfig(spec, 0.01, 1), 'fast', { repeat }).modelExport(true),
    );
    expect(init[1]).not.toEqual(init[0]);
    for (const s of fixture.steps) {
      if (s.lambda > 0) expect(s.C).toBeCloseTo(1 / (s.lambda * fixture.n), 12);
      expect(kktResidual(problem(s.lambda), s.weights, s.intercept)).toBeLessThan(KKT_TOL);
    }
  });

  for (const step of fixture.steps) {
    it(
      `every repeat at λ = ${step.lambda} reaches scikit-learn's optimum with its exact zeros`,
      () => {
        const here = sweep().filter((p) => p.lambda === step.lambda);
        expect(here.map((p) => p.repeat)).toEqual([0, 1]);
        for (const p of here) {
          expect(p.status).toBe('done');
          const layer = p.model.layers[0]!;
          const w = [...layer.weights[0]!];
          const b = layer.biases[0]!;
          expect(maxAbsDiff(w, step.weights)).toBeLessThan(WEIGHT_TOL);
          expect(Math.abs(b - step.intercept)).toBeLessThan(WEIGHT_TOL);
          expect(w.map((v) => v === 0)).toEqual(step.weights.map((v) => v === 0));
          const ours = objective(problem(step.lambda), w, b);
          expect(Math.abs(ours - step.objective) / step.objective).toBeLessThan(OBJECTIVE_REL_TOL);
          expect(kktResidual(problem(step.lambda), w, b)).toBeLessThan(KKT_TOL);
          const zeros = step.weights.filter((v) => v === 0).length;
          expect(p.final.zeroFraction).toBe(zeros / step.weights.length);
        }
      },
      TIMEOUT,
    );
  }

  it(
    "the page's regularization path and zero counts are scikit-learn's lasso path",
    () => {
      const path = regularizationPath(spec, sweep());
      expect(path.inputs).toEqual(fixture.features);
      fixture.steps.forEach((step, l) => {
        const ours = path.weights.map((line) => line[l]!);
        expect(maxAbsDiff(ours, step.weights)).toBeLessThan(WEIGHT_TOL);
        expect(ours.map((v) => v === 0)).toEqual(step.weights.map((v) => v === 0));
      });
      const counts = exactZeroCounts(spec, sweep());
      expect(counts.map((c) => c.zeros)).toEqual(
        fixture.steps.map((s) => {
          const z = s.weights.filter((v) => v === 0).length;
          return { mean: z, min: z, max: z, sd: 0, n: REPEATS };
        }),
      );
    },
    TIMEOUT,
  );
});

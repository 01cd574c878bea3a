// The default λ values of a sweep: 0, then 12 log-spaced values from 1e-5 up to where the model
// dies (every weight at or near 0, validation accuracy at the base rate), with the config's
// current λ among them. 13 values: enough for a validation curve, few enough to train live.
//
// Where the model dies depends mostly on the penalty and on whether there are hidden layers (a
// penalty on every layer of a product of weights bites far sooner than on one layer). Measured on
// the five built-in datasets with the default optimizer (Adam 0.01, batches of 10, 300 epochs):
//   with hidden layers   L1 dies at λ 0.03–0.3, L2 at 0.1–1   → tops 0.316 and 3.16
//   no hidden layer      L1 dies at λ 0.3–10, L2 never below 10 → top 10, the config's largest λ
// Elastic net dies when either part does: top = min(L1 top / α, L2 top / (1 − α)), α = l1Ratio.
// The current λ widens the range when it lies outside it, then replaces the nearest value.
//
// The values are positions of the page's λ slider (20 per decade, 3 significant digits), so
// "use this λ" lands on a slider stop; they are written as decimal text and parsed, never
// computed with Math.pow, so every engine gives the same numbers.
import type { ConfigV1 } from '../engine/config';

/** 10^(j/20) to 3 significant digits, j = 0..19: the slider's stops within a decade. */
const MANTISSAS = [
  '1',
  '1.12',
  '1.26',
  '1.41',
  '1.58',
  '1.78',
  '2',
  '2.24',
  '2.51',
  '2.82',
  '3.16',
  '3.55',
  '3.98',
  '4.47',
  '5.01',
  '5.62',
  '6.31',
  '7.08',
  '7.94',
  '8.91',
] as const;

const STOPS_PER_DECADE = 20;
/** 1e-5, the smallest non-zero λ of the slider. */
const K_MIN = -5 * STOPS_PER_DECADE;
/** 10, the largest λ config v1 accepts. */
const K_MAX = 1 * STOPS_PER_DECADE;
const LOG_VALUES = 12;

/** The slider's value at stop k (k = −100 is 1e-5, k = 0 is 1, k = 20 is 10). */
export function sliderLambda(k: number): number {
  const decade = Math.floor(k / STOPS_PER_DECADE);
  const j = k - decade * STOPS_PER_DECADE;
  return Number(`${MANTISSAS[j]}e${decade}`);
}

/** The first stop at or above λ (clamped to the slider's range). */
function stopAtOrAbove(lambda: number): number {
  let k = K_MIN;
  while (k < K_MAX && sliderLambda(k) < lambda) k++;
  return k;
}

/** The last stop at or below λ (λ > 0). */
function stopAtOrBelow(lambda: number): number {
  let k = K_MIN;
  while (sliderLambda(k) > lambda) k--;
  return k;
}

/** The λ at which the model is expected to die, as a slider stop (see the comment at the top). */
export function dyingStop(config: ConfigV1): number {
  const deep = config.model.hidden.length > 0;
  const l1Top = deep ? sliderLambda(-10) : sliderLambda(K_MAX);
  const l2Top = deep ? sliderLambda(10) : sliderLambda(K_MAX);
  const { kind, l1Ratio } = config.regularization;
  if (kind === 'l1') return stopAtOrAbove(l1Top);
  if (kind === 'l2') return stopAtOrAbove(l2Top);
  const top = Math.min(
    l1Ratio > 0 ? l1Top / l1Ratio : Infinity,
    l1Ratio < 1 ? l2Top / (1 - l1Ratio) : Infinity,
  );
  return stopAtOrAbove(top);
}

/**
 * The default λ axis for the config: 0 and 12 log-spaced slider values from 1e-5 to the dying
 * λ, with the config's λ in place of the nearest one. With regularization.kind 'none' λ does
 * nothing, and the axis is the config's λ alone.
 */
export function defaultLambdaLadder(config: ConfigV1): number[] {
  const current = config.regularization.lambda;
  if (config.regularization.kind === 'none') return [current];
  let lo = K_MIN;
  let hi = dyingStop(config);
  if (current > 0) {
    lo = Math.min(lo, stopAtOrBelow(current));
    hi = Math.max(hi, stopAtOrAbove(current));
  }
  const ladder: number[] = [];
  for (let i = 0; i < LOG_VALUES; i++) {
    const value = sliderLambda(lo + Math.round((i * (hi - lo)) / (LOG_VALUES - 1)));
    if (ladder[ladder.length - 1] !== value) ladder.push(value);
  }
  if (current > 0 && !ladder.includes(current)) {
    let nearest = 0;
    const ratio = (v: number): number => Math.max(v / current, current / v);
    ladder.forEach((v, i) => {
      if (ratio(v) < ratio(ladder[nearest]!)) nearest = i;
    });
    ladder[nearest] = current;
  }
  return [0, ...ladder];
}

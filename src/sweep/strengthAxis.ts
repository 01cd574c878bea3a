// The x axis of the sweep's charts: the regularization's strength, weak on the left and strong on
// the right, so every chart reads the same way (overfitting left, underfitting right).
//   λ: a log axis for λ > 0, with λ = 0 (which no log axis holds) at its own marked place to the
//      left, past a break in the axis line.
//   p: linear and reversed: p = 1 (no dropout) on the left, the smallest p on the right.
import { scaleLinear, scaleLog } from 'd3-scale';
import { formatLogTick } from '../charts/format';

export interface StrengthAxis {
  kind: 'lambda' | 'keep';
  /** The pixel of a value on the axis. */
  x: (value: number) => number;
  ticks: number[];
  format: (value: number) => string;
  /** Where λ = 0 sits and where the axis breaks, when 0 is one of the values. */
  zero: { x: number; breakX: number } | null;
  range: [number, number];
}

/** Room for λ = 0 and the break: a fraction of the width, within sensible pixels. */
function zeroSlot(width: number): number {
  return Math.max(28, Math.min(56, width * 0.1));
}

export function lambdaAxis(values: readonly number[], width: number): StrengthAxis {
  const positive = values.filter((v) => v > 0);
  const hasZero = values.includes(0);
  const start = hasZero ? zeroSlot(width) : 0;
  let lo = positive.length ? Math.min(...positive) : 1e-3;
  let hi = positive.length ? Math.max(...positive) : 1e-1;
  if (lo === hi) {
    lo /= 10;
    hi *= 10;
  }
  const log = scaleLog().domain([lo, hi]).range([start, width]);
  const decades = log.ticks().filter((t) => Number.isInteger(Math.log10(t)));
  let ticks = decades.length >= 2 ? decades : log.ticks(4);
  // About one label per 45 px: drop every other decade on a narrow chart.
  const room = Math.max(2, Math.floor((width - start) / 45));
  if (ticks.length > room) {
    const step = Math.ceil(ticks.length / room);
    ticks = ticks.filter((_, i) => i % step === 0);
  }
  return {
    kind: 'lambda',
    x: (v) => (v === 0 ? 0 : log(v)),
    ticks: hasZero ? [0, ...ticks] : ticks,
    format: (v) => (v === 0 ? '0' : formatLogTick(v)),
    zero: hasZero ? { x: 0, breakX: start / 2 } : null,
    range: [0, width],
  };
}

export function keepAxis(values: readonly number[], width: number): StrengthAxis {
  let hi = Math.max(...values);
  let lo = Math.min(...values);
  if (hi === lo) {
    hi = Math.min(1, hi + 0.1);
    lo = hi - 0.2;
  }
  const pad = (hi - lo) * 0.04;
  const x = scaleLinear()
    .domain([hi + pad, lo - pad])
    .range([0, width]);
  const ticks = values.length <= 10 ? [...values] : x.ticks(6);
  return {
    kind: 'keep',
    x: (v) => x(v),
    ticks,
    format: (v) => String(Number(v.toPrecision(3))),
    zero: null,
    range: [0, width],
  };
}

export function strengthAxis(
  kind: 'lambda' | 'keep',
  values: readonly number[],
  width: number,
): StrengthAxis {
  return kind === 'lambda' ? lambdaAxis(values, width) : keepAxis(values, width);
}

/** The value whose pixel is nearest to `px` (pointer picking); null for no values. */
export function nearestValue(axis: StrengthAxis, values: readonly number[], px: number) {
  let best: number | null = null;
  for (const v of values) {
    if (best === null || Math.abs(axis.x(v) - px) < Math.abs(axis.x(best) - px)) best = v;
  }
  return best;
}

/** A swept value as text: "0", "1e-5", "3.16e-5", "0.001", "0.0316", "3.16" (3 digits at most). */
export function formatStrength(v: number): string {
  const short = Number(v.toPrecision(3));
  return short !== 0 && Math.abs(short) < 1e-3 ? short.toExponential() : String(short);
}

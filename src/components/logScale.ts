// Slider positions for values that span decades (λ, the learning rate): equal steps in log10,
// optionally with a first stop at exactly 0, so "no penalty" is one drag away.

export interface LogScale {
  /** Smallest non-zero value (the first log position). */
  min: number;
  max: number;
  /** Position 0 means exactly 0, and the log part starts at position 1. */
  zeroStop: boolean;
  stepsPerDecade: number;
}

function logSteps(s: LogScale): number {
  return Math.round(Math.log10(s.max / s.min) * s.stepsPerDecade);
}

/** The highest slider position (the lowest is 0). */
export function topPosition(s: LogScale): number {
  return logSteps(s) + (s.zeroStop ? 1 : 0);
}

/** The value at a slider position, rounded to 3 significant digits (the ends are exact). */
export function valueAt(s: LogScale, position: number): number {
  const offset = s.zeroStop ? 1 : 0;
  if (s.zeroStop && position <= 0) return 0;
  const steps = logSteps(s);
  const k = Math.min(Math.max(Math.round(position) - offset, 0), steps);
  if (k === 0) return s.min;
  if (k === steps) return s.max;
  const lo = Math.log10(s.min);
  const hi = Math.log10(s.max);
  return Number((10 ** (lo + ((hi - lo) * k) / steps)).toPrecision(3));
}

/** The nearest slider position of a value; values outside the range sit at its ends. */
export function positionOf(s: LogScale, value: number): number {
  const offset = s.zeroStop ? 1 : 0;
  if (value <= 0) return 0;
  const steps = logSteps(s);
  const v = Math.min(Math.max(value, s.min), s.max);
  const k = Math.round((Math.log10(v / s.min) / Math.log10(s.max / s.min)) * steps);
  return k + offset;
}

/** The value one slider position above (+1) or below (−1) `value`. */
export function stepLog(s: LogScale, value: number, direction: 1 | -1): number {
  return valueAt(s, positionOf(s, value) + direction);
}

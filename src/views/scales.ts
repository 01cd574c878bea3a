// The few scales the views need, linear, log and point, with d3-array's ticks. Why not d3-scale,
// which the charts use: every name a view chunk takes from the start-up bundle must be exported by
// it, and d3-scale's (with its interpolators and formats) cost the page's start-up code about
// 0.8 kB gzipped of its 130 kB budget, which it does not have (measured with npm run build).
import { tickStep, ticks as arrayTicks } from 'd3-array';

export interface Scale {
  (value: number): number;
  domain(): [number, number];
  range(): [number, number];
  ticks(count?: number): number[];
  tickFormat(count?: number): (value: number) => string;
}

/** A linear map of domain onto range; `nice` widens the domain to round tick values. */
export function linearScale(
  domain: readonly [number, number],
  range: readonly [number, number],
  nice = false,
): Scale {
  let [d0, d1] = domain;
  if (nice && d1 > d0) {
    const step = tickStep(d0, d1, 5);
    d0 = Math.floor(d0 / step) * step;
    d1 = Math.ceil(d1 / step) * step;
  }
  const [r0, r1] = range;
  const k = d1 === d0 ? 0 : (r1 - r0) / (d1 - d0);
  const scale = ((v: number) => (d1 === d0 ? (r0 + r1) / 2 : r0 + (v - d0) * k)) as Scale;
  scale.domain = () => [d0, d1];
  scale.range = () => [r0, r1];
  scale.ticks = (count = 10) => arrayTicks(Math.min(d0, d1), Math.max(d0, d1), count);
  scale.tickFormat = (count = 10) => {
    const step = Math.abs(tickStep(d0, d1, count));
    return fixedFormat(step);
  };
  return scale;
}

/** A log map (base 10 or 2) of a positive domain onto range; ticks at the base's powers. */
export function logScale(
  domain: readonly [number, number],
  range: readonly [number, number],
  base = 10,
): Scale {
  const [d0, d1] = domain;
  const lg = (v: number) => Math.log(v) / Math.log(base);
  const inner = linearScale([lg(d0), lg(d1)], range);
  const scale = ((v: number) => inner(lg(v))) as Scale;
  scale.domain = () => [d0, d1];
  scale.range = () => inner.range();
  scale.ticks = () => {
    const out: number[] = [];
    for (let e = Math.ceil(lg(d0) - 1e-9); e <= Math.floor(lg(d1) + 1e-9); e++) out.push(base ** e);
    return out;
  };
  scale.tickFormat = () => (v: number) => v.toExponential(0);
  return scale;
}

/** Evenly spaced positions for n items across range, half a step in from either end. */
export function pointScale(n: number, range: readonly [number, number]): (i: number) => number {
  const [r0, r1] = range;
  const step = (r1 - r0) / Math.max(1, n);
  return (i) => r0 + step * (i + 0.5);
}

/** Tick labels with as many decimals as the step needs, and a true minus sign as d3 writes it. */
function fixedFormat(step: number): (value: number) => string {
  const digits = step > 0 ? Math.max(0, -Math.floor(Math.log10(step) + 1e-9)) : 0;
  return (v) => {
    const text = v.toFixed(digits);
    return /^-0\.?0*$/.test(text) ? text.slice(1) : text.replace('-', '−');
  };
}

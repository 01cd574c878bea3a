// The y axis of the curves: loss (linear from 0, or logarithmic) or accuracy (0–100%).
import { scaleLinear, scaleLog } from 'd3-scale';
import { formatLogTick } from './format';

export interface ValueScale {
  (v: number): number;
  range(): number[];
  ticks: number[];
  format: (v: number) => string;
  log: boolean;
}

function wrap(
  s: (v: number) => number,
  range: () => number[],
  ticks: number[],
  format: (v: number) => string,
  log: boolean,
): ValueScale {
  return Object.assign((v: number) => s(v), { range, ticks, format, log });
}

const percent = (v: number) => `${Math.round(v * 100)}%`;

/** `lo`/`hi` are the smallest positive and largest values drawn. */
export function valueScale(
  kind: 'loss' | 'accuracy',
  log: boolean,
  lo: number,
  hi: number,
  height: number,
): ValueScale {
  const count = Math.max(2, Math.round(height / 45));
  if (kind === 'accuracy') {
    const s = scaleLinear().domain([0, 1]).range([height, 0]);
    return wrap(s, () => s.range(), s.ticks(Math.min(count, 5)), percent, false);
  }
  if (log) {
    const top = Number.isFinite(hi) && hi > 0 ? hi : 1;
    const bottom = Number.isFinite(lo) && lo > 0 && lo < top ? lo : top / 10;
    const s = scaleLog().domain([bottom, top]).nice().range([height, 0]);
    const [d0 = bottom, d1 = top] = s.domain();
    const decades = Math.log10(d1 / d0);
    // Over many decades only powers of ten fit; over one or two, 1–2–5 steps read better.
    const mantissas = decades > 2 ? [1] : [1, 2, 5];
    const ticks: number[] = [];
    for (let e = Math.floor(Math.log10(d0)); e <= Math.ceil(Math.log10(d1)); e++) {
      for (const m of mantissas) {
        const v = Number((m * 10 ** e).toPrecision(1));
        if (v >= d0 * (1 - 1e-9) && v <= d1 * (1 + 1e-9)) ticks.push(v);
      }
    }
    return wrap(
      (v) => s(v),
      () => s.range(),
      ticks,
      formatLogTick,
      true,
    );
  }
  const top = Number.isFinite(hi) && hi > 0 ? hi * 1.05 : 1;
  const s = scaleLinear().domain([0, top]).nice(count).range([height, 0]);
  const ticks = s.ticks(count);
  // '~' drops trailing zeros: 0, 0.2, 1 rather than 0.0, 0.2, 1.0.
  return wrap(s, () => s.range(), ticks, s.tickFormat(count, '~f'), false);
}

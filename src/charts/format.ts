// Number formats shared by readouts and ticks. Both languages use the same digits and decimal
// point, so these need no translation.

/** Three significant digits, '—' for a value that was not measured. */
export function formatValue(v: number): string {
  if (!Number.isFinite(v)) return '—';
  if (v === 0) return '0';
  const a = Math.abs(v);
  if (a >= 1e5 || a < 1e-4) return v.toExponential(2);
  return String(Number(v.toPrecision(3)));
}

/** A fraction as a percentage with one decimal, e.g. 0.955 → "95.5%". */
export function formatPercent(f: number): string {
  return Number.isFinite(f) ? `${(100 * f).toFixed(1)}%` : '—';
}

/** Tick labels of a log axis: plain decimals in the everyday range, powers of ten outside. */
export function formatLogTick(v: number): string {
  if (v >= 1e-3 && v < 1e4) return String(Number(v.toPrecision(2)));
  const e = Math.round(Math.log10(v));
  return `1e${e}`;
}

// Numbers as students read them: plain decimals (0.00001, not 1e-5), short.

/** At most `digits` significant digits, never in exponent notation. */
export function formatSignificant(n: number, digits = 3): string {
  if (n === 0 || !Number.isFinite(n)) return String(n);
  const v = Number(n.toPrecision(digits));
  const s = String(v);
  if (!s.includes('e')) return s;
  const exponent = Math.floor(Math.log10(Math.abs(v)));
  if (exponent >= 0) return v.toFixed(0);
  return v
    .toFixed(Math.min(100, -exponent + digits - 1))
    .replace(/0+$/, '')
    .replace(/\.$/, '');
}

/** How many decimals a slider step shows: 0.05 → 2, 5 → 0. */
export function decimalsOf(step: number): number {
  const s = String(step);
  const dot = s.indexOf('.');
  return dot < 0 ? 0 : s.length - dot - 1;
}

/** Rounds away binary noise such as 0.6000000000000001 to the step's decimals. */
export function roundToStep(n: number, step: number): number {
  const decimals = decimalsOf(step);
  return Number(n.toFixed(decimals));
}

const NUMBER_TEXT = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;

/** A typed number ("0.003", "3e-3", "0,5"), or null when the text is not one. */
export function parseNumber(text: string): number | null {
  let s = text.trim();
  // A decimal comma, as many keyboards type it.
  if (!s.includes('.') && (s.match(/,/g) ?? []).length === 1) s = s.replace(',', '.');
  if (!NUMBER_TEXT.test(s)) return null;
  const n = Number(s);
  return Number.isFinite(n) ? n : null;
}

// Deterministic elementary functions. V8's Math.exp, log, sin, cos, tanh and pow are not the same
// in every version: Node 20 and Chromium 156 disagree in the last bit for about one input in ten
// (e2e/determinism.test.ts), and one bit is enough to change a training run. These versions use
// only +, −, ×, ÷ and sqrt, which IEEE 754 fixes exactly, so the same seed gives the same numbers
// in Node and in every browser. Accuracy: within a few units in the last place (detMath.test.ts).

const view = new DataView(new ArrayBuffer(8));

/** 2^k for an integer k in [−1022, 1023], built from its bits (exact). */
function pow2(k: number): number {
  view.setUint32(0, (k + 1023) << 20);
  view.setUint32(4, 0);
  return view.getFloat64(0);
}

// ln 2 split in two (fdlibm's constants): k·LN2_HI is exact for the k used here.
const LN2_HI = 6.9314718036912381649e-1;
const LN2_LO = 1.90821492927058770002e-10;
const LOG2E = 1.4426950408889634;

export function exp(x: number): number {
  if (Number.isNaN(x)) return NaN;
  if (x > 709.782712893384) return Infinity;
  if (x < -745.1332191019412) return 0;
  const k = Math.floor(x * LOG2E + 0.5);
  const r = x - k * LN2_HI - k * LN2_LO;
  // e^r for |r| ≤ ln2/2 by its Taylor series to r^14/14! (next term below 1e-18 relative).
  let p = 1 / 87178291200;
  p = 1 / 6227020800 + r * p;
  p = 1 / 479001600 + r * p;
  p = 1 / 39916800 + r * p;
  p = 1 / 3628800 + r * p;
  p = 1 / 362880 + r * p;
  p = 1 / 40320 + r * p;
  p = 1 / 5040 + r * p;
  p = 1 / 720 + r * p;
  p = 1 / 120 + r * p;
  p = 1 / 24 + r * p;
  p = 1 / 6 + r * p;
  p = 0.5 + r * p;
  p = 1 + r * p;
  p = 1 + r * p;
  // Scale by 2^k in two steps when k alone would leave the normal range.
  if (k > 1023) return p * pow2(1023) * pow2(k - 1023);
  if (k < -1022) return p * pow2(-1022) * pow2(Math.max(k + 1022, -1022));
  return p * pow2(k);
}

const SQRT2 = Math.SQRT2;

export function log(x: number): number {
  if (Number.isNaN(x) || x < 0) return NaN;
  if (x === 0) return -Infinity;
  if (x === Infinity) return Infinity;
  let e = 0;
  if (x < 2.2250738585072014e-308) {
    x *= 18014398509481984; // 2^54: subnormals become normal
    e = -54;
  }
  view.setFloat64(0, x);
  const hi = view.getUint32(0);
  e += ((hi >>> 20) & 0x7ff) - 1023;
  view.setUint32(0, (hi & 0x800fffff) | 0x3ff00000);
  let m = view.getFloat64(0); // in [1, 2)
  if (m > SQRT2) {
    m /= 2;
    e += 1;
  }
  // log m = 2·atanh(s), s = (m − 1)/(m + 1), |s| ≤ 0.172: the odd series to s^25.
  const s = (m - 1) / (m + 1);
  const s2 = s * s;
  let q = 1 / 25;
  for (let k = 23; k >= 1; k -= 2) q = 1 / k + s2 * q;
  return e * LN2_HI + (2 * s * q + e * LN2_LO);
}

/** log(1 + x), accurate also for tiny x (where 1 + x would round away x's digits). */
export function log1p(x: number): number {
  if (Math.abs(x) < 1e-4) return x * (1 - x * (0.5 - x * (1 / 3 - x * 0.25)));
  const u = 1 + x;
  // The correction term restores what rounding 1 + x lost.
  return log(u) - (u - 1 - x) / u;
}

// π/2 in three parts (fdlibm's): k·PIO2_1 and k·PIO2_2 are exact for |k| < 2^20.
const PIO2_1 = 1.57079632673412561417;
const PIO2_2 = 6.0771005063039659766e-11;
const PIO2_3 = 2.0222662487111664558e-21;
const TWO_OVER_PI = 0.6366197723675814;

function sinSeries(r: number): number {
  const r2 = r * r;
  let p = -1 / 121645100408832000; // −1/19!
  p = 1 / 355687428096000 + r2 * p;
  p = -1 / 1307674368000 + r2 * p;
  p = 1 / 6227020800 + r2 * p;
  p = -1 / 39916800 + r2 * p;
  p = 1 / 362880 + r2 * p;
  p = -1 / 5040 + r2 * p;
  p = 1 / 120 + r2 * p;
  p = -1 / 6 + r2 * p;
  return r + r * r2 * p;
}

function cosSeries(r: number): number {
  const r2 = r * r;
  let p = -1 / 6402373705728000; // −1/18!
  p = 1 / 20922789888000 + r2 * p;
  p = -1 / 87178291200 + r2 * p;
  p = 1 / 479001600 + r2 * p;
  p = -1 / 3628800 + r2 * p;
  p = 1 / 40320 + r2 * p;
  p = -1 / 720 + r2 * p;
  p = 1 / 24 + r2 * p;
  return 1 - 0.5 * r2 + r2 * r2 * p;
}

/** x − k·π/2 and the quadrant k mod 4 (meant for |x| up to about 10^5, far beyond the domain). */
function reduce(x: number): [number, number] {
  const k = Math.floor(x * TWO_OVER_PI + 0.5);
  const r = x - k * PIO2_1 - k * PIO2_2 - k * PIO2_3;
  return [r, ((k % 4) + 4) % 4];
}

export function sin(x: number): number {
  if (!Number.isFinite(x)) return NaN;
  const [r, q] = reduce(x);
  return q === 0 ? sinSeries(r) : q === 1 ? cosSeries(r) : q === 2 ? -sinSeries(r) : -cosSeries(r);
}

export function cos(x: number): number {
  if (!Number.isFinite(x)) return NaN;
  const [r, q] = reduce(x);
  return q === 0 ? cosSeries(r) : q === 1 ? -sinSeries(r) : q === 2 ? -cosSeries(r) : sinSeries(r);
}

/** e^x − 1, accurate near 0 (the series), where exp(x) − 1 would cancel. */
export function expm1(x: number): number {
  if (Math.abs(x) > 0.5) return exp(x) - 1;
  let p = 1 / 121645100408832000; // 1/19!
  for (let k = 18; k >= 2; k--) p = p * x + 1 / factorial(k);
  return x + x * x * p;
}

const FACTORIALS = Array.from({ length: 20 }, (_, k) => {
  let f = 1;
  for (let i = 2; i <= k; i++) f *= i;
  return f;
});

function factorial(k: number): number {
  return FACTORIALS[k]!;
}

export function tanh(x: number): number {
  if (Number.isNaN(x)) return NaN;
  const a = Math.abs(x);
  if (a > 22) return Math.sign(x);
  // tanh a = −u/(u + 2) with u = e^(−2a) − 1, which keeps full precision for small a.
  const u = expm1(-2 * a);
  const t = -u / (u + 2);
  return x < 0 ? -t : t;
}

// The interleaved measurement: every case runs in short slices, each slice between two slices of
// the scalar peak (P C₁ P C₂ P … Cₙ P, round after round, in one process). A case's ratio to the
// peak is taken slice by slice against the mean of the two peak slices around it, so both sides
// of the ratio saw the same machine: the same clock frequency, the same neighbours on the shared
// cores, the same cache pressure. Measuring the peak once before everything else is what made the
// old ×peak wander between runs (one quiet second set the denominator for the whole table).
import type { CpuClock } from './benchMachine';

export interface BenchCase {
  /** The row label, e.g. "[8,8] train SGD". */
  name: string;
  /** Does a fixed amount of work; called repeatedly. */
  call(): void;
  /** Units of work per call (examples, grids, …) and the unit's name, for the rate. */
  unitsPerCall: number;
  unit: string;
  /** FLOPs per call by the benchmark's counting convention, for the ratio to the peak. */
  flopsPerCall: number;
}

export interface Slice {
  calls: number;
  cpuMs: number;
  wallMs: number;
}

export interface CaseResult {
  case: BenchCase;
  slices: Slice[];
  /** Per slice: the case's FLOP rate over the mean of its two neighbouring peak slices. */
  cpuRatios: number[];
  wallRatios: number[];
}

export interface InterleaveOptions {
  rounds: number;
  /** Target on-CPU milliseconds per slice (each case's calls per slice are calibrated once). */
  sliceMs: number;
  /** The least on-CPU milliseconds each case runs first, unmeasured (see calibrate). */
  warmMs: number;
  clock: CpuClock;
  onRound?: (round: number) => void;
}

export interface InterleaveResult {
  peak: Slice[];
  cases: CaseResult[];
}

export const unitsPerSecond = (c: BenchCase, s: Slice, t: 'cpuMs' | 'wallMs'): number =>
  (s.calls * c.unitsPerCall * 1000) / s[t];

export const flopsPerSecond = (c: BenchCase, s: Slice, t: 'cpuMs' | 'wallMs'): number =>
  (s.calls * c.flopsPerCall * 1000) / s[t];

function runSlice(c: BenchCase, calls: number, clock: CpuClock): Slice {
  const w0 = performance.now();
  const c0 = clock.now();
  for (let i = 0; i < calls; i++) c.call();
  const c1 = clock.now();
  const w1 = performance.now();
  return { calls, cpuMs: c1 - c0, wallMs: w1 - w0 };
}

const WINDOW_MS = 100;
const WARM_CAP_MS = 8000;

/**
 * Warms a case up until V8 has optimized it, and returns how many calls make one slice of about
 * `sliceMs` on-CPU. Optimizing a generated kernel takes V8 0.1–0.4 s on a background thread, which
 * on a loaded machine can finish seconds later; until then the case runs baseline code at a
 * fraction of its speed. So the warm-up runs in 100 ms windows, at least `warmMs`, and ends only
 * once three windows in a row failed to beat the best rate so far by 3 % (or after 8 s).
 */
function calibrate(c: BenchCase, o: InterleaveOptions): number {
  let best = 0;
  let stale = 0;
  const start = o.clock.now();
  for (;;) {
    // The loop watches the cheap wall clock; the rate is taken from the on-CPU clock.
    const c0 = o.clock.now();
    const w0 = performance.now();
    let calls = 0;
    while (performance.now() - w0 < WINDOW_MS) {
      c.call();
      calls++;
    }
    const rate = calls / (o.clock.now() - c0);
    if (rate > best * 1.03) {
      best = rate;
      stale = 0;
    } else {
      stale++;
    }
    const spent = o.clock.now() - start;
    if ((spent >= o.warmMs && stale >= 3) || spent >= WARM_CAP_MS) break;
  }
  return Math.max(1, Math.round(best * o.sliceMs));
}

export function interleave(
  peak: BenchCase,
  cases: BenchCase[],
  o: InterleaveOptions,
): InterleaveResult {
  const peakCalls = calibrate(peak, o);
  const caseCalls = cases.map((c) => calibrate(c, o));
  const result: InterleaveResult = {
    peak: [],
    cases: cases.map((c) => ({ case: c, slices: [], cpuRatios: [], wallRatios: [] })),
  };
  const peakRate = (s: Slice, t: 'cpuMs' | 'wallMs') => flopsPerSecond(peak, s, t);
  for (let round = 0; round < o.rounds; round++) {
    // The order rotates every round, so no case always follows the same neighbour.
    const order = cases.map((_, i) => (i + round) % cases.length);
    let before = runSlice(peak, peakCalls, o.clock);
    result.peak.push(before);
    for (const i of order) {
      const r = result.cases[i]!;
      const slice = runSlice(r.case, caseCalls[i]!, o.clock);
      const after = runSlice(peak, peakCalls, o.clock);
      result.peak.push(after);
      r.slices.push(slice);
      for (const t of ['cpuMs', 'wallMs'] as const) {
        const ratio =
          flopsPerSecond(r.case, slice, t) / ((peakRate(before, t) + peakRate(after, t)) / 2);
        (t === 'cpuMs' ? r.cpuRatios : r.wallRatios).push(ratio);
      }
      before = after;
    }
    o.onRound?.(round);
  }
  return result;
}

// The table `npm run bench` and `npm run bench:ab` print from an interleaved measurement: every
// figure as median (min–max) over the slices, by on-CPU time and by wall time.
import type { BenchCase, InterleaveResult, Slice } from './benchInterleave';
import type { CpuClock } from './benchMachine';
import { loadLine, machineLine } from './benchMachine';
import { flopsPerSecond, unitsPerSecond } from './benchInterleave';
import { formatSpread, formatTable, spread } from './benchStats';

type Timing = 'cpuMs' | 'wallMs';

/** A case's throughput in its display unit: M examples/s, or ms per call for whole grids. */
function display(c: BenchCase, s: Slice, t: Timing): number {
  return c.unit === 'grids' ? s[t] / (s.calls * c.unitsPerCall) : unitsPerSecond(c, s, t) / 1e6;
}

function unitLabel(c: BenchCase): string {
  return c.unit === 'grids' ? 'ms per grid' : `M ${c.unit}/s`;
}

export function printPeak(r: InterleaveResult, peak: BenchCase): void {
  const g = (t: Timing) =>
    formatSpread(spread(r.peak.map((s) => flopsPerSecond(peak, s, t) / 1e9)));
  console.log(
    `${peak.name}, ${r.peak.length} slices: GFLOP/s on-CPU ${g('cpuMs')}, wall ${g('wallMs')}`,
  );
}

export function printCases(r: InterleaveResult): void {
  const rows = [
    ['case', 'unit', 'on-CPU', 'wall', '×peak on-CPU', '×peak wall'],
    ...r.cases.map((c) => {
      const digits = c.case.unit === 'grids' ? 3 : 2;
      return [
        c.case.name,
        unitLabel(c.case),
        formatSpread(spread(c.slices.map((s) => display(c.case, s, 'cpuMs'))), digits),
        formatSpread(spread(c.slices.map((s) => display(c.case, s, 'wallMs'))), digits),
        formatSpread(spread(c.cpuRatios)),
        formatSpread(spread(c.wallRatios)),
      ];
    }),
  ];
  console.log(formatTable(rows));
}

/**
 * Round by round, the throughput of case `a` over case `b` (on-CPU time), median (min–max): the
 * two ran in the same round, seconds apart.
 */
export function pairedSpeedup(r: InterleaveResult, a: string, b: string): string | null {
  const ca = r.cases.find((c) => c.case.name === a);
  const cb = r.cases.find((c) => c.case.name === b);
  if (!ca || !cb) return null;
  const ratios = ca.slices.map(
    (s, i) => unitsPerSecond(ca.case, s, 'cpuMs') / unitsPerSecond(cb.case, cb.slices[i]!, 'cpuMs'),
  );
  return formatSpread(spread(ratios));
}

/** The share of wall time the measuring thread was on a CPU: below 1, others took the core. */
export function cpuShare(r: InterleaveResult): number {
  const all = [...r.peak, ...r.cases.flatMap((c) => c.slices)];
  const cpu = all.reduce((s, x) => s + x.cpuMs, 0);
  const wall = all.reduce((s, x) => s + x.wallMs, 0);
  return cpu / wall;
}

/** The machine, its load, the clock and the method, before any figure. */
export function printPreamble(clock: CpuClock, rounds: number, sliceMs: number): void {
  console.log(machineLine());
  console.log(`before: ${loadLine()}`);
  console.log(`clock: ${clock.description}`);
  console.log(
    `${rounds} rounds; each slice ≈ ${sliceMs} ms on-CPU; every case slice sits between two peak slices`,
  );
  console.log(
    'and its ×peak is taken against their mean; figures are median (min–max) over slices.\n',
  );
}

export function printFooter(r: InterleaveResult): void {
  console.log(
    `\nthe measuring thread was on a CPU ${(100 * cpuShare(r)).toFixed(0)}% of the wall time`,
  );
  console.log(`after: ${loadLine()}`);
}

// bench:ui's tables: the page's figures, the CPU by thread group and, with --against, the paired
// ratios. Every figure is the median (min–max) over the loads, as in the other benchmarks.
import { formatSpread, median, percentile, spread } from './benchStats';
import { pairedSpread } from './benchUiAb';
import type { PageFigures } from './benchUiPage';
import type { WindowCpu } from './threadGroups';
import { GROUPS } from './threadGroups';

/** One load: what the page measured and what Chromium's threads used in the same window. */
export interface LoadFigures {
  page: PageFigures;
  cpu: WindowCpu;
}

/** The page's main thread's CPU per drawn frame: its ms per second over frames per second. */
export const mainMsPerFrame = (x: LoadFigures): number =>
  x.cpu.msPerSecond['page main'] / x.page.fps;

const spreadOf = (loads: LoadFigures[], f: (x: LoadFigures) => number, digits: number) =>
  formatSpread(spread(loads.map(f)), digits);

/** The leading cells of a row: the case, and the build when two are compared. */
export type RowLabel = string[];

export function pageHeader(label: RowLabel): string[] {
  return [...label, 'fps', 'long tasks', 'longest ms', 'epochs/s', 'slider→frame p50 ms', 'p95 ms'];
}

export function pageRow(label: RowLabel, loads: LoadFigures[]): string[] {
  const s = (f: (x: PageFigures) => number, digits: number) =>
    spreadOf(loads, (x) => f(x.page), digits);
  return [
    ...label,
    s((x) => x.fps, 1),
    s((x) => x.longTasks, 0),
    s((x) => x.longestTaskMs, 0),
    s((x) => x.epochsPerSecond, 0),
    s((x) => median(x.latenciesMs), 0),
    s((x) => percentile(x.latenciesMs, 95), 0),
  ];
}

export function cpuHeader(label: RowLabel): string[] {
  return [...label, ...GROUPS, 'total', 'page main ms/frame'];
}

export function cpuRow(label: RowLabel, loads: LoadFigures[]): string[] {
  return [
    ...label,
    ...GROUPS.map((g) => spreadOf(loads, (x) => x.cpu.msPerSecond[g], 0)),
    spreadOf(loads, (x) => x.cpu.totalMsPerSecond, 0),
    spreadOf(loads, mainMsPerFrame, 1),
  ];
}

export const RATIO_HEADER = ['case', 'fps', 'epochs/s', 'page main ms/frame'];

/** B over A for each adjacent pair of loads, median (min–max). */
export function ratioRow(name: string, a: LoadFigures[], b: LoadFigures[]): string[] {
  const r = (f: (x: LoadFigures) => number) => `${formatSpread(pairedSpread(a, b, f), 2)}×`;
  return [name, r((x) => x.page.fps), r((x) => x.page.epochsPerSecond), r(mainMsPerFrame)];
}

/**
 * The busiest threads the groups leave in "other", as a mean over all the loads given, so that a
 * newer Chromium that renames a thread shows up here instead of silently moving CPU to "other".
 */
export function otherLine(loads: LoadFigures[], top = 4): string {
  const sums = new Map<string, number>();
  for (const x of loads) {
    for (const [name, ms] of x.cpu.other) sums.set(name, (sums.get(name) ?? 0) + ms);
  }
  const busiest = [...sums]
    .sort((p, q) => q[1] - p[1])
    .slice(0, top)
    .map(([name, ms]) => `${name} ${(ms / loads.length).toFixed(0)}`);
  return `largest in "other", ms/s (mean over loads): ${busiest.join(', ') || 'none'}`;
}

/** Threads that started or ended within the windows, which the counts treat differently. */
export function churnLine(loads: LoadFigures[]): string {
  const appeared = spread(loads.map((x) => x.cpu.appeared));
  const vanished = spread(loads.map((x) => x.cpu.vanished));
  return (
    `threads started within the window (counted whole): ${formatSpread(appeared, 0)}; ` +
    `ended within it (their CPU in the window is lost): ${formatSpread(vanished, 0)}`
  );
}

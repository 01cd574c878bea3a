// bench:ui's A/B (--against DIR): the order of the loads and the paired ratios. Two builds
// measured one after the other, each for all its loads, see different machines on a shared host
// (the pinned one-run fps moved 10–20 between runs of one build on busy days): alternating them
// load by load, and comparing each B load with the A load just before it, puts both sides of
// every ratio in the same minute.
import type { Spread } from './benchStats';
import { spread } from './benchStats';

/**
 * The builds' indices in the order their loads run: with one build, 0 `loads` times; with two,
 * 0, 1, 1, 0, 0, 1, … so that loads 2k and 2k + 1 form pair k, and each build goes first in
 * every other pair (a load right after another may find a warmer or a busier machine).
 */
export function loadOrder(loads: number, builds: 1 | 2): number[] {
  const order: number[] = [];
  for (let i = 0; i < loads; i++) {
    if (builds === 1) order.push(0);
    else order.push(...(i % 2 ? [1, 0] : [0, 1]));
  }
  return order;
}

/**
 * B over A pair by pair: a[k] and b[k] are the k-th loads of each build, which loadOrder ran
 * back to back. A pair with a non-finite or zero A gives no ratio (a load that drew no frame).
 */
export function pairedRatios(a: readonly number[], b: readonly number[]): number[] {
  if (a.length !== b.length) {
    throw new Error(`Pairs need as many A loads as B loads (got ${a.length} and ${b.length}).`);
  }
  const ratios: number[] = [];
  for (let k = 0; k < a.length; k++) {
    const r = b[k]! / a[k]!;
    if (Number.isFinite(r)) ratios.push(r);
  }
  return ratios;
}

/** The median (min–max) of the paired ratios of one figure. */
export function pairedSpread<T>(
  a: readonly T[],
  b: readonly T[],
  figure: (x: T) => number,
): Spread {
  return spread(pairedRatios(a.map(figure), b.map(figure)));
}

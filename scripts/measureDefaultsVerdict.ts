// What "a default lab that teaches" means, as checks on a sweep (issue 7): without regularization
// it overfits visibly; at one λ each penalty rescues it without killing it; the largest λ kills
// it; dropout at p = 0.5 still learns. Every check must hold on every seed.
import { LESSON_PACED_SPEED } from '../src/lesson/defaultLab';
import type { RunMeasure } from './measureDefaultsRun';
import type { SweepRow } from './measureDefaultsSweep';

/** The epoch by which an effect must show: 15 s at the paced lesson speed. */
export const VISIBLE_BY = 15 * LESSON_PACED_SPEED;

type Check = [string, (m: RunMeasure, none: RunMeasure) => boolean];

const OVERFITS: Check[] = [
  ['validation loss climbs ≥ 50 % above its minimum', (m) => m.rise >= 0.5 * m.bestValLoss],
  [
    `the climb shows by epoch ${VISIBLE_BY}`,
    (m) => m.riseEpoch !== null && m.riseEpoch <= VISIBLE_BY,
  ],
  [
    'training loss falls below half its value at that minimum',
    (m) => m.trainLoss < 0.5 * m.trainLossAtBest,
  ],
  ['training accuracy ≥ validation accuracy + 10 points', (m) => m.trainAcc >= m.valAcc + 0.1],
];

const RESCUES: Check[] = [
  ['final validation loss ≤ 0.7 × none', (m, n) => m.valLoss <= 0.7 * n.valLoss],
  [
    `rescue visible by epoch ${VISIBLE_BY}`,
    (m) => m.betterFrom !== null && m.betterFrom <= VISIBLE_BY,
  ],
  [
    'still separates: not one class, validation accuracy ≥ none − 5 points',
    (m, n) => !m.constant && m.valAcc >= n.valAcc - 0.05,
  ],
];

const L1_PARTIAL: Check = [
  'L1 zeros a partial fraction (20–80 %)',
  (m) => m.zeroFraction >= 0.2 && m.zeroFraction <= 0.8,
];
const L2_SHRINKS: Check = ['L2 weight norm ≤ 0.5 × none', (m, n) => m.l2Norm <= 0.5 * n.l2Norm];
const KILLS_L1: Check = [
  'every weight exactly 0, one class',
  (m) => m.zeroFraction === 1 && m.constant,
];
const KILLS: Check = [
  'one flat colour: one class, or P(class 1) within 0.05 everywhere',
  (m) => m.constant || m.spread < 0.05,
];
const HALF_LEARNS: Check = [
  'p = 0.5: validation accuracy ≥ none − 5 points and validation loss below none',
  (m, n) => m.valAcc >= n.valAcc - 0.05 && m.valLoss < n.valLoss,
];

function row(rows: SweepRow[], label: string): SweepRow | undefined {
  return rows.find((r) => r.label === label);
}

/** Whether the check holds on every seed. */
function holds(r: SweepRow | undefined, none: SweepRow, check: Check): boolean {
  return r !== undefined && r.runs.every((m, i) => check[1](m, none.runs[i]!));
}

function line(r: SweepRow | undefined, none: SweepRow, check: Check): string {
  if (!r) return `  ? ${check[0]}: not in the sweep`;
  const failed = r.runs.flatMap((m, i) => (check[1](m, none.runs[i]!) ? [] : [i + 1]));
  return `  ${failed.length ? '✗' : '✓'} ${r.label}: ${check[0]}${failed.length ? ` (fails on seed #${failed.join(', #')})` : ''}`;
}

/** The λ of the ladder at which every penalty check holds on every seed. */
export function teachingLambdas(rows: SweepRow[], lambdas: number[]): number[] {
  const none = row(rows, 'none')!;
  return lambdas.filter((l) => {
    const l1 = row(rows, `L1 ${l}`);
    const l2 = row(rows, `L2 ${l}`);
    const en = row(rows, `EN ${l}`);
    return (
      [l1, l2, en].every((r) => RESCUES.every((c) => holds(r, none, c))) &&
      holds(l1, none, L1_PARTIAL) &&
      holds(l2, none, L2_SHRINKS)
    );
  });
}

/** The checks, one line each, for a default λ and the slider's largest λ. */
export function verdict(rows: SweepRow[], lambda: number, maxLambda: number): string[] {
  const none = row(rows, 'none')!;
  const out = ['no regularization:', ...OVERFITS.map((c) => line(none, none, c))];
  out.push(`at the default λ = ${lambda}:`);
  for (const kind of ['L1', 'L2', 'EN']) {
    for (const c of RESCUES) out.push(line(row(rows, `${kind} ${lambda}`), none, c));
  }
  out.push(line(row(rows, `L1 ${lambda}`), none, L1_PARTIAL));
  out.push(line(row(rows, `L2 ${lambda}`), none, L2_SHRINKS));
  out.push(`at the largest λ = ${maxLambda}:`);
  out.push(line(row(rows, `L1 ${maxLambda}`), none, KILLS_L1));
  out.push(line(row(rows, `L2 ${maxLambda}`), none, KILLS));
  out.push('dropout:');
  out.push(line(row(rows, 'p 0.5'), none, HALF_LEARNS));
  return out;
}

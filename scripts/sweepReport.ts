// The text the sweep CLI prints and the CSV it writes: pure functions of the sweep's state, so the
// wording is testable without a terminal.
import type {
  SweepExportV1,
  SweepPointFailure,
  SweepPointResult,
} from '../workers/sweep/sweepExport';
import type { SweepSpec } from '../workers/sweep/sweepSpec';
import { bestByValidation, summarize } from '../workers/sweep/summaries';

const BAR_WIDTH = 24;

function fixed(value: number | null | undefined, digits = 4): string {
  return value === null || value === undefined ? 'n/a' : value.toFixed(digits);
}

function percent(value: number | null | undefined): string {
  return value === null || value === undefined ? 'n/a' : `${(100 * value).toFixed(1)}%`;
}

/** m:ss, or h:mm:ss past an hour. */
export function clock(ms: number): string {
  const s = Math.max(0, Math.round(ms / 1000));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const ss = String(s % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${ss}` : `${m}:${ss}`;
}

function pointName(p: { lambda: number; dropoutKeep: number; repeat: number }): string {
  return `λ ${p.lambda}  p ${p.dropoutKeep}  repeat ${p.repeat}`;
}

/** What became of the last point: its validation loss, or why it has none. */
function pointOutcome(p: SweepPointResult | SweepPointFailure): string {
  if ('error' in p) return `failed: ${p.error}`;
  const status =
    p.status === 'done' ? '' : `  (${p.status === 'diverged' ? 'diverged' : 'stopped early'})`;
  return `val loss ${fixed(p.final.valLoss)}${status}`;
}

/**
 * One progress line: `points 12/39  0:04 left  λ 0.001  p 1  repeat 2  val loss 0.4231`, with a
 * bar on a TTY. The time left assumes the remaining points take as long as the finished ones.
 */
export function sweepProgressLine(
  ended: number,
  total: number,
  last: SweepPointResult | SweepPointFailure,
  elapsedMs: number,
  bar: boolean,
): string {
  const width = String(total).length;
  const count = `points ${String(ended).padStart(width)}/${total}`;
  const left = ended < total ? `  ${clock((elapsedMs / ended) * (total - ended))} left` : '';
  const text = `${count}${left}  ${pointName(last)}  ${pointOutcome(last)}`;
  if (!bar) return text;
  const filled = Math.round((BAR_WIDTH * ended) / total);
  const pct = `${Math.floor((100 * ended) / total)}`.padStart(3);
  return `[${'#'.repeat(filled)}${'.'.repeat(BAR_WIDTH - filled)}] ${pct}%  ${text}`;
}

/** The line printed before the first point. */
export function sweepHeader(spec: SweepSpec, workers: number): string {
  const n = spec.lambda.length * spec.dropoutKeep.length * spec.repeats;
  const es = spec.config.earlyStopping.enabled ? ' (early stopping on)' : '';
  const w = Math.min(workers, n);
  return (
    `sweep        ${spec.lambda.length} λ × ${spec.dropoutKeep.length} p × ${spec.repeats} ` +
    `repeat${spec.repeats === 1 ? '' : 's'} = ${n} points of up to ${spec.config.epochs} ` +
    `epochs${es}, on ${w} worker${w === 1 ? '' : 's'}`
  );
}

/** The table printed at the end: one row per (λ, p), mean ± sd over repeats, the best marked. */
export function sweepSummaryLines(
  spec: SweepSpec,
  exported: SweepExportV1,
  wallMs: number,
  outPath: string,
): string[] {
  const summaries = summarize(spec, exported.points);
  const best = bestByValidation(summaries);
  const lines = [
    `points       ${'λ'.padEnd(9)} ${'p'.padEnd(5)} ${'val loss (± sd)'.padEnd(19)} ` +
      `${'val acc'.padEnd(7)} ${'train loss'.padEnd(10)} zero weights`,
  ];
  for (const s of summaries) {
    const v = s.figures.valLoss;
    const loss = v === null ? 'n/a' : `${fixed(v.mean)} ± ${fixed(v.sd)}`;
    const mark = s === best ? '  ← best' : '';
    const diverged = s.diverged > 0 ? `  (${s.diverged} diverged)` : '';
    lines.push(
      `             ${String(s.lambda).padEnd(9)} ${String(s.dropoutKeep).padEnd(5)} ` +
        `${loss.padEnd(19)} ${percent(s.figures.valAcc?.mean).padEnd(7)} ` +
        `${fixed(s.figures.trainLoss?.mean).padEnd(10)} ` +
        `${percent(s.figures.zeroFraction?.mean)}${mark}${diverged}`,
    );
  }
  if (best !== null) {
    lines.push(
      `best         λ ${best.lambda}, p ${best.dropoutKeep} (lowest mean validation loss)`,
    );
  }
  if (exported.failed.length > 0) {
    lines.push(
      `failed       ${exported.failed.length} point(s): ${exported.failed.map(pointName).join('; ')}`,
    );
  }
  lines.push(`wall time    ${(wallMs / 1000).toFixed(2)} s`, `sweep file   ${outPath}`);
  return lines;
}

// The CSV lives beside the sweep export, where the page's sweep panel reaches it too.
export { sweepPointsCsv } from '../workers/sweep/sweepCsv';

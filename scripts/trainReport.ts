// The text the headless trainer prints: a progress line while it trains and a summary at the end.
// Pure functions of the run's state, so the CLI's wording is testable without a terminal.
import type { ConfigV1 } from '../workers/engine/config';
import type { EarlyStoppingExport, HistoryRecord, RunStatus } from '../workers/engine/runExport';

const BAR_WIDTH = 24;

function loss(value: number | null): string {
  return value === null ? 'n/a' : value.toFixed(4);
}

function percent(value: number | null): string {
  return value === null ? 'n/a' : `${(100 * value).toFixed(1)}%`;
}

/** One progress line: `epoch 120/500  train loss 0.4312  val loss 0.4711`, with a bar on a TTY. */
export function progressLine(
  epoch: number,
  total: number,
  last: HistoryRecord | undefined,
  bar: boolean,
): string {
  const width = String(total).length;
  const count = `epoch ${String(epoch).padStart(width)}/${total}`;
  const losses = `train loss ${loss(last?.trainLoss ?? null)}  val loss ${loss(last?.valLoss ?? null)}`;
  if (!bar) return `${count}  ${losses}`;
  const filled = Math.round((BAR_WIDTH * epoch) / total);
  const pct = `${Math.floor((100 * epoch) / total)}`.padStart(3);
  return `[${'#'.repeat(filled)}${'.'.repeat(BAR_WIDTH - filled)}] ${pct}%  ${count}  ${losses}`;
}

export interface RunSummary {
  config: ConfigV1;
  status: RunStatus;
  epoch: number;
  history: readonly HistoryRecord[];
  earlyStopping: EarlyStoppingExport;
  divergedEpoch: number | null;
  wallMs: number;
  outPath: string;
}

const STATUS_TEXT: Record<RunStatus, string> = {
  done: 'done',
  stopped: 'stopped early',
  diverged: 'diverged',
  running: 'interrupted',
};

/** The lines printed when a run ends. */
export function summaryLines(s: RunSummary): string[] {
  const last = s.history[s.history.length - 1];
  const lines = [
    `status       ${STATUS_TEXT[s.status]} after ${s.epoch} of ${s.config.epochs} epochs`,
  ];
  if (last !== undefined) {
    lines.push(
      `final        epoch ${last.epoch}, evaluation mode`,
      `             loss      accuracy`,
      `  train      ${loss(last.trainLoss).padEnd(9)} ${percent(last.trainAcc)}`,
      `  val        ${loss(last.valLoss).padEnd(9)} ${percent(last.valAcc)}`,
      `  test       ${loss(last.testLoss).padEnd(9)} ${percent(last.testAcc)}`,
    );
  }
  if (s.config.earlyStopping.enabled) {
    const es = s.earlyStopping;
    const best =
      es.bestEpoch === null ? 'none' : `epoch ${es.bestEpoch} (val loss ${loss(es.bestValLoss)})`;
    const stopped = es.stoppedEpoch === null ? 'never' : `epoch ${es.stoppedEpoch}`;
    lines.push(`best         ${best}`, `stop         ${stopped}`);
    if (es.restored && es.bestEpoch !== null) {
      lines.push(`             the saved model holds the weights of epoch ${es.bestEpoch}`);
    }
  }
  if (last !== undefined) {
    lines.push(`zero weights ${percent(last.zeroFraction)} of weights are exactly 0`);
  }
  lines.push(`wall time    ${(s.wallMs / 1000).toFixed(2)} s`, `run written  ${s.outPath}`);
  return lines;
}

/** What to tell a student whose run blew up. */
export function divergedMessage(config: ConfigV1, epoch: number | null): string {
  const when = epoch === null ? '' : ` at epoch ${epoch}`;
  return (
    `Training diverged${when}: the loss became NaN or infinite. ` +
    `Lower optimizer.learningRate (it is ${config.optimizer.learningRate}), ` +
    `e.g. to a tenth, and run again.`
  );
}

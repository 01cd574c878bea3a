// Trains one point of a sweep. This is the only sweep module that runs the engine: it belongs in
// a worker (a browser Worker or a Node worker thread), never on the page's main thread.
import type { HistoryRecord } from '../engine/runExport';
import { Trainer } from '../engine/trainer';
import type { SweepExportV1, SweepPointResult, SweepPointStatus } from './sweepExport';
import type { SweepSpec } from './sweepSpec';
import { pointConfig } from './sweepSpec';

/** Epochs between calls of `alive`: a few milliseconds of training on the largest networks. */
const ALIVE_EPOCHS = 16;

/**
 * Trains the base config with this λ and p, repeat `repeat`, for config.epochs or until early
 * stopping stops it. Repeat 0 is exactly the run `new Trainer(config)` gives for that config.
 * `alive` is called every few epochs (the pool's sign of life; stepping in pieces changes
 * nothing: step(a) then step(b) is step(a + b)).
 */
export function runSweepPoint(
  spec: SweepSpec,
  lambda: number,
  dropoutKeep: number,
  repeat: number,
  alive?: () => void,
): SweepPointResult {
  const config = pointConfig(spec, lambda, dropoutKeep);
  const t = new Trainer(config, 'fast', { repeat });
  while (t.status === 'running' && t.epoch < config.epochs) {
    t.step(Math.min(ALIVE_EPOCHS, config.epochs - t.epoch));
    alive?.();
  }
  if (t.status === 'running') throw new Error(`the run stopped at epoch ${t.epoch} unfinished`);
  const es = t.earlyStoppingState();
  // The figures of the model the run ends with: after a restore, those of the best epoch (the
  // restored weights are the ones evaluated then); otherwise the last epoch's (for a diverged
  // run, the last finite one, whose weights are the ones kept).
  const finalEpoch = es.restored && es.bestEpoch !== null ? es.bestEpoch : t.epoch;
  const record = t.history.find((h) => h.epoch === finalEpoch);
  if (record === undefined) throw new Error(`no history record for epoch ${finalEpoch}`);
  return {
    lambda,
    dropoutKeep,
    repeat,
    status: STATUS[t.status],
    epochs: t.epoch,
    bestEpoch: es.bestEpoch,
    final: finalFigures(record),
    model: t.modelExport(),
  };
}

const STATUS: Record<Exclude<Trainer['status'], 'running'>, SweepPointStatus> = {
  done: 'done',
  stopped: 'stoppedEarly',
  diverged: 'diverged',
};

function finalFigures(h: HistoryRecord): SweepPointResult['final'] {
  return {
    trainLoss: h.trainLoss,
    valLoss: h.valLoss,
    testLoss: h.testLoss,
    trainAcc: h.trainAcc,
    valAcc: h.valAcc,
    testAcc: h.testAcc,
    zeroFraction: h.zeroFraction,
  };
}

/** The points of each split, the same for every point and repeat of the sweep. */
export function sweepData(spec: SweepSpec): SweepExportV1['data'] {
  return new Trainer(spec.config).toRunExport().data;
}

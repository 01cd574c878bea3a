import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../engine/config';
import { exportedModelLoss } from '../engine/exportedModelLoss';
import { Trainer } from '../engine/trainer';
import { buildSweepExport } from './sweepExport';
import { runSweepPoint, sweepData } from './sweepPoint';
import { pointConfig, sweepGrid, validateSweepSpec } from './sweepSpec';
import { smallSweep, smallSweepConfig } from './sweepTesting';

// Trains for real: seconds on a busy 2-core machine.
const TRAINING_TIMEOUT = 60_000;

function plainRun(config: ReturnType<typeof smallSweepConfig>): Trainer {
  const t = new Trainer(config);
  t.step(config.epochs);
  return t;
}

describe('runSweepPoint', () => {
  it(
    'repeat 0 of every point is the single run of that config, bit for bit',
    () => {
      const spec = smallSweep();
      for (const key of sweepGrid(spec).filter((k) => k.repeat === 0)) {
        const point = runSweepPoint(spec, key.lambda, key.dropoutKeep, 0);
        const t = plainRun(pointConfig(spec, key.lambda, key.dropoutKeep));
        const run = t.toRunExport();
        const last = run.history[run.history.length - 1]!;
        expect(JSON.stringify(point.model)).toBe(JSON.stringify(run.model));
        expect(point.final).toEqual({
          trainLoss: last.trainLoss,
          valLoss: last.valLoss,
          testLoss: last.testLoss,
          trainAcc: last.trainAcc,
          valAcc: last.valAcc,
          testAcc: last.testAcc,
          zeroFraction: last.zeroFraction,
        });
        expect(point).toMatchObject({ ...key, status: 'done', epochs: 15 });
        expect(point.bestEpoch).toBe(run.earlyStopping.bestEpoch);
      }
    },
    TRAINING_TIMEOUT,
  );

  it(
    'other repeats train other weights on the same data',
    () => {
      const spec = smallSweep();
      const r0 = runSweepPoint(spec, 0.001, 0.7, 0);
      const r1 = runSweepPoint(spec, 0.001, 0.7, 1);
      expect(r1.model).not.toEqual(r0.model);
      expect(r1.final.trainLoss).not.toBe(r0.final.trainLoss);
      expect(new Trainer(pointConfig(spec, 0.001, 0.7), 'fast', { repeat: 1 }).points).toEqual(
        new Trainer(pointConfig(spec, 0.001, 0.7)).points,
      );
    },
    TRAINING_TIMEOUT,
  );

  it(
    'measures the final figures on the restored best model when early stopping restores it',
    () => {
      const config = smallSweepConfig();
      config.epochs = 3000;
      config.data.labelNoise = 0.2; // noisy labels: validation loss turns up, so the run stops
      config.model.hidden = [8];
      config.augmentation.jitter = 0;
      config.regularization.kind = 'l2';
      config.earlyStopping = { ...config.earlyStopping, enabled: true, patience: 20 };
      const spec = validateSweepSpec({ config, lambda: [0] }).spec;
      const point = runSweepPoint(spec, 0, 1, 0);
      const run = plainRun(pointConfig(spec, 0, 1)).toRunExport();
      expect(run.status).toBe('stopped');
      expect(run.earlyStopping.restored).toBe(true);
      expect(point.status).toBe('stoppedEarly');
      expect(point.epochs).toBe(run.earlyStopping.stoppedEpoch);
      expect(point.bestEpoch).toBe(run.earlyStopping.bestEpoch);
      expect(point.bestEpoch).toBeLessThan(point.epochs);
      expect(point.model).toEqual(run.model);
      const best = run.history[point.bestEpoch!]!;
      expect(point.final.valLoss).toBe(best.valLoss);
      expect(point.final.valLoss).not.toBe(run.history[run.history.length - 1]!.valLoss);
      // Checked independently of the history too: the exported model's own loss (Math.tanh there,
      // the engine's table tanh here: equal to ~1e-9).
      expect(exportedModelLoss(point.model, run.data.val)).toBeCloseTo(point.final.valLoss!, 7);
      expect(exportedModelLoss(point.model, run.data.train)).toBeCloseTo(point.final.trainLoss!, 7);
    },
    TRAINING_TIMEOUT,
  );

  it(
    'reports a diverged point with the figures of its last finite model',
    () => {
      // Plain SGD at the largest allowed rate through three wide ReLU layers (as in the train CLI's
      // test): it blows up within a few epochs.
      const config = defaultConfig();
      config.epochs = 200;
      config.data.samples = 100;
      config.model = { ...config.model, hidden: [32, 32, 32], activation: 'relu' };
      config.optimizer = { kind: 'sgd', learningRate: 10, batchSize: 0 };
      const spec = validateSweepSpec({ config }).spec;
      const point = runSweepPoint(spec, spec.lambda[0]!, 1, 0);
      const run = plainRun(pointConfig(spec, spec.lambda[0]!, 1)).toRunExport();
      expect(run.status).toBe('diverged');
      expect(point.status).toBe('diverged');
      expect(point.epochs).toBe(run.history[run.history.length - 1]!.epoch);
      expect(point.model).toEqual(run.model);
      expect(Number.isFinite(point.final.trainLoss)).toBe(true);
    },
    TRAINING_TIMEOUT,
  );
});

describe('buildSweepExport', () => {
  it(
    'holds the config, both axes, the data of the plain run and the points in grid order',
    () => {
      const spec = smallSweep();
      const grid = sweepGrid(spec).slice(0, 4);
      const points = grid.map((k) => runSweepPoint(spec, k.lambda, k.dropoutKeep, k.repeat));
      const failed = [{ ...sweepGrid(spec)[5]!, error: 'its worker crashed 2 times (boom)' }];
      const data = sweepData(spec);
      const exported = buildSweepExport(spec, data, [...points].reverse(), failed);
      expect(exported).toMatchObject({
        version: 1,
        kind: 'sweep',
        axes: { lambda: [0, 0.001, 0.03], dropoutKeep: [0.7, 1] },
        repeats: 2,
      });
      expect(exported.config).toEqual(spec.config);
      expect(exported.data).toEqual(new Trainer(spec.config).toRunExport().data);
      expect(exported.points).toEqual(points);
      expect(exported.failed).toEqual(failed);
      expect(() => buildSweepExport(spec, data, [{ ...points[0]!, lambda: 5 }])).toThrow(
        'λ 5, p 0.7, repeat 0 is not in the sweep',
      );
    },
    TRAINING_TIMEOUT,
  );
});

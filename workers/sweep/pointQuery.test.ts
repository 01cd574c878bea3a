import { describe, expect, it } from 'vitest';
import { Trainer } from '../engine/trainer';
import { askSweepWorker } from './askSweepWorker';
import { modelGrid, modelParameters } from './pointQuery';
import type { PoolWorker } from './pool';
import { serveSweep } from './serveSweep';
import { runSweepPoint, sweepData } from './sweepPoint';
import type { SweepSpec } from './sweepSpec';
import { pointConfig } from './sweepSpec';
import { smallSweep, smallSweepConfig } from './sweepTesting';

/** A sweep worker in this thread, on the real protocol (serveSweep), answering asynchronously. */
function inProcessWorker(): PoolWorker {
  let handler: (data: unknown) => void = () => undefined;
  let terminated = false;
  const w: PoolWorker = {
    onmessage: null,
    onerror: null,
    post: (m) => void Promise.resolve().then(() => !terminated && handler(structuredClone(m))),
    terminate: () => (terminated = true),
  };
  serveSweep({
    listen: (h) => (handler = h),
    post: (m) => void Promise.resolve().then(() => !terminated && w.onmessage?.(m)),
  });
  return w;
}

function batchNormSweep(): SweepSpec {
  const c = smallSweepConfig();
  c.model = { ...c.model, hidden: [5, 3], batchNorm: true, activation: 'relu' };
  return { ...smallSweep(c), config: c };
}

describe("a sweep point's model on the decision grid", () => {
  it('is the grid the run itself evaluates, bit for bit (batch norm included)', () => {
    for (const spec of [smallSweep(), batchNormSweep()]) {
      const point = runSweepPoint(spec, 0.001, 0.7, 0);
      const t = new Trainer(pointConfig(spec, 0.001, 0.7));
      t.step(spec.config.epochs);
      const expected = new Float32Array(40 * 40);
      t.evaluateGrid(40, expected);
      const answer = modelGrid(spec, point.model, 40);
      expect(answer.gridSize).toBe(40);
      expect(Array.from(answer.grid)).toEqual(Array.from(expected));
    }
  });

  it('reads back exactly the parameters the export wrote', () => {
    const spec = batchNormSweep();
    const t = new Trainer(spec.config);
    t.step(3);
    const { params, stats } = modelParameters(t.layout, t.modelExport());
    expect(Array.from(params)).toEqual(Array.from(t.params));
    expect(Array.from(stats)).toEqual(Array.from(t.runningStats()));
  });

  it('refuses a model of another network with a sentence naming the layer', () => {
    const spec = smallSweep();
    const other = new Trainer(batchNormSweep().config).modelExport();
    expect(() => modelGrid(spec, other, 8)).toThrow(/layers, the sweep's network 2/);
    const model = new Trainer(spec.config).modelExport();
    model.layers[1]!.biases.push(0);
    expect(() => modelGrid(spec, model, 8)).toThrow(/Layer 2 of the model does not have the shape/);
  });
});

describe('askSweepWorker', () => {
  it("gets the sweep's data and a point's grid from a worker on the pool protocol", async () => {
    const spec = smallSweep();
    const data = await askSweepWorker(inProcessWorker, spec, { query: 'data' }).answer;
    expect(data).toEqual(sweepData(spec));
    const point = runSweepPoint(spec, 0.03, 1, 1);
    const grid = await askSweepWorker(inProcessWorker, spec, {
      query: 'grid',
      model: point.model,
      gridSize: 16,
    }).answer;
    expect(Array.from(grid.grid)).toEqual(Array.from(modelGrid(spec, point.model, 16).grid));
  });

  it('rejects with the reason when the worker cannot answer', async () => {
    const spec = smallSweep();
    const bad = new Trainer(batchNormSweep().config).modelExport();
    const asked = askSweepWorker(inProcessWorker, spec, { query: 'grid', model: bad, gridSize: 8 });
    await expect(asked.answer).rejects.toThrow(/could not answer: The model has 3 layers/);
  });
});

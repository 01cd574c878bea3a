// The same config and seed give bit-identical numbers in the browser's worker and in Node.
import { describe, expect, it } from 'vitest';
import { Trainer } from '../workers/engine/trainer';
import { defaultConfig } from '../workers/engine/config';
import type { ConfigV1 } from '../workers/engine/config';
import { labSession } from './labSession.ts';

const lab = labSession();

const EPOCHS = 30;

function config(): ConfigV1 {
  const c = defaultConfig();
  c.data = { ...c.data, dataset: 'moons', samples: 200, noise: 0.4, labelNoise: 0.05 };
  c.model = { ...c.model, hidden: [6, 5], batchNorm: true, dropoutKeep: 0.8 };
  c.regularization = { ...c.regularization, kind: 'elasticnet', lambda: 0.003 };
  c.features = ['x1', 'x2', 'sin(x1)', 'x1*x2'];
  c.augmentation = { ...c.augmentation, jitter: 0.1, rotate: 15, mixup: 0.3 };
  return c;
}

describe('determinism across Node and Chromium', () => {
  it(`${EPOCHS} epochs of Adam with dropout, batch norm, augmentation, sin features and elastic net agree to the bit`, async () => {
    const c = config();
    const { page } = await lab.open(`#config=${encodeURIComponent(JSON.stringify(c))}`);
    const inBrowser = await page.evaluate(async (epochs) => {
      type Handle = {
        actions: { stepEpochs(n: number): void };
        lab: { getState(): { runs: Record<string, { epoch: number }> } };
        historyOf(id: string): { length: number; columns: Record<string, Float64Array> };
      };
      const h = (window as unknown as { __reglab: Handle }).__reglab;
      h.actions.stepEpochs(epochs);
      while (h.lab.getState().runs.main!.epoch < epochs) {
        await new Promise((r) => requestAnimationFrame(r));
      }
      const cols = h.historyOf('main').columns;
      return ['trainLoss', 'valLoss', 'testLoss', 'penalty', 'l2Norm'].map((f) =>
        Array.from(cols[f]!.subarray(0, epochs + 1)),
      );
    }, EPOCHS);
    const t = new Trainer({ ...c, epochs: 1_000_000 });
    t.step(EPOCHS);
    const inNode = (['trainLoss', 'valLoss', 'testLoss', 'penalty', 'l2Norm'] as const).map((f) =>
      t.history.map((r) => r[f]),
    );
    expect(inBrowser).toEqual(inNode);
  });
});

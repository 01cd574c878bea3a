// The same config and seed give bit-identical numbers in the browser's worker and in Node, whichever
// kernels run: the WebAssembly ones (even input counts and hidden widths without batch norm, e.g.
// the default [8,8]) or the generated JavaScript ones (everything else).
import { describe, expect, it } from 'vitest';
import { Trainer } from '../workers/engine/trainer';
import { defaultConfig } from '../workers/engine/config';
import type { ConfigV1 } from '../workers/engine/config';
import { wasmAvailable } from '../workers/engine/wasmNet';
import { labSession } from './labSession.ts';

const lab = labSession();

const EPOCHS = 30;
const FIELDS = ['trainLoss', 'valLoss', 'testLoss', 'penalty', 'l2Norm'] as const;

function config(): ConfigV1 {
  const c = defaultConfig();
  c.data = { ...c.data, dataset: 'moons', samples: 200, noise: 0.4, labelNoise: 0.05 };
  c.model = { ...c.model, hidden: [6, 5], batchNorm: true, dropoutKeep: 0.8 };
  c.regularization = { ...c.regularization, kind: 'elasticnet', lambda: 0.003 };
  c.features = ['x1', 'x2', 'sin(x1)', 'x1*x2'];
  c.augmentation = { ...c.augmentation, jitter: 0.1, rotate: 15, mixup: 0.3 };
  return c;
}

/** The first `EPOCHS` epochs' losses and norms as the page's worker computed them. */
async function inBrowser(c: ConfigV1): Promise<(number | null)[][]> {
  const { page } = await lab.open(`#config=${encodeURIComponent(JSON.stringify(c))}`);
  // The trainer's worker compiles WebAssembly (the page's policy does not govern it), so the
  // comparison below runs the WebAssembly kernels where they apply, not the JavaScript fallback.
  const workers = page.workers();
  expect(workers).toHaveLength(1);
  const compiles = await workers[0]!.evaluate(() => {
    const bytes = new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0]);
    return (
      WebAssembly.validate(bytes) && new WebAssembly.Module(bytes) instanceof WebAssembly.Module
    );
  });
  expect(compiles).toBe(true);
  return page.evaluate(
    async ({ epochs, fields }) => {
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
      return fields.map((f) => Array.from(cols[f]!.subarray(0, epochs + 1)));
    },
    { epochs: EPOCHS, fields: [...FIELDS] },
  );
}

function inNode(c: ConfigV1): (number | null)[][] {
  const t = new Trainer({ ...c, epochs: 1_000_000 });
  t.step(EPOCHS);
  return FIELDS.map((f) => t.history.map((r) => r[f]));
}

describe('determinism across Node and Chromium', () => {
  it(`${EPOCHS} epochs of Adam with dropout, batch norm, augmentation, sin features and elastic net agree to the bit`, async () => {
    const c = config();
    expect(await inBrowser(c)).toEqual(inNode(c));
  });

  it(`${EPOCHS} epochs on the WebAssembly kernels agree to the bit: [8,8] tanh with L2, [8×6] relu with L1`, async () => {
    expect(wasmAvailable()).toBe(true);
    const a = defaultConfig();
    a.regularization = { ...a.regularization, kind: 'l2', lambda: 0.003 };
    const b = defaultConfig();
    b.model = { ...b.model, hidden: [8, 8, 8, 8, 8, 8], activation: 'relu' };
    b.optimizer = { kind: 'sgd', learningRate: 0.03, batchSize: 7 };
    b.regularization = { ...b.regularization, kind: 'l1', lambda: 0.001 };
    for (const c of [a, b]) expect(await inBrowser(c)).toEqual(inNode(c));
  });
});

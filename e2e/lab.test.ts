// The live lab as a student uses it: press play, drag λ, switch L1 to L2, set p, early stopping.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  canvasDigest,
  configHash,
  epoch,
  labHash,
  labSession,
  number,
  percent,
  screenshot,
  until,
} from './labSession.ts';

const lab = labSession();

/** Drags a range input's thumb to a fraction of its track with the mouse, like a student. */
async function drag(page: Page, name: string, fraction: number): Promise<void> {
  const slider = page.getByRole('slider', { name, exact: true });
  const box = await slider.boundingBox();
  if (!box) throw new Error(`slider ${name} is not visible`);
  const y = box.y + box.height / 2;
  await page.mouse.move(box.x + 2, y);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width * fraction, y, { steps: 8 });
  await page.mouse.up();
}

describe('the live lab', () => {
  it('trains when the student presses play: epochs advance and the boundary changes', async () => {
    // The default lab with room to train: its 3,000-epoch budget can end before Pause is pressed.
    const { page, record } = await lab.open(labHash());
    expect(await epoch(page)).toBe(0);
    await until(
      () => canvasDigest(page.getByTestId('boundary-canvas')),
      (d) => d.length > 1000,
      'first boundary drawn',
    );
    const before = await canvasDigest(page.getByTestId('boundary-canvas'));
    await page.getByRole('button', { name: 'Play', exact: true }).click();
    await until(
      () => epoch(page),
      (e) => e > 200,
      'epochs advancing',
    );
    await until(
      () => canvasDigest(page.getByTestId('boundary-canvas')),
      (d) => d !== before,
      'boundary changing',
    );
    await page.getByRole('button', { name: 'Pause', exact: true }).click();
    // The counter is busy while the worker trains; once idle it shows the final epoch.
    await page.locator('[data-testid=epoch-counter][aria-busy=false]').waitFor();
    const paused = await epoch(page);
    await page.getByRole('button', { name: 'Step one epoch' }).click();
    await until(
      () => epoch(page),
      (e) => e === paused + 1,
      'one step',
    );
    await screenshot(page, 'lab-1366x768');
    expect(record.consoleErrors).toEqual([]);
    expect(record.offHostRequests).toEqual([]);
  });

  it('L1 drives weights to exact zeros; switching to L2 brings them back while shrinking the net', async () => {
    const { page } = await lab.open(labHash());
    await page.getByRole('button', { name: 'Play', exact: true }).click();
    await until(
      () => epoch(page),
      (e) => e > 1500,
      'unregularized training',
    );
    const unregularizedNorm = await number(page, 'l2-norm');
    expect(await percent(page, 'zero-fraction')).toBe(0);

    await page.getByRole('combobox', { name: 'Regularization', exact: true }).selectOption('l1');
    await drag(page, 'Regularization strength λ', 0.8);
    await until(
      () => percent(page, 'zero-fraction'),
      (z) => z > 30,
      'L1 zeros',
    );
    await screenshot(page, 'l1-zeros');

    await page.getByRole('combobox', { name: 'Regularization', exact: true }).selectOption('l2');
    await until(
      () => percent(page, 'zero-fraction'),
      (z) => z < 1,
      'L2 has no exact zeros',
    );
    await until(
      () => number(page, 'l2-norm'),
      (n) => n < unregularizedNorm / 2,
      'L2 shrinks weights',
    );
    await screenshot(page, 'l2-shrinkage');
  });

  it('dropout p changes the running model without a reset and shows the drop rate', async () => {
    const { page } = await lab.open(labHash());
    await page.getByRole('button', { name: 'Play', exact: true }).click();
    await until(
      () => epoch(page),
      (e) => e > 300,
      'training',
    );
    const curve = page.locator('path[data-series=trainLoss]');
    const before = await curve.getAttribute('d');
    const p = page.getByRole('slider', { name: 'Dropout keep probability p', exact: true });
    await p.focus();
    for (let i = 0; i < 10; i++) await p.press('ArrowLeft');
    await expect.poll(() => p.inputValue()).toBe('0.5');
    await expect.poll(() => page.getByText(/1 − p = 0\.50/).count()).toBeGreaterThan(0);
    const atChange = await epoch(page);
    await until(
      () => epoch(page),
      (e) => e > atChange + 300,
      'training continues',
    );
    expect(await epoch(page)).toBeGreaterThan(atChange); // not reset to 0
    expect(await curve.getAttribute('d')).not.toBe(before);
  });

  it('early stopping marks the best epoch and the stop on an overfitting run', async () => {
    const hash = configHash((c) => {
      c.data = { ...c.data, dataset: 'xor', samples: 80, labelNoise: 0.2, noise: 0.5 };
      c.model = { ...c.model, hidden: [16, 16] };
      c.optimizer = { kind: 'adam', learningRate: 0.03, batchSize: 10 };
    });
    const { page } = await lab.open(hash);
    await page.getByRole('checkbox', { name: 'Early stopping', exact: true }).check();
    const patience = page.getByRole('spinbutton', { name: 'Patience (epochs)' });
    await patience.fill('40');
    await patience.press('Enter');
    await page.getByRole('button', { name: 'Play', exact: true }).click();
    await page.getByTestId('es-best-marker').first().waitFor();
    await page.getByTestId('es-stop-marker').first().waitFor({ timeout: 30_000 });
    await expect
      .poll(() =>
        page
          .getByRole('status')
          .filter({ hasText: /Early stopping ended training/ })
          .count(),
      )
      .toBeGreaterThan(0);
    await screenshot(page, 'early-stopping');
  });
});

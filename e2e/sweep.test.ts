// The sweep as a student uses it: open the panel, run a small λ sweep on the pool of workers
// beside the live run, watch the points arrive, read the best λ off the validation curve, open
// that point's model and press "Use this λ": the main run now trains with it. Then a 3 × 2 λ × p
// grid and its heat map with the best cell marked.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { labHash, labSession, screenshot, until } from './labSession.ts';

const lab = labSession();

/**
 * The default lab with L2 at λ = 1 (far too strong: the sweep's best λ is another one) and a short
 * budget, so that 13 points with one repeat each take a few seconds.
 */
const HASH = labHash((c) => {
  c.epochs = 300;
  c.regularization = { ...c.regularization, kind: 'l2', lambda: 1 };
});

const progressText = async (page: Page) =>
  (await page.getByTestId('sweep-progress-text').textContent()) ?? '';

const mainRegularization = (page: Page) =>
  page.evaluate(() => {
    const hook = (
      window as unknown as {
        __reglab: {
          lab: { getState(): { runs: Record<string, { config: { regularization: object } }> } };
        };
      }
    ).__reglab;
    return hook.lab.getState().runs.main!.config.regularization;
  });

async function openPanel(page: Page) {
  await page.getByRole('tab', { name: 'Sweep', exact: true }).click();
  const panel = page.getByRole('region', { name: 'Sweep λ and p', exact: true });
  await panel.waitFor();
  await panel.getByRole('combobox', { name: 'Repeats per point' }).selectOption('1');
  return panel;
}

describe('the sweep panel', () => {
  it('sweeps λ, shows the points as they finish, and "Use this λ" sets the main run', async () => {
    const { page, record } = await lab.open(HASH);
    const panel = await openPanel(page);
    expect(await panel.getByTestId('sweep-size').textContent()).toMatch(/^13 points on \d+/);
    expect(await mainRegularization(page)).toMatchObject({ kind: 'l2', lambda: 1 });

    await panel.getByRole('button', { name: 'Run sweep' }).click();
    const seen = new Set<number>();
    const done = await until(
      async () => {
        const text = await progressText(page);
        const m = /^(\d+) of 13 points/.exec(text);
        if (m) seen.add(Number(m[1]));
        return text;
      },
      (t) => t.startsWith('Done'),
      'the sweep finishing',
      40_000,
    );
    expect(done).toMatch(/^Done: 13 points in [\d.]+ s\.$/);
    // Points appear as they finish, not all at the end.
    expect([...seen].some((k) => k > 0 && k < 13)).toBe(true);

    // The validation curve: the best λ marked, both sides named.
    const curve = panel.getByTestId('sweep-curve');
    await curve.getByTestId('best-mark').waitFor();
    expect(await curve.getByTestId('side-overfitting').textContent()).toBe('← overfitting');
    expect(await curve.getByTestId('side-underfitting').textContent()).toBe('underfitting →');
    const best = /λ = ([\d.e-]+)\./.exec(
      (await panel.getByTestId('sweep-best').textContent()) ?? '',
    )?.[1];
    expect(best).toBeDefined();
    expect(Number(best)).not.toBe(1);
    await curve.evaluate((el) => el.scrollIntoView({ block: 'center' }));
    await screenshot(page, 'sweep-curve-1366');

    // Click the best point: its model opens; "Use this λ" moves the main run to it.
    await curve.getByTestId('best-point').click({ force: true });
    const point = panel.getByTestId('sweep-point');
    await point.getByRole('heading', { name: `Sweep point: λ = ${best}, p = 1` }).waitFor();
    await point.getByTestId('sweep-point-boundary').locator('canvas').waitFor();
    await point.getByRole('button', { name: 'Use this λ' }).click();
    const after = await until(
      () => mainRegularization(page),
      (r) => (r as { lambda: number }).lambda !== 1,
      "the main run's λ changing",
      5_000,
    );
    expect(after).toMatchObject({ kind: 'l2', lambda: Number(best) });
    expect(record.consoleErrors).toEqual([]);
  }, 60_000);

  it('sweeps a λ × p grid into a heat map with the best cell marked', async () => {
    const { page, record } = await lab.open(HASH);
    const panel = await openPanel(page);
    await panel.getByRole('radio', { name: 'λ × p grid' }).check();
    await panel.getByRole('textbox', { name: 'λ values' }).fill('0, 0.01, 1');
    await panel.getByRole('textbox', { name: 'p values' }).fill('0.5, 1');
    expect(await panel.getByTestId('sweep-size').textContent()).toMatch(/^6 points/);
    await panel.getByRole('button', { name: 'Run sweep' }).click();
    await until(
      () => progressText(page),
      (t) => t.startsWith('Done: 6 points'),
      'the grid finishing',
      30_000,
    );
    const heat = panel.getByTestId('sweep-heatmap');
    expect(await heat.locator('[data-best]').count()).toBe(1);
    await heat.focus();
    await page.keyboard.press('ArrowRight');
    expect(await panel.getByTestId('sweep-heat-readout').textContent()).toMatch(
      /^λ = 0, p = 1: validation loss [\d.]+$/,
    );
    await heat.evaluate((el) => el.scrollIntoView({ block: 'center' }));
    await screenshot(page, 'sweep-grid-1366');
    expect(record.consoleErrors).toEqual([]);
  }, 45_000);
});

// Side by side and the epoch scrubber as a lecturer uses them: pick "None vs L1 vs L2" from the
// Compare menu, press Play, read the three panels; then scrub a single run back to the epoch early
// stopping chose, and return to live.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { canvasDigest, configHash, labSession, screenshot, until } from './labSession.ts';

const lab = labSession();

async function panelZeros(page: Page, name: string): Promise<number> {
  const panel = page.getByRole('region', { name, exact: true });
  const text = (await panel.getByTestId('zero-fraction').textContent()) ?? '';
  return Number(/([\d.]+)\s*%/.exec(text)?.[1] ?? NaN);
}

describe('side-by-side comparison', () => {
  it('None vs L1 vs L2: three titled panels, one overlay legend, exact zeros only under L1', async () => {
    const { page, record } = await lab.open(configHash((c) => (c.regularization.lambda = 0.01)));
    await page
      .getByRole('combobox', { name: 'Compare', exact: true })
      .selectOption({ label: 'None vs L1 vs L2' });
    await page.getByRole('button', { name: 'Play', exact: true }).click();
    const names = ['No regularization', 'L1', 'L2'];
    for (const name of names) {
      await page.getByRole('heading', { level: 2, name, exact: true }).waitFor();
    }
    const legend = page.getByRole('list', { name: 'Runs in the overlay chart' });
    expect(await legend.getByRole('listitem').allTextContents()).toEqual(names);
    await until(
      () => panelZeros(page, 'L1'),
      (z) => z > 20,
      'L1 weights reaching exactly zero',
      30_000,
    );
    expect(await panelZeros(page, 'No regularization')).toBe(0);
    expect(await panelZeros(page, 'L2')).toBe(0);
    // One clock: all three runs are on the same epoch axis with every curve drawn.
    expect(await page.getByTestId('overlay-plot').locator('path[data-run]').count()).toBe(3);
    await screenshot(page, 'compare-none-l1-l2');
    await page.getByTestId('overlay-plot').scrollIntoViewIfNeeded();
    await screenshot(page, 'compare-overlay');
    await page.getByRole('button', { name: 'Pause', exact: true }).click();
    await page.getByRole('button', { name: 'End comparison' }).click();
    await page.getByTestId('epoch-scrubber').waitFor();
    expect(await page.getByRole('region', { name: 'L1', exact: true }).count()).toBe(0);
    expect(record.consoleErrors).toEqual([]);
  });

  it('four runs from a shared link: four panels on one epoch axis, all training together', async () => {
    const comparison = {
      mainLabel: 'none',
      variants: [
        { label: 'L1', patch: { regularization: { kind: 'l1' } } },
        { label: 'L2', patch: { regularization: { kind: 'l2' } } },
        { label: 'p = 0.5', patch: { model: { dropoutKeep: 0.5 } } },
      ],
    };
    const hash = `${configHash((c) => (c.regularization.lambda = 0.01))}&compare=${encodeURIComponent(JSON.stringify(comparison))}`;
    const { page, record } = await lab.open(hash);
    await page.getByRole('button', { name: 'Play', exact: true }).click();
    // Each panel is titled by what its run changes, whatever the link's labels say.
    const titles = [
      'No regularization, no dropout',
      'L1, λ = 0.01, no dropout',
      'L2, λ = 0.01, no dropout',
      'No regularization, dropout p = 0.5',
    ];
    for (const name of titles) {
      await page.getByRole('heading', { level: 2, name, exact: true }).waitFor();
    }
    await until(
      () => page.getByTestId('overlay-plot').locator('path[data-run]').count(),
      (n) => n === 4,
      'four curves on the overlay',
    );
    await until(
      () => panelZeros(page, titles[1]!),
      (z) => z > 5,
      'L1 zeros in a four-run comparison',
      30_000,
    );
    expect(await panelZeros(page, titles[3]!)).toBe(0);
    // Charts below the fold are skipped by the renderer (content-visibility), not by the data:
    // the zeros above were read from a histogram out of sight.
    const lastCurves = page.getByRole('figure', { name: 'Loss curves', exact: true }).last();
    const drawn = () =>
      lastCurves.evaluate((f) =>
        f.querySelector('svg')!.checkVisibility({ contentVisibilityAuto: true }),
      );
    expect(await drawn()).toBe(false);
    await lastCurves.scrollIntoViewIfNeeded();
    await until(drawn, (d) => d, "the last panel's curves drawn once in sight");
    await screenshot(page, 'compare-four-runs');
    // Out of sight, a map skips its paints and catches up once seen (paintWhenSeen). The runs
    // take turns bringing boundaries (first and last in alternate frames), so while the first
    // map, in sight, changes twice, the last one would have been painted at least once. The
    // browser reports the scroll's new sight lines with a frame drawn: wait for two first.
    const maps = page.getByTestId('boundary-canvas');
    await maps.first().scrollIntoViewIfNeeded();
    const digest = (i: number) => canvasDigest(maps.nth(i));
    const firstChangesTwice = async () => {
      for (let change = 0; change < 2; change++) {
        const before = await digest(0);
        await until(
          () => digest(0),
          (h) => h !== before,
          'the map in sight repainted',
        );
      }
    };
    await firstChangesTwice();
    const beyond = await maps
      .nth(3)
      .evaluate((c) => c.getBoundingClientRect().top - 2 * window.innerHeight);
    expect(beyond, "the last map lies past paintWhenSeen's margin").toBeGreaterThan(0);
    const hidden = await digest(3);
    await firstChangesTwice();
    expect(await digest(3)).toBe(hidden);
    await maps.nth(3).scrollIntoViewIfNeeded();
    await until(
      () => digest(3),
      (h) => h !== hidden,
      'the last map painted once in sight',
    );
    expect(record.consoleErrors).toEqual([]);
  });

  it('the epoch scrubber goes back to the best epoch early stopping found, then to live', async () => {
    const hash = configHash((c) => {
      c.data = { ...c.data, dataset: 'xor', samples: 80, labelNoise: 0.2, noise: 0.5 };
      c.model = { ...c.model, hidden: [16, 16] };
      c.optimizer = { kind: 'adam', learningRate: 0.03, batchSize: 10 };
      c.earlyStopping = { ...c.earlyStopping, enabled: true, patience: 40, restoreBest: false };
    });
    const { page, record } = await lab.open(hash);
    await page.getByRole('button', { name: 'Play', exact: true }).click();
    await page.getByTestId('es-stop-marker').first().waitFor({ timeout: 30_000 });
    const bestText = (await page.getByTestId('scrub-best').textContent()) ?? '';
    const best = Number(/\d+/.exec(bestText)?.[0]);
    const slider = page.getByRole('slider', { name: 'Epoch shown' });
    await until(
      async () => Number(await slider.getAttribute('max')),
      (m) => m > best,
      'the run past its best epoch',
    );
    const last = Number(await slider.getAttribute('max'));
    // Drag the thumb from the live end back to about the best epoch, then fine-tune with arrows.
    await slider.scrollIntoViewIfNeeded();
    const box = (await slider.boundingBox())!;
    const y = box.y + box.height / 2;
    await page.mouse.move(box.x + box.width - 4, y);
    await page.mouse.down();
    await page.mouse.move(box.x + 8 + (box.width - 16) * (best / last), y, { steps: 10 });
    await page.mouse.up();
    await expect
      .poll(() => page.getByTestId('scrub-badge').textContent())
      .toMatch(/^Showing epoch/);
    for (let i = 0; i < 200; i++) {
      const at = Number(await slider.inputValue());
      if (at === best) break;
      await slider.press(at > best ? 'ArrowLeft' : 'ArrowRight');
    }
    expect(Number(await slider.inputValue())).toBe(best);
    await expect
      .poll(() => page.getByTestId('scrub-badge').textContent())
      .toBe(`Showing epoch ${best}`);
    await page.getByTestId('shown-epoch-mark').waitFor();
    expect(await page.getByTestId('epoch-counter').textContent()).toBe(String(last));
    await screenshot(page, 'scrubber-best-epoch');
    await page.getByRole('button', { name: 'Live', exact: true }).click();
    await expect
      .poll(() => page.getByTestId('scrub-badge').textContent())
      .toBe('Following training');
    expect(await page.getByTestId('shown-epoch-mark').count()).toBe(0);
    expect(record.consoleErrors).toEqual([]);
  });
});

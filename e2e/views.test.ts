// The "why it works" views as a student opens them: a tab per view, computed in the worker from
// the model that is really training, its numbers read off the screen, in English and 简体中文.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { ConfigV1 } from '../workers/engine/config';
import {
  batchNormLearningRateConfig,
  dropoutEnsembleConfig,
  l1GeometryConfig,
} from '../src/lesson/viewLessons';
import { epoch, labSession, number, percent, screenshot, until } from './labSession.ts';

const lab = labSession();

const link = (c: ConfigV1, lang?: 'zh') =>
  `#config=${encodeURIComponent(JSON.stringify(c))}${lang ? `&lang=${lang}` : ''}`;

/** Plays until the run reaches `target` epochs (or its budget), then pauses. */
async function train(page: Page, target: number, play = 'Play', pause = 'Pause'): Promise<void> {
  await page.getByRole('button', { name: play, exact: true }).click();
  await until(
    () => epoch(page),
    (e) => e >= target,
    `training to epoch ${target}`,
    40_000,
  );
  const pauseButton = page.getByRole('button', { name: pause, exact: true });
  // The run may reach its budget and pause by itself between the check and the click.
  if (await pauseButton.isVisible()) {
    await pauseButton.click({ timeout: 5_000 }).catch(async (e: unknown) => {
      if (!(await page.getByRole('button', { name: play, exact: true }).isVisible())) throw e;
    });
  }
  await page.locator('[data-testid=epoch-counter][aria-busy=false]').waitFor();
}

const panel = (page: Page) => page.getByRole('tabpanel');

async function openTab(page: Page, name: string): Promise<void> {
  await page.getByRole('tab', { name }).click();
}

/** A readout's text once it shows something. */
async function text(page: Page, testId: string): Promise<string> {
  const el = panel(page).getByTestId(testId);
  await el.waitFor();
  return (await el.textContent()) ?? '';
}

/** Frames per second the page draws over `ms` (requestAnimationFrame callbacks). */
function pageFps(page: Page, ms = 1000): Promise<{ fps: number; longestMs: number }> {
  return page.evaluate(
    (duration) =>
      new Promise((resolve) => {
        const t0 = performance.now();
        let last = t0;
        let frames = 0;
        let longest = 0;
        const tick = (now: number) => {
          frames++;
          longest = Math.max(longest, now - last);
          last = now;
          if (now - t0 < duration) requestAnimationFrame(tick);
          else resolve({ fps: (1000 * frames) / (now - t0), longestMs: longest });
        };
        requestAnimationFrame(tick);
      }),
    ms,
  );
}

describe('the views', () => {
  it('geometry: under strong L1 the point sits on the axis; weights over time counts the same zeros as the histogram', async () => {
    const { page, record } = await lab.open(link(l1GeometryConfig()));
    await train(page, 300);
    await openTab(page, 'Geometry');
    await until(
      () => text(page, 'geometry-on-axis'),
      (s) => s.includes('exactly 0'),
      'the point on an axis',
    );
    expect(await text(page, 'geometry-a')).toBe('0 (exactly)');
    expect(await text(page, 'geometry-penalized-min-value')).toMatch(/^\(0 \(exactly\), [\d.]+\)$/);
    // Drawn on the axis: the point's centre is the axis line's x.
    const plane = panel(page).getByTestId('geometry-plane');
    const cx = await plane.getByTestId('geometry-point').getAttribute('cx');
    expect(cx).toBe(await plane.getByTestId('geometry-axis-a0').getAttribute('x1'));
    expect(await text(page, 'geometry-prox')).toMatch(/S_t\(u\) = 0 \(exactly\)/);
    await screenshot(page, 'views-geometry-l1');
    // Zoomed in, the diamond's corner on the axis is the model itself.
    const window = await plane.locator('.chart-axis').first().textContent();
    await panel(page).getByRole('checkbox', { name: 'Zoom in on the model' }).check();
    await until(
      () => plane.locator('.chart-axis').first().textContent(),
      (ticks) => ticks !== window,
      'a closer window',
    );
    expect(await plane.getByTestId('geometry-point').getAttribute('cx')).toBe(
      await plane.getByTestId('geometry-axis-a0').getAttribute('x1'),
    );
    await panel(page).getByTestId('geometry-plane').scrollIntoViewIfNeeded();
    await screenshot(page, 'views-geometry-l1-zoom');

    await openTab(page, 'Weights over time');
    const last = await epoch(page);
    const zeroAt = async () => {
      const m = /(\d+) of (\d+) \(([\d.]+)%\)/.exec(await text(page, 'wot-zero'));
      if (!m) throw new Error('no zero count in the weights-over-time readout');
      return { n: Number(m[1]), total: Number(m[2]), percent: Number(m[3]) };
    };
    await until(
      () => text(page, 'wot-epoch'),
      (s) => Number(s) === last,
      'the latest snapshot shown',
    );
    const now = await zeroAt();
    expect(now).toEqual({ n: 1, total: 2, percent: 50 });
    await screenshot(page, 'views-weights-over-time-l1');
    // The same figure as the histogram's "exactly 0", live and at a scrubbed epoch.
    await openTab(page, 'Lab');
    expect(await percent(page, 'zero-fraction')).toBe(now.percent);
    await openTab(page, 'Weights over time');
    const slider = panel(page).getByRole('slider', { name: 'Epoch shown' });
    await slider.focus();
    await page.keyboard.press('Home');
    for (let i = 0; i < 20; i++) await page.keyboard.press('ArrowRight');
    await until(
      () => text(page, 'wot-epoch'),
      (s) => s === '20',
      'the scrubbed epoch shown',
    );
    const early = await zeroAt();
    await openTab(page, 'Lab');
    await until(
      () => percent(page, 'zero-fraction'),
      (p) => p === early.percent,
      `the histogram at epoch 20 showing ${early.percent}% exactly 0`,
    );
    expect(record.consoleErrors).toEqual([]);
  });

  it('dropout ensemble: the full network agrees with the average of 32 thinned networks; forgetting to rescale costs accuracy', async () => {
    const { page, record } = await lab.open(link(dropoutEnsembleConfig()));
    await train(page, 80);
    await openTab(page, 'Dropout ensemble');
    const members = panel(page).getByTestId('dropout-members');
    await members.focus();
    await page.keyboard.press('End');
    await until(
      () => panel(page).getByTestId('dropout-member-contours').locator('path').count(),
      (n) => n === 32,
      '32 thinned networks drawn',
    );
    expect(await percent(page, 'dropout-agreement')).toBeGreaterThanOrEqual(90);
    await panel(page).getByRole('checkbox', { name: 'Forget to rescale' }).check();
    const full = await percent(page, 'dropout-acc-full');
    const unscaled = await percent(page, 'dropout-acc-unscaled');
    expect(full - unscaled).toBeGreaterThan(20);
    await screenshot(page, 'views-dropout-forget');
    await panel(page).getByRole('checkbox', { name: 'Uncertainty (MC dropout)' }).check();
    await panel(page).getByRole('button', { name: 'Resample' }).click();
    await screenshot(page, 'views-dropout-uncertainty');
    expect(await percent(page, 'dropout-agreement')).toBeGreaterThanOrEqual(90);
    expect(record.consoleErrors).toEqual([]);
  });

  it('batch norm: batch statistics differ more from the running averages at batch 4 than at 64; the page keeps its frames while a view is open', async () => {
    // Room to train on after the lesson's budget, for the frame rate below.
    const c = batchNormLearningRateConfig();
    c.epochs = 100_000;
    const { page, record } = await lab.open(link(c));
    await train(page, 100);
    await openTab(page, 'Batch norm');
    await panel(page).getByTestId('bn-noise-table').waitFor();
    expect(await number(page, 'bn-noise-4')).toBeGreaterThan(await number(page, 'bn-noise-64'));
    const size = panel(page).getByTestId('bn-batch-size');
    const differenceAt = async (b: number) => {
      await size.focus();
      await page.keyboard.press('Home');
      for (let k = 2; k < b; k *= 2) await page.keyboard.press('ArrowRight');
      const label = `Mean |Δp|, batch of ${b} vs running averages`;
      await panel(page).getByText(label).waitFor();
      return number(page, 'bn-difference');
    };
    const small = await differenceAt(4);
    await screenshot(page, 'views-batch-norm-4');
    const large = await differenceAt(64);
    expect(small).toBeGreaterThan(large);

    // The frame rate while training, with the view open and with the charts (measured and
    // reported, not asserted: the machine is shared).
    await page.getByRole('button', { name: 'Play', exact: true }).click();
    const withView = await pageFps(page);
    await openTab(page, 'Lab');
    const withCharts = await pageFps(page);
    await page.getByRole('button', { name: 'Pause', exact: true }).click();
    console.log(
      `while training: batch-norm view ${JSON.stringify(withView)}, charts ${JSON.stringify(withCharts)}`,
    );
    expect(record.consoleErrors).toEqual([]);
  });

  it('in 简体中文: each view opens by its Chinese name and shows its numbers', async () => {
    const c = l1GeometryConfig();
    const { page, record } = await lab.open(link(c, 'zh'));
    await train(page, 150, '播放', '暂停');
    await openTab(page, '几何');
    await until(
      () => text(page, 'geometry-a'),
      (s) => s === '0（精确）',
      'the x1 weight exactly 0',
    );
    expect(await text(page, 'geometry-on-axis')).toContain('精确为 0');
    await screenshot(page, 'views-geometry-zh');
    await openTab(page, '权重随时间变化');
    expect(await text(page, 'wot-zero')).toMatch(/2 个中的 1 个/);
    expect(await text(page, 'decay-same')).toContain('SGD');
    await screenshot(page, 'views-weights-over-time-zh');
    await openTab(page, 'Dropout 集成');
    expect(await text(page, 'view-problem')).toContain('隐藏层');
    await openTab(page, '批归一化');
    expect(await text(page, 'view-problem')).toContain('批归一化');
    await openTab(page, '超参数扫描');
    await openTab(page, '实验台');
    await page.getByTestId('zero-fraction').waitFor();
    expect(record.consoleErrors).toEqual([]);
  });
});

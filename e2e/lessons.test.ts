// A lecturer runs a lesson: picks it from the header's Lesson menu, presses Play, and reads the
// effect off the screen; then opens the lesson's link in a fresh page, as a student would.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { epoch, labSession, screenshot, until } from './labSession.ts';

const lab = labSession();

/** The zero-fraction readout ("12.5%") of the comparison panel titled `title`. */
async function panelZeros(page: Page, title: string): Promise<number> {
  const panel = page.getByRole('region', { name: title, exact: true });
  const text = (await panel.getByTestId('zero-fraction').textContent()) ?? '';
  const m = /([\d.]+)\s*%/.exec(text);
  if (!m) throw new Error(`the ${title} panel shows "${text}" as its zero fraction`);
  return Number(m[1]);
}

describe('lessons', () => {
  it('L1 vs L2: two panels, exact zeros only under L1; the link reloads the lesson', async () => {
    const { page, record } = await lab.open();
    await page.getByRole('combobox', { name: 'Lesson' }).selectOption({
      label: 'L1 vs L2 side by side',
    });
    const caption = page.getByTestId('lesson-caption');
    await caption.waitFor();
    expect(await caption.textContent()).toContain('exactly 0');
    const view = page.getByRole('region', { name: 'Side-by-side runs' });
    await view.waitFor();
    expect(await view.locator('section.compare-panel').count()).toBe(2);
    expect(await epoch(page)).toBe(0);

    await page.getByRole('button', { name: 'Play', exact: true }).click();
    await until(
      () => panelZeros(page, 'L1'),
      (z) => z > 50,
      'L1 panel zeros',
      30_000,
    );
    expect(await panelZeros(page, 'L2')).toBe(0);
    await page.getByRole('button', { name: 'Pause', exact: true }).click();
    await screenshot(page, 'lesson-l1-vs-l2');

    const link = page.url();
    expect(decodeURIComponent(link)).toContain('compare=');
    expect(record.consoleErrors).toEqual([]);
    expect(record.offHostRequests).toEqual([]);

    // A fresh page opened from the link: the same lesson, its caption, its two panels, epoch 0.
    const fresh = await lab.open(new URL(link).hash);
    await fresh.page.getByTestId('lesson-caption').waitFor();
    expect(await fresh.page.getByTestId('lesson-caption').textContent()).toContain(
      'L1 vs L2 side by side',
    );
    expect(
      await fresh.page
        .getByRole('combobox', { name: 'Lesson' })
        .evaluate((s: HTMLSelectElement) => s.selectedOptions[0]?.textContent),
    ).toBe('L1 vs L2 side by side');
    expect(await fresh.page.locator('section.compare-panel').count()).toBe(2);
    expect(await epoch(fresh.page)).toBe(0);
  });

  it('overfitting in Chinese: the caption and the explanation with its typeset formula', async () => {
    const { page, record } = await lab.open('#lang=zh');
    await page.getByRole('combobox', { name: '课程' }).selectOption({
      label: '不加正则化时的过拟合',
    });
    expect(await page.getByTestId('lesson-caption').textContent()).toContain('验证集损失');
    expect(await page.locator('section.compare-panel').count()).toBe(0);

    const toggle = page.getByRole('button', { name: '解释：Dropout' });
    await toggle.click();
    const panel = page.getByRole('region', { name: '解释：Dropout' });
    await panel.locator('.katex').first().waitFor();
    await panel.scrollIntoViewIfNeeded();
    // KaTeX's own fonts come from the bundle (same host) and are in use once loaded.
    const fontsLoaded = await page.evaluate(async () => {
      await document.fonts.ready;
      return document.fonts.check('16px KaTeX_Main') && document.fonts.check('16px KaTeX_Math');
    });
    expect(fontsLoaded).toBe(true);
    const fontFaces = await page.evaluate(
      () =>
        [...document.fonts].filter((f) => f.family.includes('KaTeX') && f.status === 'loaded')
          .length,
    );
    expect(fontFaces).toBeGreaterThan(0);
    await screenshot(page, 'lesson-explain-zh');
    expect(record.consoleErrors).toEqual([]);
    expect(record.offHostRequests).toEqual([]);
  });
});

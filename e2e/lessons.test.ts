// A lecturer runs a lesson: picks it from the header's Lesson menu, presses Play, and reads the
// effect off the screen at the lesson's own pace; then copies the link and opens it in a fresh
// page, as a student would.
import { describe, expect, it } from 'vitest';
import { epoch, labSession, screenshot, until } from './labSession.ts';
import { epochWhenShown, LESSON_EFFECTS, shownSpeed, zeros } from './lessonEffects.ts';

const lab = labSession();

/** The lessons played in the lab here; presentation.test.ts plays the first four there. */
const IN_THE_LAB = LESSON_EFFECTS.slice(4);

describe('lessons', () => {
  it('each lesson shows its effect within 15 s at its own pace, read off the page', async () => {
    // Small pixels: less to draw on a busy machine, and screenshots small enough for the docs.
    const { page, record } = await lab.open('', undefined, {
      speed: 'paced',
      deviceScaleFactor: 0.6,
    });
    // The default lab starts paced too (50 epochs/s), not as fast as possible.
    expect(await shownSpeed(page)).toBe(50);
    const menu = page.getByRole('combobox', { name: 'Lesson' });
    for (const effect of IN_THE_LAB) {
      await menu.selectOption({ label: effect.title });
      await until(
        async () => (await page.getByTestId('lesson-caption').textContent()) ?? '',
        (c) => c.startsWith(effect.title),
        `${effect.title}: caption`,
      );
      const pace = await shownSpeed(page);
      expect(pace, effect.title).toBeGreaterThan(0);
      // Loaded paused, from epoch 0 (the worker's reset reaches the counter a frame later).
      await until(
        () => epoch(page),
        (e) => e === 0,
        `${effect.title}: epoch 0`,
      );
      // A lesson about a "why" view opens its tab; the charts read here are on the Lab tab, where
      // a student goes to see the histograms and curves beside the view.
      const labTab = page.locator('.view-tabs').getByRole('tab', { name: 'Lab', exact: true });
      if ((await labTab.getAttribute('aria-selected')) !== 'true') await labTab.click();
      await page.getByRole('button', { name: 'Play', exact: true }).click();
      const shownAt = await epochWhenShown(page, effect);
      console.log(`${effect.title}: shown by epoch ${shownAt} at ${pace} epochs/s`);
      expect(shownAt, `${effect.title}: ${effect.shows}`).toBeLessThanOrEqual(15 * pace);
      await page.getByRole('button', { name: 'Pause', exact: true }).click();
      if (effect.title === 'Augmentation: right and wrong')
        await screenshot(page, 'lab-augmentation');
    }
    expect(record.consoleErrors).toEqual([]);
  }, 240_000);

  it('L1 vs L2: the link copied during the lesson reopens it, until a setting changes', async () => {
    const { page, record } = await lab.open();
    await page.getByRole('combobox', { name: 'Lesson' }).selectOption({
      label: 'L1 vs L2 side by side',
    });
    const caption = page.getByTestId('lesson-caption');
    await caption.waitFor();
    expect(await caption.textContent()).toContain('exactly 0');
    const view = page.getByRole('region', { name: 'Side-by-side runs' });
    await view.locator('section.compare-panel').first().waitFor();
    expect(await view.locator('section.compare-panel').count()).toBe(2);
    // The Compare menu names the lesson's comparison (not "from a link").
    const compare = page.getByRole('combobox', { name: 'Compare' });
    expect(await compare.evaluate((s: HTMLSelectElement) => s.selectedOptions[0]?.text)).toBe(
      'The lesson’s comparison',
    );
    expect(await epoch(page)).toBe(0);

    await page.getByRole('button', { name: 'Play', exact: true }).click();
    await until(
      () => zeros(page, 'L1'),
      (z) => z > 50,
      'L1 panel zeros',
      30_000,
    );
    expect(await zeros(page, 'L2')).toBe(0);
    await page.getByRole('button', { name: 'Pause', exact: true }).click();
    await screenshot(page, 'lesson-l1-vs-l2');

    const link = page.url();
    expect(link).toContain('lesson=l1-vs-l2');
    expect(record.consoleErrors).toEqual([]);
    expect(record.offHostRequests).toEqual([]);

    // A fresh page opened from the link: the same lesson, its caption, its pace, epoch 0.
    const fresh = await lab.open(new URL(link).hash, undefined, { speed: 'paced' });
    await fresh.page.getByTestId('lesson-caption').waitFor();
    expect(await fresh.page.getByTestId('lesson-caption').textContent()).toContain(
      'L1 vs L2 side by side',
    );
    expect(
      await fresh.page
        .getByRole('combobox', { name: 'Lesson' })
        .evaluate((s: HTMLSelectElement) => s.selectedOptions[0]?.textContent),
    ).toBe('L1 vs L2 side by side');
    // The side-by-side view is a lazy chunk: its panels come a moment after the caption.
    await fresh.page.locator('section.compare-panel').first().waitFor();
    expect(await fresh.page.locator('section.compare-panel').count()).toBe(2);
    expect(await epoch(fresh.page)).toBe(0);
    await until(
      () => shownSpeed(fresh.page),
      (s) => s === 30,
      'the lesson’s pace',
    );

    // The student moves λ: the caption stays, marked, and the link is theirs, without the lesson.
    await fresh.page
      .getByRole('spinbutton', { name: 'Regularization strength λ value' })
      .fill('0.1');
    await fresh.page.keyboard.press('Enter');
    await fresh.page.getByTestId('lesson-changed').waitFor();
    await until(
      () => Promise.resolve(fresh.page.url()),
      (u) => !u.includes('lesson='),
      'the link without the lesson',
    );
    await fresh.page.getByRole('button', { name: 'Back to the lesson' }).click();
    await fresh.page.getByTestId('lesson-changed').waitFor({ state: 'detached' });
    expect(fresh.page.url()).toContain('lesson=l1-vs-l2');
    expect(fresh.record.consoleErrors).toEqual([]);
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

// The three screens a class meets: a 1366 × 768 laptop (the header one row, the lesson's caption
// under it, the key chart above the fold), a 1920 × 1080 projector in presentation mode with a
// comparison (maps of 400 px and more, text of 20 px and more, nothing on top of anything, nothing
// behind the buttons) and a 390 × 844 phone (the charts first, the controls in a sheet).
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { checkLayout } from './layoutChecks.ts';
import { epoch, labHash, labSession, screenshot, until } from './labSession.ts';

const lab = labSession();

/** How far the header's tools reach below the first one's top: one row is about 35 px. */
function headerRowSpread(page: Page): Promise<number> {
  return page.evaluate(() => {
    const tools = [...document.querySelectorAll('.lab-header > :not(.lesson-bar)')];
    const tops = tools.map((el) => el.getBoundingClientRect().top);
    const bottoms = tools.map((el) => el.getBoundingClientRect().bottom);
    return Math.max(...bottoms) - Math.min(...tops);
  });
}

function top(page: Page, selector: string): Promise<number> {
  return page
    .locator(selector)
    .first()
    .evaluate((el) => el.getBoundingClientRect().top);
}

async function lessonTitles(page: Page): Promise<string[]> {
  const menu = page.getByRole('combobox', { name: /Lesson|课程/ });
  await until(
    () => menu.locator('option').count(),
    (n) => n > 10,
    'the lessons in the menu',
  );
  return (await menu.locator('option').allTextContents()).slice(1);
}

describe('layouts', () => {
  it('1366 × 768: one header row, the caption under it, the key chart above the fold', async () => {
    const { page, record } = await lab.open('', { width: 1366, height: 768 });
    for (const lang of ['en', 'zh'] as const) {
      if (lang === 'zh') await page.getByRole('button', { name: '简体中文' }).click();
      const menu = page.getByRole('combobox', { name: lang === 'en' ? 'Lesson' : '课程' });
      const titles = await lessonTitles(page);
      // Not all fourteen (too slow for one page): in English one lesson of each shape (menu
      // positions 0, 1, 7, 8: one run, two, three, four), the longest caption (9, all techniques
      // combined) and the longest title (12, batch norm and the learning rate); in Chinese the
      // four runs and the longest caption (12), which wrap differently.
      const shapes = lang === 'en' ? [0, 1, 7, 8, 9, 12] : [8, 12];
      for (const title of shapes.map((i) => titles[i]!)) {
        await menu.selectOption({ label: title });
        await page.getByTestId('lesson-caption').waitFor();
        // A lesson about a "why" view opens its tab: the view's figure is then the key chart.
        const tab = await page
          .locator('.view-tabs')
          .getByRole('tab', { selected: true })
          .textContent();
        const opensView = tab !== 'Lab' && tab !== '实验台';
        const key = opensView ? '.view-panel figure' : '.boundary-canvas';
        await page.locator(key).first().waitFor();
        expect(await headerRowSpread(page), `${lang} ${title}: header row`).toBeLessThan(45);
        // The caption is the row right under the tools, and the map starts well above the fold.
        const bar = await page.locator('.lesson-bar').boundingBox();
        expect(bar!.y, title).toBeLessThan(50);
        expect(bar!.height, title).toBeLessThan(90);
        expect(await top(page, key), `${title}: key chart`).toBeLessThan(768 - 250);
        if (title === 'None, L1, L2, L2 + dropout') await screenshot(page, 'laptop-1366-lesson');
      }
    }
    // Folded, the caption is one line and the map moves up (back on the lab's charts).
    await page.getByRole('tab', { name: '实验台' }).click();
    const before = await top(page, '.boundary-canvas');
    await page.getByRole('button', { name: '收起' }).click();
    expect((await page.locator('.lesson-bar').boundingBox())!.height).toBeLessThan(32);
    expect(await top(page, '.boundary-canvas')).toBeLessThan(before);
    expect(record.consoleErrors).toEqual([]);
  });

  it('1366 × 768: the charts stay put while the epoch counter grows past 10,000', async () => {
    // The counter widening by a digit once wrapped the header onto a second row, moving every
    // chart by a line under a student's pointer (and under a test's click) mid-run.
    const { page, record } = await lab.open(labHash(), { width: 1366, height: 768 });
    const canvasTop = () => top(page, '.boundary-canvas');
    const counterWidth = () =>
      page.getByTestId('epoch-counter').evaluate((el) => el.getBoundingClientRect().width);
    const before = { top: await canvasTop(), width: await counterWidth() };
    await page.getByRole('button', { name: 'Play', exact: true }).click();
    await until(
      () => epoch(page),
      (e) => e >= 10_000,
      'five-digit epochs',
      120_000,
    );
    expect(await headerRowSpread(page), 'header row').toBeLessThan(45);
    expect(await canvasTop()).toBe(before.top);
    // The counter's box was sized for the largest budget (100,000) from the start.
    expect(await counterWidth()).toBe(before.width);
    expect(record.consoleErrors).toEqual([]);
  }, 180_000);

  it('1366 × 768: the charts do not move when the view tabs chunk arrives after them', async () => {
    // The tab bar's logic is a chunk loaded after the lab; its row once appeared only with it and
    // pushed the charts 43 px down under a student's pointer. Hold the chunk until the lab shows.
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    const { page, record } = await lab.open('', undefined, {
      beforeLoad: async (p) => {
        await p.route(/\/ViewTabs-[\w-]+\.js$/, async (route) => {
          await held;
          await route.continue();
        });
      },
    });
    await page.locator('.boundary-canvas').waitFor();
    const pending = page.locator('.view-tabs[inert]');
    await pending.waitFor({ state: 'attached' });
    const before = await top(page, '.boundary-canvas');
    release();
    await page.locator('.view-tabs:not([inert])').waitFor();
    expect(await pending.count()).toBe(0);
    expect(await top(page, '.boundary-canvas')).toBe(before);
    // The live bar works: Geometry opens its view.
    await page.getByRole('tab', { name: 'Geometry' }).click();
    await page.locator('.view-panel figure').first().waitFor();
    expect(record.consoleErrors).toEqual([]);
  }, 60_000);

  it('1920 × 1080 presentation with a comparison: maps of 400 px, 20 px text, nothing hidden', async () => {
    // Reduced motion: the lessons load paused, so the layout is read without training.
    const { page, record } = await lab.open(
      '#present=1',
      { width: 1920, height: 1080 },
      {
        reducedMotion: true,
      },
    );
    await page.getByTestId('presentation-root').waitFor();
    // Every layout the lessons use: one run, two about the weights, three, and four.
    const wanted: Record<string, number> = {
      'Overfitting without regularization': 1,
      'L2 shrinks the weights': 2,
      'Augmentation: right and wrong': 3,
      'None, L1, L2, L2 + dropout': 4,
    };
    for (let i = 0; i < 9; i++) {
      await page.keyboard.press('PageDown');
      const title = (await page.locator('.pres-title').textContent()) ?? '';
      const runs = wanted[title];
      if (runs === undefined) continue;
      await until(
        () => page.locator('.boundary-canvas').count(),
        (n) => n === runs,
        `${title}: ${runs} maps`,
      );
      // Every run's first picture of the new lesson, not the previous lesson's in some panels.
      await until(
        () => page.getByTestId('misclassified-readout').count(),
        (n) => n === runs,
        `${title}: ${runs} pictures`,
      );
      const report = await checkLayout(page, '[data-testid=presentation-root]', 20, '.pres-bar');
      expect(report.small, `${title}: text under 20 px`).toEqual([]);
      expect(report.overlaps, `${title}: labels on top of each other`).toEqual([]);
      expect(report.clipped, `${title}: charts cut off`).toEqual([]);
      for (const b of report.boundaries) {
        expect(b.width, `${title}: map width`).toBeGreaterThanOrEqual(400);
      }
      // The charts take most of the screen: the runs' panels and every chart outside them.
      const chartShare = await page.evaluate(() => {
        const boxes = [
          ...document.querySelectorAll('.presentation .compare-panel'),
          ...[...document.querySelectorAll('.presentation .chart')].filter(
            (c) => !c.closest('.compare-panel'),
          ),
        ].map((c) => c.getBoundingClientRect());
        const area = boxes.reduce((sum, r) => sum + r.width * r.height, 0);
        return area / (innerWidth * innerHeight);
      });
      expect(chartShare, `${title}: share of the screen`).toBeGreaterThan(0.5);
      await screenshot(page, `projector-1920-${runs}-runs`);
    }
    expect(record.consoleErrors).toEqual([]);
  });

  it('390 × 844 phone: the charts before the controls, λ and the map on one screen', async () => {
    const { page, record } = await lab.open('', { width: 390, height: 844 });
    await page.locator('.boundary-canvas').waitFor();
    const map = await top(page, '.boundary-canvas');
    expect(map).toBeLessThan(844 - 300);
    // The histogram and the curves come next; the long list of controls is not in the page flow.
    expect(await top(page, '.weight-histogram')).toBeGreaterThan(map);
    expect(await top(page, '.loss-curves')).toBeGreaterThan(map);
    const lambda = page.getByRole('slider', { name: 'Regularization strength λ' });
    expect(await lambda.isVisible()).toBe(false);
    await screenshot(page, 'phone-390-lab');

    // The controls open as a sheet with λ on top, and the map scrolls into view above it.
    const toggle = page.getByRole('button', { name: 'Settings' });
    await toggle.click();
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    await lambda.waitFor();
    const both = async () => {
      const canvas = (await page.locator('.boundary-canvas').boundingBox())!;
      const slider = (await lambda.boundingBox())!;
      const sheet = (await page.locator('.lab-controls').boundingBox())!;
      return canvas.y >= -1 && canvas.y + canvas.height <= sheet.y + 2 && slider.y < 844;
    };
    await until(both, (ok) => ok, 'the map above the sheet and λ in it');
    // Drag λ up: the run takes it (the value shows), with the map still in sight.
    await lambda.focus();
    for (let i = 0; i < 10; i++) await page.keyboard.press('ArrowRight');
    await until(
      () => page.getByRole('spinbutton', { name: 'Regularization strength λ value' }).inputValue(),
      (v) => Number(v) > 0.01,
      'λ raised',
    );
    expect(await both()).toBe(true);
    await screenshot(page, 'phone-390-sheet');

    // Presentation mode on a phone: the map takes the width.
    await toggle.click();
    await page.getByRole('button', { name: 'Presentation mode' }).click();
    await page.getByTestId('presentation-root').waitFor();
    await page.locator('.presentation .boundary-canvas').waitFor();
    const canvas = (await page.locator('.presentation .boundary-canvas').boundingBox())!;
    expect(canvas.width).toBeGreaterThan(0.75 * 390);
    expect(canvas.y).toBeLessThan(844 / 2);
    await screenshot(page, 'phone-390-presentation');
    expect(record.consoleErrors).toEqual([]);
  });
});

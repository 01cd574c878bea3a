// Presentation mode as a lecturer uses it on a 1920×1080 projector: enter from the header, drive
// the lab from the keyboard (or a clicker sending the same keys), read it from the back row.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { epoch, labSession, screenshot, until } from './labSession.ts';

const lab = labSession();
const HD = { width: 1920, height: 1080 };

async function caption(page: Page): Promise<string> {
  return (await page.getByTestId('presentation-caption').textContent()) ?? '';
}

/** A style of an element, in screen pixels (the charts are scaled with CSS zoom). */
async function screenPx(page: Page, selector: string, property: 'fontSize' | 'strokeWidth') {
  return page
    .locator(selector)
    .first()
    .evaluate((el, prop) => {
      const zoom = (el as Element & { currentCSSZoom?: number }).currentCSSZoom ?? 1;
      return parseFloat(getComputedStyle(el)[prop]) * zoom;
    }, property);
}

describe('presentation mode', () => {
  it('is large, keyboard-driven and returns to the lab on Esc', async () => {
    const { page, record } = await lab.open('', HD);
    await page.getByRole('button', { name: 'Presentation mode' }).click();
    const root = page.getByTestId('presentation-root');
    await root.waitFor();
    expect(page.url()).toContain('present=1');
    // Full screen where the browser grants it; the view fills the window either way.
    const box = await root.boundingBox();
    expect(box?.width).toBe(HD.width);
    expect(box?.height).toBe(HD.height);

    // Readable from the back of the room: base type, caption, counter and chart lines.
    expect(
      await screenPx(page, '[data-testid=presentation-root]', 'fontSize'),
    ).toBeGreaterThanOrEqual(24);
    expect(await screenPx(page, '.pres-title', 'fontSize')).toBeGreaterThanOrEqual(36);
    expect(await screenPx(page, '[data-testid=epoch-counter]', 'fontSize')).toBeGreaterThanOrEqual(
      48,
    );
    expect(await screenPx(page, '.chart-title', 'fontSize')).toBeGreaterThanOrEqual(24);
    expect(await screenPx(page, '.chart-axis text', 'fontSize')).toBeGreaterThanOrEqual(18);
    await page.getByTestId('boundary-contour').waitFor({ state: 'attached' });
    expect(
      await screenPx(page, '[data-testid=boundary-contour]', 'strokeWidth'),
    ).toBeGreaterThanOrEqual(4);
    // Without a preset the caption says what the settings are; the lab's panel is gone.
    expect(await caption(page)).toContain('Moons');
    expect(await page.locator('.rl-control-panel').count()).toBe(0);

    // Space plays: the epoch advances.
    await page.keyboard.press('Space');
    await until(
      () => epoch(page),
      (e) => e > 50,
      'training on Space',
    );
    await page.keyboard.press('k');
    await page.locator('[data-testid=epoch-counter][aria-busy=false]').waitFor();

    // "r" resets to epoch 0.
    await page.keyboard.press('r');
    await until(
      () => epoch(page),
      (e) => e === 0,
      'reset on r',
    );
    await page.keyboard.press('s');
    await until(
      () => epoch(page),
      (e) => e === 1,
      'one epoch on s',
    );

    // PageDown (a clicker's "next") loads the first preset, then the next; PageUp goes back.
    await page.keyboard.press('PageDown');
    await until(
      () => caption(page),
      (c) => c.includes('Overfitting'),
      'first preset caption',
    );
    await page.keyboard.press('PageDown');
    await until(
      () => caption(page),
      (c) => c.includes('L2 shrinks the weights'),
      'next preset',
    );
    // An L2 lesson shows λ and the kind, not the lab's other controls.
    await page.getByRole('slider', { name: 'Regularization strength λ' }).first().waitFor();
    expect(await page.getByRole('slider', { name: 'Dropout keep probability p' }).count()).toBe(0);
    await page.keyboard.press('Space');
    await until(
      () => epoch(page),
      (e) => e > 100,
      'the preset trains',
    );
    await page.keyboard.press('?');
    await page.getByTestId('key-legend').waitFor();
    await screenshot(page, 'presentation-1920x1080');
    await page.keyboard.press('?');
    await page.keyboard.press('PageUp');
    await until(
      () => caption(page),
      (c) => c.includes('Overfitting'),
      'previous preset',
    );
    await screenshot(page, 'presentation-overfitting-1920x1080');

    // Esc leaves: the lab with its header button is back, and the link no longer presents.
    await page.keyboard.press('Escape');
    await root.waitFor({ state: 'detached' });
    await page.getByRole('button', { name: 'Presentation mode' }).waitFor();
    expect(page.url()).not.toContain('present=1');
    expect(await page.evaluate(() => document.fullscreenElement)).toBeNull();
    expect(record.consoleErrors).toEqual([]);
  });

  it('opens from a link with present=1 and ignores keys typed into a field', async () => {
    const { page } = await lab.open('#present=1', HD);
    await page.getByTestId('presentation-root').waitFor();
    await page.keyboard.press('PageDown');
    await page.keyboard.press('PageDown');
    await page.keyboard.press('PageDown');
    await page.keyboard.press('PageDown');
    await page.keyboard.press('PageDown');
    await page.keyboard.press('PageDown');
    await until(
      () => caption(page),
      (c) => c.includes('Early stopping'),
      'early-stopping preset',
    );
    const patience = page.getByRole('spinbutton', { name: 'Patience (epochs)' });
    await patience.fill('');
    await patience.pressSequentially('80 r');
    expect(await epoch(page)).toBe(0);
    expect(await page.getByTestId('presentation-root').count()).toBe(1);
    await screenshot(page, 'presentation-early-stopping-1920x1080');
    await page.getByRole('button', { name: 'Exit presentation' }).click();
    await page.getByRole('button', { name: 'Presentation mode' }).waitFor();
  });
});

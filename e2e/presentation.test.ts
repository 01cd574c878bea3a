// Presentation mode as a lecturer uses it on a 1920×1080 projector: enter from the header, drive
// the lab from the keyboard (or a clicker sending the same keys), read it from the back row. The
// first four lessons play here at their own pace, one after another, as in a class.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { epoch, labSession, screenshot, until } from './labSession.ts';
import { epochWhenShown, LESSON_EFFECTS } from './lessonEffects.ts';

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

const playing = (page: Page) => page.getByRole('button', { name: 'Pause', exact: true }).count();

describe('presentation mode', () => {
  it('is large, keyboard-driven, plays each lesson at its pace and returns to the lab on Esc', async () => {
    const { page, record } = await lab.open('', HD, { speed: 'paced' });
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
    expect(await screenPx(page, '.chart-axis text', 'fontSize')).toBeGreaterThanOrEqual(20);
    await page.getByTestId('boundary-contour').waitFor({ state: 'attached' });
    expect(
      await screenPx(page, '[data-testid=boundary-contour]', 'strokeWidth'),
    ).toBeGreaterThanOrEqual(4);
    // Without a lesson the caption says what the settings are; the lab's panel is gone.
    expect(await caption(page)).toContain('Moons');
    expect(await page.locator('.rl-control-panel').count()).toBe(0);

    // Space plays: the epoch advances; k pauses, r resets, s steps.
    await page.keyboard.press('Space');
    await until(
      () => epoch(page),
      (e) => e > 50,
      'training on Space',
    );
    await page.keyboard.press('k');
    await page.locator('[data-testid=epoch-counter][aria-busy=false]').waitFor();
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

    // The key list opens on "?" and Esc closes it without leaving the presentation.
    await page.keyboard.press('?');
    await page.getByTestId('key-legend').waitFor();
    await screenshot(page, 'presentation-keys-1920x1080');
    await page.keyboard.press('Escape');
    await page.getByTestId('key-legend').waitFor({ state: 'detached' });
    expect(await root.count()).toBe(1);

    // PageDown (a clicker's "next") loads the next lesson, playing at its pace.
    await page.keyboard.press('PageDown');
    await until(
      () => caption(page),
      (c) => c.startsWith('Overfitting without regularization'),
      'first lesson caption',
    );
    expect(page.url()).toContain('lesson=overfitting');
    await until(
      () => epoch(page),
      (e) => e > 20,
      'the lesson plays by itself',
    );
    await page.keyboard.press('PageDown');
    await until(
      () => caption(page),
      (c) => c.includes('L2 shrinks the weights'),
      'next lesson',
    );
    // An L2 lesson shows λ and the kind, not the lab's other controls.
    await page.getByRole('slider', { name: 'Regularization strength λ' }).first().waitFor();
    expect(await page.getByRole('slider', { name: 'Dropout keep probability p' }).count()).toBe(0);
    await page.keyboard.press('PageUp');
    await until(
      () => caption(page),
      (c) => c.startsWith('Overfitting'),
      'previous lesson',
    );

    // The link copied here reopens the lesson, in presentation mode.
    const link = page.url();
    expect(link).toContain('lesson=overfitting');
    const fresh = await lab.open(new URL(link).hash, HD);
    await fresh.page.getByTestId('presentation-root').waitFor();
    await until(
      () => caption(fresh.page),
      (c) => c.startsWith('Overfitting without regularization'),
      'the lesson from the link',
    );

    // Esc leaves: the lab with its header button is back, and the link no longer presents.
    await page.keyboard.press('Escape');
    await root.waitFor({ state: 'detached' });
    await page.getByRole('button', { name: 'Presentation mode' }).waitFor();
    expect(page.url()).not.toContain('present=1');
    expect(await page.evaluate(() => document.fullscreenElement)).toBeNull();
    expect(record.consoleErrors).toEqual([]);
  });

  // The first four lessons; lessons.test.ts plays the others in the lab (both within the time
  // budget). The lag once seen here from the fifth lesson on was a run whose frames failed after a
  // lesson change (its generation repeated the last lesson's; see receiveFrame.test.ts).
  it('a class: the first four lessons, each showing its effect within 15 s at its pace', async () => {
    // Half-resolution pixels: the layout of a 1920 × 1080 projector in small screenshots.
    const { page, record } = await lab.open('#present=1', HD, {
      speed: 'paced',
      deviceScaleFactor: 0.5,
    });
    await page.getByTestId('presentation-root').waitFor();
    for (const effect of LESSON_EFFECTS.slice(0, 4)) {
      await page.keyboard.press('PageDown');
      await until(
        () => caption(page),
        (c) => c.startsWith(effect.title),
        `${effect.title}: caption`,
      );
      const pace = await page.evaluate(
        () =>
          (
            window as unknown as {
              __reglab: { lab: { getState(): { playback: { speed: number } } } };
            }
          ).__reglab.lab.getState().playback.speed,
      );
      const shownAt = await epochWhenShown(page, effect);
      console.log(`${effect.title}: shown by epoch ${shownAt} at ${pace} epochs/s`);
      expect(shownAt, `${effect.title}: ${effect.shows}`).toBeLessThanOrEqual(15 * pace);
      const slug = new URL(page.url()).hash.match(/lesson=([\w-]+)/)?.[1] ?? 'lesson';
      await screenshot(page, `class-${slug}`);
    }
    expect(await playing(page)).toBe(1);
    expect(record.consoleErrors).toEqual([]);
  }, 240_000);

  it('shows a malformed link’s notice, and never plays a lesson by itself for reduced motion', async () => {
    const { page } = await lab.open('#present=1&config=%7Boops', HD, { reducedMotion: true });
    await page.getByTestId('presentation-root').waitFor();
    const alert = page.getByTestId('presentation-root').getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('The link could not be read');
    await page.getByRole('button', { name: 'Dismiss' }).click();
    await alert.waitFor({ state: 'detached' });

    for (let i = 0; i < 6; i++) await page.keyboard.press('PageDown');
    await until(
      () => caption(page),
      (c) => c.includes('Early stopping'),
      'early-stopping lesson',
    );
    expect(await playing(page)).toBe(0);
    // Keys typed into a field are the field's.
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

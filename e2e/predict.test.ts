// "Predict, then reveal" in real Chromium: the Compare menu's four-run comparison (None / L1 / L2 /
// L2 + dropout) trains, the lecturer hides the labels, the panels and the overlay legend say only A–D, the
// class's guesses are entered, Reveal marks them and announces the score, H shows the labels. Then
// the same in presentation mode on a projector, driven from the keyboard and the clicker's "next".
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations, formatViolations } from './axe.ts';
import { configHash, labSession, screenshot, until } from './labSession.ts';

const lab = labSession();

/** Headings' own text, without the swatch's tooltip (runs in the page). */
const ownTitles = (hs: Element[]) =>
  hs.map((h) =>
    [...h.childNodes]
      .filter((n) => n.nodeType === Node.TEXT_NODE)
      .map((n) => n.textContent)
      .join(''),
  );

/** The lab's panels' titles as shown. */
function titles(page: Page): Promise<string[]> {
  return page.locator('.compare-grid h2').evaluateAll(ownTitles);
}

describe('predict, then reveal', () => {
  it('hides four runs behind A–D, scores the guesses and shows the labels again', async () => {
    const { page, record } = await lab.open(configHash((c) => (c.regularization.lambda = 0.01)));
    await page
      .getByRole('combobox', { name: 'Compare', exact: true })
      .selectOption({ label: 'None vs L1 vs L2 vs L2 + dropout' });
    const grid = page.locator('.compare-grid');
    await until(
      () => grid.locator('h2').count(),
      (n) => n === 4,
      'four panels',
    );
    // The titles say what each run differs in, in the comparison's order (runTitle.ts).
    const TITLES = await titles(page);
    const RUN_IDS = await grid
      .locator('section[data-run]')
      .evaluateAll((panels) => panels.map((p) => p.getAttribute('data-run') ?? ''));
    expect(TITLES.join(' | ')).toMatch(/L1.*L2.*p = 0\.5/);
    await page.getByRole('button', { name: 'Play', exact: true }).click();

    await page.getByRole('button', { name: 'Hide labels', exact: true }).click();
    const form = page.getByRole('form', { name: 'Which run is which?' });
    await form.waitFor();
    expect(await titles(page)).toEqual(['A', 'B', 'C', 'D']);
    for (const name of TITLES) {
      expect(await grid.getByText(name, { exact: true }).count()).toBe(0);
    }
    const legend = page.getByRole('list', { name: 'Runs in the overlay chart' });
    expect(await legend.getByRole('listitem').allTextContents()).toEqual(['A', 'B', 'C', 'D']);
    await until(
      () => page.getByTestId('overlay-plot').locator('path[data-run]').count(),
      (n) => n === 4,
      'four curves on the overlay',
    );

    // The truth behind each letter, from the panels' run ids (the test may look, the class not).
    const shownIds = await grid
      .locator('section[data-run]')
      .evaluateAll((panels) => panels.map((p) => p.getAttribute('data-run') ?? ''));
    const truth = shownIds.map((id) => TITLES[RUN_IDS.indexOf(id)]!);
    expect([...truth].sort()).toEqual([...TITLES].sort());
    // Right for A and B, C and D swapped: 2 of 4.
    const guesses = [truth[0]!, truth[1]!, truth[3]!, truth[2]!];
    for (const [i, letter] of ['A', 'B', 'C', 'D'].entries()) {
      await form.getByLabel(`Panel ${letter} is`).selectOption({ label: guesses[i]! });
    }
    await form.getByRole('button', { name: 'Reveal' }).click();
    const score = form.getByRole('status');
    await until(
      () => score.textContent(),
      (s) => s === 'Score: 2 of 4 guessed right.',
      'the score',
    );
    expect(await score.getAttribute('aria-live')).toBe('polite');
    expect(await form.getByTestId('predict-result-A').textContent()).toBe(`✓ right: ${truth[0]}`);
    expect(await form.getByTestId('predict-result-D').textContent()).toBe(`✗ it is ${truth[3]}`);
    expect(await titles(page)).toEqual(truth.map((title, i) => `${'ABCD'[i]} · ${title}`));
    await form.scrollIntoViewIfNeeded();
    await screenshot(page, 'predict-revealed');

    // H (from the page, not a select) shows the labels again in the comparison's order.
    await page.getByRole('button', { name: 'Try again', exact: true }).focus();
    await page.keyboard.press('h');
    await form.waitFor({ state: 'detached' });
    expect(await titles(page)).toEqual(TITLES);
    expect(record.consoleErrors).toEqual([]);
  }, 60_000);

  it('works in presentation mode: H hides, the caption stops telling, the clicker reveals', async () => {
    const { page, record } = await lab.open(
      configHash((c) => (c.regularization.lambda = 0.01)),
      { width: 1920, height: 1080 },
    );
    await page
      .getByRole('combobox', { name: 'Compare', exact: true })
      .selectOption({ label: 'None vs L1 vs L2 vs L2 + dropout' });
    await page.getByRole('button', { name: 'Presentation mode' }).click();
    const runs = page.locator('.pres-runs');
    await until(
      () => runs.locator('h2').count(),
      (n) => n === 4,
      'four panels in presentation mode',
    );
    const TITLES = await runs.locator('h2').evaluateAll(ownTitles);
    const RUN_IDS = await runs
      .locator('section[data-run]')
      .evaluateAll((panels) => panels.map((p) => p.getAttribute('data-run') ?? ''));
    const description = page.locator('.pres-description');
    expect(await description.isVisible()).toBe(true);
    await page.keyboard.press('Space');

    await page.keyboard.press('h');
    const form = page.getByRole('form', { name: 'Which run is which?' });
    await form.waitFor();
    expect(await runs.locator('h2').evaluateAll(ownTitles)).toEqual(['A', 'B', 'C', 'D']);
    // What the settings say would tell which panel is which: the caption steps aside.
    expect(await description.isVisible()).toBe(false);
    await form.getByLabel('Panel A is').waitFor();
    await until(
      () => page.getByTestId('overlay-plot').locator('path[data-run]').count(),
      (n) => n === 4,
      'four curves on the overlay',
    );
    await screenshot(page, 'predict-presentation-hidden');
    // The form beside the lesson's controls, on a projector: nothing for axe-core to find.
    expect(formatViolations(await axeViolations(page))).toBe('');

    // The clicker's "next" reveals (the lesson stays), and the titles say which was which.
    await page.keyboard.press('PageDown');
    const score = form.getByRole('status');
    await until(
      () => score.textContent(),
      (s) => s === 'Score: 0 of 4 guessed right.',
      'the score after the clicker revealed',
    );
    const shownIds = await runs
      .locator('section[data-run]')
      .evaluateAll((panels) => panels.map((p) => p.getAttribute('data-run') ?? ''));
    expect(await runs.locator('h2').evaluateAll(ownTitles)).toEqual(
      shownIds.map((id, i) => `${'ABCD'[i]} · ${TITLES[RUN_IDS.indexOf(id)]}`),
    );
    expect(await description.isVisible()).toBe(true);
    await screenshot(page, 'predict-presentation-revealed');
    expect(record.consoleErrors).toEqual([]);
  }, 60_000);
});

// Every state a student or lecturer reaches passes axe-core with zero violations: the default lab,
// a lesson, a comparison, the share menu open, the point editor, a notice, 简体中文, a phone and
// presentation mode. Several states per page load keep the file quick; all violations of all
// states are reported together.
import type { Page } from 'playwright-core';
import { describe, it } from 'vitest';
import { axeViolations, formatViolations } from './axe.ts';
import { epoch, labSession, until } from './labSession.ts';

const lab = labSession();

/** Collects the violations of each state checked, and fails once, naming them all. */
function axeReport() {
  const failures: string[] = [];
  return {
    async check(page: Page, what: string): Promise<void> {
      const violations = await axeViolations(page);
      if (violations.length) failures.push(`${what}:\n${formatViolations(violations)}`);
    },
    assertClean(): void {
      if (failures.length) throw new Error(`axe violations\n${failures.join('\n\n')}`);
    },
  };
}

/** A few epochs, so the charts hold curves, bars and a boundary; then paused (a still DOM). */
async function trainBriefly(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Play', exact: true }).click();
  await until(
    () => epoch(page),
    (e) => e > 20,
    'training',
  );
  await page.getByRole('button', { name: 'Pause', exact: true }).click();
  await page.locator('[data-testid=epoch-counter][aria-busy=false]').waitFor();
}

describe('accessibility (axe-core)', () => {
  it('the lab on a laptop: default, share menu, point editor, lesson, comparison, presentation', async () => {
    const report = axeReport();
    const { page } = await lab.open();
    await trainBriefly(page);
    await report.check(page, 'the default lab');

    await page.getByText('Share and export', { exact: true }).click();
    await page.getByRole('group', { name: 'Share and export' }).waitFor();
    await report.check(page, 'the share menu open');
    await page.getByText('Share and export', { exact: true }).click();

    await page.getByRole('checkbox', { name: 'Add points by clicking' }).check();
    await page.getByTestId('point-edit-layer').waitFor();
    await report.check(page, 'the point editor on');
    await page.getByRole('checkbox', { name: 'Add points by clicking' }).uncheck();

    await page.getByRole('combobox', { name: 'Lesson' }).selectOption({
      label: 'L2 shrinks the weights',
    });
    await page.getByTestId('lesson-caption').waitFor();
    await trainBriefly(page);
    await report.check(page, 'a lesson loaded');

    await page
      .getByRole('combobox', { name: 'Compare', exact: true })
      .selectOption({ label: 'None vs L1 vs L2' });
    await page.getByRole('region', { name: 'Side-by-side runs' }).waitFor();
    await trainBriefly(page);
    await report.check(page, 'a comparison');

    await page.getByRole('button', { name: 'Presentation mode' }).click();
    await page.getByTestId('presentation-root').waitFor();
    await report.check(page, 'presentation mode');
    report.assertClean();
  });

  it('notices, 简体中文 and a phone', async () => {
    const report = axeReport();
    const malformed = await lab.open('#config=%7B%22seed%22%3A');
    await malformed.page
      .getByRole('alert')
      .filter({ hasText: /default lab/ })
      .waitFor();
    await report.check(malformed.page, 'a notice (a malformed link)');

    const unknown = encodeURIComponent(JSON.stringify({ seed: 3, colour: 'red' }));
    const warned = await lab.open(`#config=${unknown}&lang=zh`);
    await warned.page.getByRole('status').filter({ hasText: 'colour' }).waitFor();
    await report.check(warned.page, '简体中文 with a warning notice');

    const phone = await lab.open('', { width: 390, height: 844 });
    await trainBriefly(phone.page);
    await report.check(phone.page, 'a phone (390×844)');
    report.assertClean();
  });
});

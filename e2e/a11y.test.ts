// Every state a student or lecturer reaches passes axe-core with zero violations: the default lab,
// a lesson, a comparison, the share menu open, the point editor, a notice, 简体中文, a phone and
// presentation mode. Several states per page load, and several per check, keep the file quick (one
// axe run takes seconds on a busy machine); all violations of all states are reported together.
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

/**
 * A few epochs, so the charts hold curves, bars and a boundary; then paused (a still DOM). Names
 * of the Play and Pause buttons in the page's language. If the lab has already paused by itself
 * (seen once on a heavily loaded machine, cause not yet known) it stays paused: axe checks the page.
 */
async function trainBriefly(page: Page, play = 'Play', pause = 'Pause'): Promise<void> {
  await page.getByRole('button', { name: play, exact: true }).click();
  await until(
    () => epoch(page),
    (e) => e > 20,
    'training',
  );
  const pauseButton = page.getByRole('button', { name: pause, exact: true });
  if (await pauseButton.count()) await pauseButton.click();
  await page.getByRole('button', { name: play, exact: true }).waitFor();
  await page.locator('[data-testid=epoch-counter][aria-busy=false]').waitFor();
}

describe('accessibility (axe-core)', () => {
  it('the lab on a laptop: default with the share menu and point editor open, a lesson, a comparison, presentation mode', async () => {
    const report = axeReport();
    const { page } = await lab.open();
    await trainBriefly(page);
    await page.getByRole('checkbox', { name: 'Add points by clicking' }).check();
    await page.getByTestId('point-edit-layer').waitFor();
    await page.getByText('Share and export', { exact: true }).click();
    await page.getByRole('group', { name: 'Share and export' }).waitFor();
    await report.check(page, 'the default lab, share menu open, point editor on');
    await page.getByText('Share and export', { exact: true }).click();
    await page.getByRole('checkbox', { name: 'Add points by clicking' }).uncheck();

    await page.getByRole('combobox', { name: 'Lesson' }).selectOption({
      label: 'L2 shrinks the weights',
    });
    await page.getByTestId('lesson-caption').waitFor();
    await report.check(page, 'a lesson loaded');

    await page
      .getByRole('combobox', { name: 'Compare', exact: true })
      .selectOption({ label: 'None vs L1 vs L2' });
    await page.getByRole('region', { name: 'Side-by-side runs' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'L2', exact: true }).waitFor();
    await report.check(page, 'a comparison');

    await page.getByRole('button', { name: 'Presentation mode' }).click();
    await page.getByTestId('presentation-root').waitFor();
    await report.check(page, 'presentation mode');
    report.assertClean();
  });

  it('简体中文 on a phone, with a notice', async () => {
    const report = axeReport();
    // A link that cannot be read: the default lab opens with an alert notice, in Chinese.
    const { page } = await lab.open('#config=%7B%22seed%22%3A&lang=zh', {
      width: 390,
      height: 844,
    });
    await page.getByRole('alert').filter({ hasText: '默认实验' }).waitFor();
    await trainBriefly(page, '播放', '暂停');
    await report.check(page, '简体中文 on a phone (390×844) with a notice');
    report.assertClean();
  });
});

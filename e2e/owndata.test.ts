// Your own data: a student clicks outliers into the other class's territory and watches an
// unregularized boundary bend around them, removes one again, and imports points from a file.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { decodeHash } from '../src/store/urlCodec.ts';
import { configHash, labSession, screenshot, until } from './labSession.ts';

const lab = labSession();

// Two Gaussian blobs: class 0 around (−2, −2), class 1 around (2, 2). No regularization. The
// outliers go in class 0's far corner, where no generated point lies, so a click adds, not removes.
const BLOBS = configHash((c) => {
  c.data.dataset = 'gaussian';
  c.data.samples = 100;
  c.regularization.kind = 'none';
});

/** All points the readout counts (test points shown): the sum of its "k of n" totals. */
async function pointCount(page: Page): Promise<number> {
  const text = (await page.getByTestId('misclassified-readout').textContent()) ?? '';
  return [...text.matchAll(/of (\d+)/g)].reduce((sum, m) => sum + Number(m[1]), 0);
}

/** The custom points the page's link carries (packed, so read through the app's decoder). */
const linkPoints = (page: Page) => decodeHash(new URL(page.url()).hash).config.data.points;

const dataset = (page: Page) =>
  page.getByRole('combobox', { name: 'Dataset', exact: true }).inputValue();

/** Clicks the plot at data coordinates (x1, x2); the domain is −6…6 on both axes. */
async function clickAt(page: Page, x1: number, x2: number): Promise<void> {
  const box = await page.getByTestId('point-edit-layer').boundingBox();
  if (!box) throw new Error('the plot is not editable');
  await page.mouse.click(box.x + ((x1 + 6) / 12) * box.width, box.y + ((6 - x2) / 12) * box.height);
}

describe('your own data', () => {
  it('adds class-1 points in class-0 territory by clicking, and removes one by clicking it', async () => {
    const { page, record } = await lab.open(BLOBS);
    await page.getByTestId('toggle-test-points').check();
    await until(
      () => pointCount(page),
      (n) => n === 100,
      'the generated points',
    );
    await page.getByRole('checkbox', { name: 'Add points by clicking' }).check();
    await page.getByRole('combobox', { name: 'Class of new points' }).selectOption('1');
    await clickAt(page, -4.5, -3.5);
    await until(
      () => pointCount(page),
      (n) => n === 101,
      'the first outlier',
    );
    expect(await dataset(page)).toBe('custom');
    await expect
      .poll(() =>
        page
          .getByRole('combobox', { name: 'Dataset', exact: true })
          .locator('option:checked')
          .textContent(),
      )
      .toBe('Custom points');
    await clickAt(page, -5, -5);
    await clickAt(page, -3, -5.3);
    await until(
      () => pointCount(page),
      (n) => n === 103,
      'three outliers',
    );
    // The points travel in the link.
    expect(linkPoints(page)).toContainEqual([-4.5, -3.5, 1]);

    await page.getByRole('button', { name: 'Play', exact: true }).click();
    await until(
      () => page.getByTestId('epoch-counter').textContent().then(Number),
      (e) => e > 300,
      'training around the outliers',
    );
    await page.getByRole('button', { name: 'Pause', exact: true }).click();
    await screenshot(page, 'owndata-outliers');

    await clickAt(page, -5, -5);
    await until(
      () => pointCount(page),
      (n) => n === 102,
      'one outlier removed',
    );
    expect(linkPoints(page)).not.toContainEqual([-5, -5, 1]);
    expect(record.consoleErrors).toEqual([]);
  });

  it('imports a CSV of points; a bad line is named and changes nothing', async () => {
    const { page } = await lab.open(BLOBS);
    await page.getByTestId('toggle-test-points').check();
    await until(
      () => pointCount(page),
      (n) => n === 100,
      'the generated points',
    );
    const input = page.getByLabel('Import points from CSV');
    await input.setInputFiles({
      name: 'points.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from('x1,x2,label\n1,1,0\n2,2,1\n3,oops,1\n-1,-1,0\n'),
    });
    const error = page.getByTestId('points-csv-error');
    await error.waitFor();
    expect(await error.textContent()).toContain('Line 4');
    expect(await dataset(page)).toBe('gaussian');
    expect(await pointCount(page)).toBe(100);

    const rows = ['x1,x2,label'];
    for (let i = 0; i < 20; i++) rows.push(`${-5 + i * 0.5},${(i % 5) - 2},${i < 10 ? 0 : 1}`);
    await input.setInputFiles({
      name: 'good.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(rows.join('\n')),
    });
    await page.getByText('Imported 20 points from good.csv').waitFor();
    await until(
      () => pointCount(page),
      (n) => n === 20,
      'the imported points',
    );
    expect(await dataset(page)).toBe('custom');
    expect(await error.count()).toBe(0);
  });
});

// Your own data: a student clicks outliers into the other class's territory and watches an
// unregularized boundary bend around them, removes one again, and imports points from a file.
import type { Page } from 'playwright-core';
import type { Point } from '../workers/engine/config';
import type { RunExportV1 } from '../workers/engine/runExport';
import { describe, expect, it } from 'vitest';
import { decodeHash } from '../src/store/urlCodec.ts';
import { configHash, epoch, labSession, screenshot, until } from './labSession.ts';

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
  // Measured right before the click: the chart must not move while a run trains (a header that
  // wrapped when the epoch counter widened once moved it by a line between the two).
  const box = (await page.getByTestId('point-edit-layer').boundingBox())!;
  await page.mouse.click(box.x + ((x1 + 6) / 12) * box.width, box.y + ((6 - x2) / 12) * box.height);
}

type Splits = RunExportV1['data'];

/** The points of each split as the worker trains on them (the test build's run export). */
async function splitsOf(page: Page): Promise<Splits> {
  const run = await page.evaluate(() => {
    const w = window as unknown as {
      __reglab: { actions: { exportRun: (id: string) => Promise<RunExportV1 | null> } };
    };
    return w.__reglab.actions.exportRun('main');
  });
  if (!run) throw new Error('no run to export');
  return run.data;
}

/** Waits until the worker trains on `count` points in all (the new run has started). */
async function splitsWith(page: Page, count: number): Promise<Splits> {
  const total = (d: Splits) => d.train.length + d.val.length + d.test.length;
  return until(
    () => splitsOf(page),
    (d) => total(d) === count,
    `${count} points trained on`,
  );
}

const round3 = (pts: Point[]) =>
  pts.map(([a, b, l]) => [Math.round(a * 1000) / 1000 + 0, Math.round(b * 1000) / 1000 + 0, l]);
const status = (page: Page) => page.getByTestId('point-edit-status').textContent();

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
    // The points travel in the link, each with its split (new points: training, the default),
    // written once the page rests after the edit (src/lab/hash.ts).
    await expect
      .poll(() => linkPoints(page), { timeout: 10_000 })
      .toContainEqual([-4.5, -3.5, 1, 'train']);

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
    await expect
      .poll(() => linkPoints(page), { timeout: 10_000 })
      .not.toContainEqual([-5, -5, 1, 'train']);
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

  it('a new point joins the split chosen; every other point keeps its split; playing goes on', async () => {
    const { page, record } = await lab.open(BLOBS);
    const generated = await splitsWith(page, 100);
    await page.getByRole('checkbox', { name: 'Add points by clicking' }).check();
    await page.getByRole('combobox', { name: 'Class of new points' }).selectOption('1');
    await page.getByRole('combobox', { name: 'New points go to' }).selectOption('val');
    await page.getByRole('button', { name: 'Play', exact: true }).click();
    await until(
      () => epoch(page),
      (e) => e > 100,
      'training before the edit',
    );
    await clickAt(page, -4.5, -3.5);
    const added = await splitsWith(page, 101);
    expect(added.val).toContainEqual([-4.5, -3.5, 1]);
    // The generated points are written out to 3 decimals, each in the split it was in.
    expect(added.train).toEqual(round3(generated.train));
    expect(added.val.filter((p) => p[0] !== -4.5)).toEqual(round3(generated.val));
    expect(added.test).toEqual(round3(generated.test));
    expect(await status(page)).toMatch(/to the validation split\. The run starts over with it/);
    // Still playing: the run starts over with the point and trains on.
    await until(
      () => epoch(page),
      (e) => e > 50,
      'training after the edit',
    );
    expect(await page.getByRole('button', { name: 'Pause', exact: true }).isVisible()).toBe(true);

    await page.getByRole('combobox', { name: 'New points go to' }).selectOption('train');
    await clickAt(page, -5, -5);
    const second = await splitsWith(page, 102);
    expect(second.val).toEqual(added.val);
    expect(second.test).toEqual(added.test);
    expect(second.train).toEqual([...added.train, [-5, -5, 1]]);
    await clickAt(page, -4.5, -3.5);
    const removed = await splitsWith(page, 101);
    expect(removed.train).toEqual(second.train);
    expect(removed.val).toEqual(added.val.filter((p) => p[0] !== -4.5));
    expect(await status(page)).toMatch(/Removed the point at \(−4\.5, −3\.5\)/);
    expect(record.consoleErrors).toEqual([]);
  });

  it('adds and removes points from the keyboard with a visible crosshair', async () => {
    const { page } = await lab.open(BLOBS);
    await splitsWith(page, 100);
    await page.getByRole('checkbox', { name: 'Add points by clicking' }).check();
    const layer = page.getByTestId('point-edit-layer');
    // From the split picker, Tab on through the chart's buttons to the plot.
    await page.getByRole('combobox', { name: 'New points go to' }).focus();
    const focused = () => layer.evaluate((el) => el === document.activeElement);
    for (let i = 0; i < 8 && !(await focused()); i++) await page.keyboard.press('Tab');
    expect(await focused()).toBe(true);
    expect(await layer.getAttribute('aria-describedby')).toBeTruthy();
    const crosshair = page.getByTestId('point-edit-crosshair');
    expect(await crosshair.isVisible()).toBe(true);
    for (let i = 0; i < 4; i++) await page.keyboard.press('Shift+ArrowLeft');
    await page.keyboard.press('ArrowDown');
    expect(await status(page)).toBe('Crosshair at (−4, −0.25).');
    await page.keyboard.press('Enter');
    const added = await splitsWith(page, 101);
    expect(added.train).toContainEqual([-4, -0.25, 1]);
    expect(await status(page)).toMatch(
      /^Added a class 1 point at \(−4, −0\.25\) to the training split/,
    );
    await screenshot(page, 'owndata-keyboard-crosshair');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Delete');
    await splitsWith(page, 100);
    await expect
      .poll(() => linkPoints(page), { timeout: 10_000 })
      .not.toContainEqual([-4, -0.25, 1, 'train']);
    await page.keyboard.press('Delete');
    expect(await status(page)).toBe('There is no point near the crosshair to remove.');
  });

  it('adds a point with a tap on a phone', async () => {
    const { page } = await lab.open(BLOBS, { width: 390, height: 844 });
    await splitsWith(page, 100);
    await page.getByRole('checkbox', { name: 'Add points by clicking' }).check();
    const layer = page.getByTestId('point-edit-layer');
    await layer.scrollIntoViewIfNeeded();
    const box = (await layer.boundingBox())!;
    // A finger at data (−4.5, −3.5), as touch pointer events.
    const at = {
      clientX: box.x + ((-4.5 + 6) / 12) * box.width,
      clientY: box.y + ((6 + 3.5) / 12) * box.height,
    };
    const touch = { pointerType: 'touch', isPrimary: true, pointerId: 7, ...at };
    await layer.dispatchEvent('pointerdown', touch);
    await layer.dispatchEvent('pointerup', touch);
    const added = await splitsWith(page, 101);
    const near = [...added.train].filter((p) => Math.hypot(p[0] + 4.5, p[1] + 3.5) < 0.2);
    expect(near).toHaveLength(1);
    await screenshot(page, 'owndata-phone-tap');
  });
});

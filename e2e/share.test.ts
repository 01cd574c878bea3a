// Sharing a lab as a lecturer would: export the run and load it in a fresh page, save the
// history and the charts as files, copy the link and open it elsewhere.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { RunExportV1 } from '../workers/engine/runExport';
import { ARTIFACTS, configHash, epoch, labSession, screenshot, until } from './labSession.ts';

const lab = labSession();

const L2_LESSON = configHash((c) => {
  c.seed = 5;
  c.data.dataset = 'moons';
  c.regularization.kind = 'l2';
  c.regularization.lambda = 0.003;
});

async function openMenu(page: Page): Promise<void> {
  await page.getByText('Share and export', { exact: true }).click();
  await page.getByRole('group', { name: 'Share and export' }).waitFor();
}

/** Clicks a button that saves a file and returns the file's bytes and suggested name. */
async function download(page: Page, name: string): Promise<{ bytes: Buffer; file: string }> {
  const [d] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name, exact: true }).click(),
  ]);
  const path = await d.path();
  return { bytes: readFileSync(path), file: d.suggestedFilename() };
}

async function trainAndPause(page: Page, epochs: number): Promise<number> {
  await page.getByRole('button', { name: 'Play', exact: true }).click();
  await until(
    () => epoch(page),
    (e) => e > epochs,
    'training',
  );
  await page.getByRole('button', { name: 'Pause', exact: true }).click();
  await page.locator('[data-testid=epoch-counter][aria-busy=false]').waitFor();
  return epoch(page);
}

const regularization = (page: Page) =>
  page.getByRole('combobox', { name: 'Regularization', exact: true }).inputValue();
const dataset = (page: Page) =>
  page.getByRole('combobox', { name: 'Dataset', exact: true }).inputValue();
const seed = (page: Page) => page.getByRole('spinbutton', { name: 'Seed' }).first().inputValue();

describe('sharing and export', () => {
  it('exports the run as JSON and the history as CSV, and a fresh page imports the run', async () => {
    const { page, record } = await lab.open(L2_LESSON);
    const epochs = await trainAndPause(page, 60);
    await openMenu(page);

    const json = await download(page, 'Export run (JSON)');
    expect(json.file).toBe('reglab-run.json');
    const run = JSON.parse(json.bytes.toString('utf8')) as RunExportV1;
    expect(run.version).toBe(1);
    expect(run.config.seed).toBe(5);
    expect(run.config.regularization).toMatchObject({ kind: 'l2', lambda: 0.003 });
    expect(run.history).toHaveLength(epochs + 1);
    expect(run.history.at(-1)!.epoch).toBe(epochs);
    expect(run.model.layers.map((l) => l.biases.length)).toEqual([8, 8, 1]);
    const points = run.data.train.length + run.data.val.length + run.data.test.length;
    expect(points).toBe(400);

    const csv = await download(page, 'Export history (CSV)');
    const lines = csv.bytes.toString('utf8').trim().split('\n');
    expect(lines[0]).toBe(
      'epoch,trainLoss,valLoss,testLoss,trainAcc,valAcc,testAcc,penalty,zeroFraction,l1Norm,l2Norm',
    );
    expect(lines).toHaveLength(epochs + 2);
    expect(record.consoleErrors).toEqual([]);

    const fresh = await lab.open();
    expect(await regularization(fresh.page)).toBe('none');
    await openMenu(fresh.page);
    await fresh.page.getByLabel('Import run or config (JSON)').setInputFiles({
      name: 'reglab-run.json',
      mimeType: 'application/json',
      buffer: json.bytes,
    });
    await fresh.page.getByText('Loaded the settings from reglab-run.json').waitFor();
    expect(await regularization(fresh.page)).toBe('l2');
    expect(await dataset(fresh.page)).toBe('moons');
    expect(await seed(fresh.page)).toBe('5');
  });

  it('refuses a broken config file, names the key and keeps the lab as it was', async () => {
    const { page } = await lab.open(L2_LESSON);
    await openMenu(page);
    const bad = JSON.stringify({ version: 1, model: { dropoutKeep: 2 } });
    await page.getByLabel('Import run or config (JSON)').setInputFiles({
      name: 'broken.json',
      mimeType: 'application/json',
      buffer: Buffer.from(bad),
    });
    await page.getByRole('alert').filter({ hasText: 'model.dropoutKeep' }).waitFor();
    expect(await regularization(page)).toBe('l2');
    expect(await dataset(page)).toBe('moons');
  });

  it('downloads each chart as PNG and SVG, and the whole view as one PNG', async () => {
    const { page, record } = await lab.open(L2_LESSON);
    await trainAndPause(page, 30);
    const png = await download(page, 'Download Decision boundary as PNG');
    expect(png.file).toBe('reglab-decision-boundary.png');
    expect([...png.bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    // A real picture, not an empty canvas: several kilobytes of heat map and marks.
    expect(png.bytes.length).toBeGreaterThan(5000);
    const svg = (await download(page, 'Download Decision boundary as SVG')).bytes.toString('utf8');
    expect(svg.startsWith('<svg')).toBe(true);
    expect(svg).toContain('href="data:image/png;base64,');
    expect(svg).toContain('Decision boundary');
    // The controls between the title and the map stay out of the picture, and so does their
    // room: the map (the largest image) follows the title closely.
    const titleY = Number(/<text x="[^"]*" y="([^"]+)"[^>]*>Decision boundary</.exec(svg)?.[1]);
    const map = [...svg.matchAll(/<image x="[^"]*" y="([^"]+)" width="([^"]+)"/g)].sort(
      (a, b) => Number(b[2]) - Number(a[2]),
    )[0];
    expect(Number(map?.[1]) - titleY).toBeLessThan(40);
    const curves = await download(page, 'Download Loss curves as SVG');
    expect(curves.bytes.toString('utf8')).toContain('<path');
    const weights = await download(page, 'Download Weight distribution as PNG');
    expect(weights.bytes.subarray(1, 4).toString('latin1')).toBe('PNG');

    await openMenu(page);
    const view = await download(page, 'Save view as PNG');
    expect(view.file).toBe('reglab-view.png');
    expect(view.bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
    // PNG's IHDR: width and height at bytes 16–23, here at twice the CSS size for slides.
    expect(view.bytes.readUInt32BE(16)).toBeGreaterThan(1000);
    // Kept for a person to look at: the slide picture and one chart as exported.
    mkdirSync(ARTIFACTS, { recursive: true });
    writeFileSync(`${ARTIFACTS}share-view.png`, view.bytes);
    writeFileSync(`${ARTIFACTS}share-decision-boundary.png`, png.bytes);
    expect(record.consoleErrors).toEqual([]);
    expect(record.offHostRequests).toEqual([]);
    await screenshot(page, 'share-menu');
  });

  it('copies a link that opens the same settings and comparison in a fresh page', async () => {
    const compare = {
      mainLabel: 'none',
      variants: [{ label: 'L1', patch: { regularization: { kind: 'l1' } } }],
    };
    const start = `${configHash((c) => (c.seed = 9))}&compare=${encodeURIComponent(JSON.stringify(compare))}`;
    const { page, context } = await lab.open(start);
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.getByRole('combobox', { name: 'Regularization', exact: true }).selectOption('l2');
    await openMenu(page);
    await page.getByRole('button', { name: 'Copy link', exact: true }).click();
    await page.getByText('Link copied').waitFor();
    const link = await page.evaluate(() => navigator.clipboard.readText());
    // The address bar follows once the page rests after the edit (src/lab/hash.ts).
    await expect.poll(() => page.url(), { timeout: 10_000 }).toBe(link);
    expect(link).toContain('compare=');

    const fresh = await lab.open(new URL(link).hash);
    expect(await regularization(fresh.page)).toBe('l2');
    expect(await seed(fresh.page)).toBe('9');
    await fresh.page.getByRole('region', { name: 'Side-by-side runs' }).waitFor();
    expect(new URL(fresh.page.url()).hash).toBe(new URL(link).hash);
  });

  it('names the keys an import left out in a notice, and refuses files with no settings', async () => {
    const { page, record } = await lab.open(L2_LESSON);
    await openMenu(page);
    const input = page.getByLabel('Import run or config (JSON)');
    const choose = (name: string, value: unknown) =>
      input.setInputFiles({
        name,
        mimeType: 'application/json',
        buffer: Buffer.from(JSON.stringify(value)),
      });

    await choose('bare-run.json', { version: 1, history: [], model: { layers: [] } });
    await page.getByRole('alert').filter({ hasText: 'has no config' }).waitFor();
    await choose('other.json', { colour: 'red', size: 3 });
    const refused = page.getByRole('alert').filter({ hasText: 'holds none of the keys' });
    await refused.waitFor();
    expect(await refused.textContent()).toMatch(/Nothing was loaded from other\.json/);
    expect(await regularization(page)).toBe('l2');
    expect(await seed(page)).toBe('5');

    await choose('mine.json', { seed: 12, colour: 'red', model: { hiden: [3] } });
    await page.getByText('Loaded the settings from mine.json').waitFor();
    expect(await seed(page)).toBe('12');
    const notice = page.getByRole('status').filter({ hasText: 'were left out' });
    await notice.waitFor();
    const text = (await notice.textContent()) ?? '';
    expect(text).toContain('colour');
    expect(text).toContain('model.hiden');
    expect(text).not.toMatch(/ConfigError|\.\s*\./);
    await notice.getByRole('button', { name: 'Dismiss' }).click();
    await notice.waitFor({ state: 'detached' });
    expect(record.consoleErrors).toEqual([]);
  });

  it('offers the config as a file, not a link, when the setup is too large for a link', async () => {
    // 1,600 points of full-precision doubles: about 36,000 characters of link, past 32,000.
    const config = JSON.parse(decodeURIComponent(L2_LESSON.slice('#config='.length))) as {
      data: Record<string, unknown>;
    };
    config.data.dataset = 'custom';
    config.data.points = Array.from({ length: 1600 }, (_, i) => [
      ((i % 97) - 48) / 8.3,
      ((i % 89) - 44) / 7.9,
      i % 2,
    ]);
    const { page, context, record } = await lab.open();
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.evaluate(() => navigator.clipboard.writeText('untouched'));
    await openMenu(page);
    await page.getByLabel('Import run or config (JSON)').setInputFiles({
      name: 'big.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(config)),
    });
    await page.getByText('Loaded the settings from big.json').waitFor();
    await page.getByText(/This setup is too large for a link/).waitFor();
    await page.getByRole('button', { name: 'Copy link', exact: true }).click();
    await page.getByRole('alert').filter({ hasText: 'too large for a link' }).waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('untouched');
    await screenshot(page, 'share-too-large');

    const saved = await download(page, 'Export config (JSON)');
    expect(saved.file).toBe('reglab-config.json');
    const file = JSON.parse(saved.bytes.toString('utf8')) as typeof config;
    expect(file.data.points).toEqual(config.data.points);
    expect(record.consoleErrors).toEqual([]);
  });
});

import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, recordPage } from './browser.ts';
import { startPreviewServer, type PreviewServer } from './previewServer.ts';

const ARTIFACTS = fileURLToPath(new URL('../e2e-artifacts/', import.meta.url));

describe('the built app in headless Chromium', () => {
  let server: PreviewServer | undefined;
  let browser: Browser | undefined;

  beforeAll(async () => {
    server = await startPreviewServer();
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('shows the RegLab heading with no console errors and no requests off the machine', async () => {
    if (!server || !browser) throw new Error('The preview server or browser did not start.');
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    const record = recordPage(context, page, '127.0.0.1');

    await page.goto(server.url, { waitUntil: 'networkidle' });
    const heading = page.getByRole('heading', { level: 1, name: 'RegLab' });
    await heading.waitFor({ state: 'visible' });
    expect(await heading.isVisible()).toBe(true);
    expect(await page.locator('html').getAttribute('lang')).toBe('en');

    mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: `${ARTIFACTS}smoke.png`, fullPage: true });
    await context.close();

    expect(record.consoleErrors).toEqual([]);
    expect(record.offHostRequests).toEqual([]);
  });
});

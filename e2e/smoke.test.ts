import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium, recordPage } from './browser.ts';

const ARTIFACTS = fileURLToPath(new URL('../e2e-artifacts/', import.meta.url));

describe('the built app in headless Chromium', () => {
  // The suite's preview server (e2e/globalSetup.ts).
  const serverUrl = inject('previewUrl');
  let browser: Browser | undefined;

  beforeAll(async () => {
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('shows the RegLab heading with no console errors and no requests off the machine', async () => {
    if (!browser) throw new Error('Chromium did not start.');
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    const record = recordPage(context, page, '127.0.0.1');

    await page.goto(serverUrl, { waitUntil: 'networkidle' });
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

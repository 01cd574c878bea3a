import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { requireChromium } from '../scripts/ensure-chromium.mjs';

// Flags that keep headless Chromium quiet and offline: no GPU, no QUIC, and none of the
// background calls home (updates, sync, component downloads) that would leave the machine.
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Launches the system Chromium; playwright gives each launch a fresh, temporary profile. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: requireChromium(), args: CHROMIUM_ARGS });
}

export interface PageRecord {
  consoleErrors: string[];
  /** Every URL requested that is not on the preview server's host: the lab must work offline. */
  offHostRequests: string[];
}

/** Records console errors, uncaught exceptions and requests that leave `allowedHost`. */
export function recordPage(context: BrowserContext, page: Page, allowedHost: string): PageRecord {
  const record: PageRecord = { consoleErrors: [], offHostRequests: [] };
  page.on('console', (message) => {
    if (message.type() === 'error') record.consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => record.consoleErrors.push(`uncaught: ${error.message}`));
  // On the context, not the page, so requests from workers are seen too.
  context.on('request', (request) => {
    const url = new URL(request.url());
    const local =
      url.protocol === 'data:' || url.protocol === 'blob:' || url.hostname === allowedHost;
    if (!local) record.offHostRequests.push(request.url());
  });
  return record;
}

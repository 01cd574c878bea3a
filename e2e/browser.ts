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

/**
 * Collects the page's Content-Security-Policy violations as the page reports them (the
 * `securitypolicyviolation` event), from its first script on. Call before the page loads; the
 * returned function reads what was collected.
 */
export async function recordPolicyViolations(page: Page): Promise<() => Promise<string[]>> {
  // A string, not a function: the page must not depend on the test bundler's helpers.
  await page.addInitScript({
    content: `window.__policyViolations = [];
      document.addEventListener('securitypolicyviolation', (e) => {
        window.__policyViolations.push(
          e.effectiveDirective + ' refused ' + (e.blockedURI || 'inline') +
            ' (' + (e.sourceFile || 'the page') + ':' + e.lineNumber + ')',
        );
      });`,
  });
  return () =>
    page.evaluate(
      () => (window as unknown as { __policyViolations?: string[] }).__policyViolations ?? [],
    );
}

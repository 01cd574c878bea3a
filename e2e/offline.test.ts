// A strict page that works offline: the built app carries a Content-Security-Policy that nothing in
// it breaks (training in the worker, KaTeX, the exporters, Chinese), and after one visit it loads
// and trains with the network cut, lazy chunks and KaTeX fonts included, and is installable.
import { readFileSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium, recordPage, recordPolicyViolations } from './browser.ts';
import { epoch, labHash, until } from './labSession.ts';
import { startPreviewServer } from './previewServer.ts';
import type { PreviewServer } from './previewServer.ts';

let browser: Browser | undefined;
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  for (const c of contexts) await c.close().catch(() => undefined);
  await browser?.close();
});

async function newPage(): Promise<{ page: Page; context: BrowserContext }> {
  if (!browser) throw new Error('Chromium did not start.');
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
  contexts.push(context);
  const page = await context.newPage();
  // Functions compiled with keepNames call esbuild's __name helper when sent to the page.
  await page.addInitScript({ content: 'window.__name = (f) => f;' });
  return { page, context };
}

async function train(page: Page, past: number): Promise<void> {
  const start = await epoch(page);
  await page.getByRole('button', { name: 'Play', exact: true }).click();
  await until(
    () => epoch(page),
    (e) => e > start + past,
    'training',
  );
  await page.getByRole('button', { name: 'Pause', exact: true }).click();
}

/** Opens the Dropout explanation and waits for its typeset formula and KaTeX's fonts. */
async function typesetFormula(page: Page, toggle: string): Promise<boolean> {
  await page.getByRole('button', { name: toggle }).click();
  await page.getByRole('region', { name: toggle }).locator('.katex').first().waitFor();
  return page.evaluate(async () => {
    await document.fonts.ready;
    return document.fonts.check('16px KaTeX_Main') && document.fonts.check('16px KaTeX_Math');
  });
}

describe('a strict page', () => {
  it('sets a Content-Security-Policy that the whole lab keeps, and that refuses inline script', async () => {
    const html = readFileSync(new URL('../dist-e2e/index.html', import.meta.url), 'utf8');
    const policy = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1];
    const directives = new Map(
      (policy ?? '').split(';').map((d) => {
        const [name, ...sources] = d.trim().split(/\s+/);
        return [name!, sources.join(' ')];
      }),
    );
    // Scripts and workers from the app's own files only; nothing from another origin.
    expect(directives.get('default-src')).toBe("'self'");
    expect(directives.get('script-src')).toBe("'self'");
    expect(directives.get('worker-src')).toBe("'self'");
    expect(directives.get('object-src')).toBe("'none'");
    expect(policy).not.toMatch(/unsafe-eval|https?:|\*/);
    // Every script of the page is a file of the app: none inline.
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);

    const { page, context } = await newPage();
    const violations = await recordPolicyViolations(page);
    const record = recordPage(context, page, '127.0.0.1');
    // A budget of many epochs, so the run is still training when the test pauses it. The suite's
    // preview server (e2e/globalSetup.ts): the next test starts one of its own to stop.
    await page.goto(inject('previewUrl') + labHash());
    await page.getByTestId('epoch-counter').waitFor();
    // The worker compiles its kernels and trains; KaTeX typesets with its fonts; the view is
    // drawn into a picture; Chinese loads as a chunk.
    await train(page, 30);
    expect(await typesetFormula(page, 'Explain Dropout')).toBe(true);
    await page.getByText('Share and export', { exact: true }).click();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Save view as PNG' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('reglab-view.png');
    await page.getByRole('button', { name: '简体中文' }).click();
    await page.getByRole('button', { name: '播放', exact: true }).waitFor();
    expect(await violations()).toEqual([]);
    expect(record.consoleErrors).toEqual([]);
    expect(record.offHostRequests).toEqual([]);

    // The policy is in force: a script written into the page now is refused, and reported.
    await page.evaluate(() => {
      const s = document.createElement('script');
      s.textContent = 'window.inlineScriptRan = true';
      document.body.append(s);
    });
    await until(
      () => violations(),
      (v) => v.length > 0,
      'the refused inline script is reported',
    );
    expect(await page.evaluate(() => 'inlineScriptRan' in window)).toBe(false);
    expect((await violations())[0]).toMatch(/^script-src-elem refused inline/);
  });
});

describe('offline and installable', () => {
  it('after one visit, opens and trains with the network cut, lazy chunks and fonts included', async () => {
    const server: PreviewServer = await startPreviewServer();
    const { page, context } = await newPage();
    // On the context, so the service worker's precache requests are seen too.
    const record = recordPage(context, page, '127.0.0.1');
    let stopped = false;
    try {
      await page.goto(server.url + labHash());
      await page.getByTestId('epoch-counter').waitFor();
      // The service worker has precached the app once it is active, and serves this page.
      await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
      await until(
        () => page.evaluate(() => navigator.serviceWorker.controller !== null),
        (controlled) => controlled,
        'the service worker controls the page',
      );
      // Installable: a manifest with a name, a start URL and icons of 192 and 512 pixels.
      const manifestHref = await page.locator('link[rel=manifest]').getAttribute('href');
      const manifest = (await page.evaluate(
        (href) => fetch(href!).then((r) => r.json()),
        manifestHref,
      )) as { name: string; start_url: string; display: string; icons: { sizes: string }[] };
      expect(manifest.name).toContain('RegLab');
      expect(manifest.display).toBe('standalone');
      expect(manifest.icons.map((i) => i.sizes)).toEqual(
        expect.arrayContaining(['192x192', '512x512']),
      );

      // The network is cut: the browser is offline and the server is gone.
      await context.setOffline(true);
      await server.stop();
      stopped = true;
      await page.reload();
      await page.getByTestId('epoch-counter').waitFor();
      await train(page, 50);
      // Lazy chunks: the Explain text with KaTeX and its fonts, then the Chinese strings.
      expect(await typesetFormula(page, 'Explain Dropout')).toBe(true);
      await page.getByRole('button', { name: '简体中文' }).click();
      await page.getByRole('button', { name: '播放', exact: true }).waitFor();
      const icon = await page.evaluate(async (href) => {
        const url = new URL(href!, document.baseURI);
        const m = (await fetch(url).then((r) => r.json())) as { icons: { src: string }[] };
        const r = await fetch(new URL(m.icons[0]!.src, url));
        return { ok: r.ok, type: r.headers.get('content-type') };
      }, manifestHref);
      expect(icon).toEqual({ ok: true, type: 'image/png' });
      // Nothing, neither the page nor the service worker, fetched from another host.
      expect(record.offHostRequests).toEqual([]);
    } finally {
      if (!stopped) await server.stop();
    }
  });
});

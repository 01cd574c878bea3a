// One Chromium per test file (the preview server is the suite's, see globalSetup.ts), and a fresh
// page per test: the lab as a student opens it. Helpers read what the page shows (accessible
// names, test ids), never state.
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';
import type { ConfigV1 } from '../workers/engine/config';
import { defaultConfig } from '../workers/engine/config';
import { defaultLabConfig } from '../src/lesson/defaultLab';
import type { PageRecord } from './browser.ts';
import { launchChromium, recordPage } from './browser.ts';

export const ARTIFACTS = fileURLToPath(new URL('../e2e-artifacts/', import.meta.url));

export interface LabPage {
  page: Page;
  context: BrowserContext;
  record: PageRecord;
  url: string;
}

export interface OpenOptions {
  /**
   * The page's own starting speed ('paced': the default lab's 50 epochs/s, a lesson's pace), or
   * as fast as possible (the default here: most tests watch what training does, not its pace).
   */
  speed?: 'paced' | 'fastest';
  /** Emulates `prefers-reduced-motion: reduce`. */
  reducedMotion?: boolean;
  /** Device pixels per CSS pixel: 0.5 makes a small screenshot of a large screen's layout. */
  deviceScaleFactor?: number;
  /** Runs on the new page before it loads the lab (e.g. to route its requests). */
  beforeLoad?: (page: Page) => Promise<void>;
}

export interface LabSession {
  open(
    hash?: string,
    viewport?: { width: number; height: number },
    options?: OpenOptions,
  ): Promise<LabPage>;
}

/** Registers beforeAll/afterAll for the file and returns a way to open the lab. */
export function labSession(): LabSession {
  const serverUrl = inject('previewUrl');
  let browser: Browser | undefined;
  const contexts: BrowserContext[] = [];
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    for (const c of contexts) await c.close().catch(() => undefined);
    await browser?.close();
  });
  return {
    async open(hash = '', viewport = { width: 1366, height: 768 }, options = {}) {
      if (!browser) throw new Error('Chromium did not start.');
      const context = await browser.newContext({
        viewport,
        reducedMotion: options.reducedMotion ? 'reduce' : 'no-preference',
        deviceScaleFactor: options.deviceScaleFactor ?? 1,
      });
      contexts.push(context);
      const page = await context.newPage();
      // Functions compiled with keepNames call esbuild's __name helper when sent to the page.
      await page.addInitScript({ content: 'window.__name = (f) => f;' });
      const record = recordPage(context, page, '127.0.0.1');
      const url = serverUrl + hash;
      await options.beforeLoad?.(page);
      await page.goto(url);
      await page.getByTestId('epoch-counter').waitFor();
      if (options.speed !== 'paced') await fastest(page);
      return { page, context, record, url };
    },
  };
}

/** Training as fast as possible (the test build's handle; the page starts at a paced speed). */
export async function fastest(page: Page): Promise<void> {
  await page.waitForFunction(() => 'actions' in ((window as { __reglab?: object }).__reglab ?? {}));
  await page.evaluate(() => {
    const hooks = (window as unknown as { __reglab: { actions: { setSpeed(v: null): void } } })
      .__reglab;
    hooks.actions.setSpeed(null);
  });
}

/** A link to the default lab with a large epoch budget (tests that watch a run for long). */
export function labHash(edit?: (c: ConfigV1) => void): string {
  const c = defaultLabConfig();
  c.epochs = 100_000;
  edit?.(c);
  return `#config=${encodeURIComponent(JSON.stringify(c))}`;
}

/** A config link: config v1's defaults (with a large epoch budget) with some keys changed. */
export function configHash(edit: (c: ConfigV1) => void, lang?: 'zh'): string {
  const c = defaultConfig();
  // Room to train: most tests watch a run for longer than config v1's default budget of 500.
  c.epochs = 100_000;
  edit(c);
  return `#config=${encodeURIComponent(JSON.stringify(c))}${lang ? `&lang=${lang}` : ''}`;
}

export async function epoch(page: Page): Promise<number> {
  return Number(await page.getByTestId('epoch-counter').textContent());
}

/** Percent shown by a readout such as "95.5%". */
export async function percent(page: Page, testId: string): Promise<number> {
  const text = (await page.getByTestId(testId).textContent()) ?? '';
  const m = /(-?[\d.]+)\s*%/.exec(text);
  if (!m) throw new Error(`${testId} shows "${text}", not a percentage`);
  return Number(m[1]);
}

export async function number(page: Page, testId: string): Promise<number> {
  const text = (await page.getByTestId(testId).textContent()) ?? '';
  const m = /-?[\d.]+(e-?\d+)?/.exec(text.replace(/,/g, ''));
  if (!m) throw new Error(`${testId} shows "${text}", not a number`);
  return Number(m[0]);
}

/** Waits (polling what the page shows, no fixed sleeps) until `read` satisfies `ok`. */
export async function until<T>(
  read: () => Promise<T>,
  ok: (v: T) => boolean,
  what: string,
  timeoutMs = 20_000,
): Promise<T> {
  const t0 = Date.now();
  let last: T | undefined;
  for (;;) {
    last = await read();
    if (ok(last)) return last;
    if (Date.now() - t0 > timeoutMs)
      throw new Error(`${what}: still ${String(last)} after ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** A canvas's pixels as a PNG data URL: equal strings, equal pictures. */
export function canvasDigest(canvas: Locator): Promise<string> {
  return canvas.evaluate((c: HTMLCanvasElement) => c.toDataURL());
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: `${ARTIFACTS}${name}.png`, fullPage: false });
}

// `npm run bench:ui`: the live page in headless Chromium with training at full speed. Per page load:
// frames per second, long tasks (> 50 ms) in the 5 s window and the longest, epochs per second
// trained, and the delay from a λ slider change to the first painted frame reflecting it (p50,
// p95 over 20 changes). Each figure is the median over the loads with the min–max beside it.
// --cores 1 pins Chromium (every process it starts) to core 0 with `taskset -c 0`, the machine
// of a student's cheap laptop; --cores all leaves it unpinned; --cores both runs the two in turn.
// --loads N sets the loads per case (default 3). Built by `vite build --mode e2e` (the test hooks).
// Each load waits for the service worker to be installed first (its precaching is a first
// visit's cost, not the steady state measured here).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { Browser, ElementHandle } from 'playwright-core';
import { launchChromium } from '../e2e/browser.ts';
import { startPreviewServer } from '../e2e/previewServer.ts';
import { defaultConfig } from '../workers/engine/config';
import { requireChromium } from './ensure-chromium.mjs';
import { loadLine, machineLine } from './benchMachine';
import { formatSpread, formatTable, median, percentile, spread } from './benchStats';
import type { PageArgs, PageFigures } from './benchUiPage';
import { measureInPage } from './benchUiPage';

const PAGE: PageArgs = { warmSeconds: 1, seconds: 5, changes: 20 };

/** Four runs side by side (none vs L1 vs L2 vs elastic net), as the Compare menu makes them. */
const FOUR_RUNS = {
  mainLabel: 'compare.run.none',
  variants: (['l1', 'l2', 'elasticnet'] as const).map((kind) => ({
    label: kind,
    patch: { regularization: { kind } },
  })),
};

const CASES: { name: string; hidden: number[]; compare: boolean }[] = [
  { name: '[8,8]', hidden: [8, 8], compare: false },
  { name: '[8×6]', hidden: [8, 8, 8, 8, 8, 8], compare: false },
  { name: '4 runs [8,8]', hidden: [8, 8], compare: true },
];

function hashFor(hidden: number[], compare: boolean): string {
  const c = defaultConfig();
  c.data = { ...c.data, dataset: 'spiral', samples: 250, split: { train: 1, val: 0, test: 0 } };
  c.model = { ...c.model, hidden };
  c.optimizer = { kind: 'sgd', learningRate: 0.03, batchSize: 10 };
  c.regularization = { ...c.regularization, kind: 'l2', lambda: 0.001 };
  // The most epochs a config allows: the run must still be training when the window ends.
  c.epochs = 100_000;
  const base = `#config=${encodeURIComponent(JSON.stringify(c))}`;
  return compare ? `${base}&compare=${encodeURIComponent(JSON.stringify(FOUR_RUNS))}` : base;
}

async function loadAndMeasure(
  browser: Browser,
  url: string,
  hidden: number[],
  compare: boolean,
): Promise<PageFigures> {
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
  try {
    const page = await context.newPage();
    // tsx compiles with keepNames, so functions sent to the page call esbuild's __name helper.
    await page.addInitScript({ content: 'window.__name = (f) => f;' });
    await page.goto(url + hashFor(hidden, compare));
    // A first visit installs the service worker, which precaches every chunk and font (a few
    // hundred ms of CPU in the first seconds): the figures are those of a returning student.
    await page.evaluate(() => navigator.serviceWorker?.ready.then(() => undefined));
    await page.getByRole('combobox', { name: 'Training speed' }).selectOption('max');
    await page.getByRole('button', { name: 'Play', exact: true }).click();
    const slider = await page
      .getByRole('slider', { name: 'Regularization strength λ', exact: true })
      .elementHandle();
    const counter = await page.getByTestId('epoch-counter').elementHandle();
    if (!slider || !counter) throw new Error('The λ slider or the epoch counter is missing.');
    return await page.evaluate(measureInPage, {
      ...PAGE,
      slider: slider as ElementHandle<HTMLInputElement>,
      counter,
    });
  } finally {
    await context.close();
  }
}

/**
 * A launcher that runs Chromium under `taskset -c 0`: its browser, renderer, GPU and utility
 * processes all inherit the affinity, so the page and its worker share one core.
 */
function pinnedChromium(dir: string): string {
  const found = spawnSync('taskset', ['-V'], { encoding: 'utf8' });
  if (found.error || found.status !== 0) {
    throw new Error(
      '--cores 1 pins Chromium with `taskset -c 0`, and taskset was not found. Install util-linux ' +
        '(`sudo apt-get install util-linux` on Debian), or run with --cores all.',
    );
  }
  const wrapper = path.join(dir, 'chromium-on-core-0');
  const quoted = `'${requireChromium().replaceAll("'", "'\\''")}'`;
  writeFileSync(wrapper, `#!/bin/sh\nexec taskset -c 0 ${quoted} "$@"\n`, { mode: 0o755 });
  return wrapper;
}

const HEADER = [
  'case',
  'fps',
  'long tasks',
  'longest ms',
  'epochs/s',
  'slider→frame p50 ms',
  'p95 ms',
];

function row(name: string, figs: PageFigures[]): string[] {
  const s = (f: (x: PageFigures) => number, digits: number) =>
    formatSpread(spread(figs.map(f)), digits);
  return [
    name,
    s((x) => x.fps, 1),
    s((x) => x.longTasks, 0),
    s((x) => x.longestTaskMs, 0),
    s((x) => x.epochsPerSecond, 0),
    s((x) => median(x.latenciesMs), 0),
    s((x) => percentile(x.latenciesMs, 95), 0),
  ];
}

async function benchMode(url: string, pinned: string | null, loads: number): Promise<void> {
  // launchChromium starts whatever CHROMIUM_PATH names (see scripts/ensure-chromium.mjs).
  const previous = process.env.CHROMIUM_PATH;
  if (pinned) process.env.CHROMIUM_PATH = pinned;
  const browser = await launchChromium();
  if (pinned) {
    if (previous === undefined) delete process.env.CHROMIUM_PATH;
    else process.env.CHROMIUM_PATH = previous;
  }
  try {
    const cores = os.availableParallelism();
    console.log(
      pinned
        ? `\nChromium pinned to core 0 (taskset -c 0)`
        : `\nChromium unpinned (all ${cores} cores)`,
    );
    console.log(`before: ${loadLine()}`);
    const rows = [HEADER];
    for (const c of CASES) {
      const figs: PageFigures[] = [];
      for (let r = 0; r < loads; r++) {
        process.stderr.write(`${c.name}: load ${r + 1}/${loads}\n`);
        figs.push(await loadAndMeasure(browser, url, c.hidden, c.compare));
      }
      rows.push(row(c.name, figs));
    }
    console.log(formatTable(rows));
    console.log(`after: ${loadLine()}`);
  } finally {
    await browser.close();
  }
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      cores: { type: 'string', default: 'all' },
      loads: { type: 'string', default: '3' },
    },
  });
  const modes = { '1': ['1'], all: ['all'], both: ['all', '1'] }[values.cores];
  const loads = Number(values.loads);
  if (!modes || !Number.isInteger(loads) || loads < 1) {
    throw new Error(
      `--cores takes 1, all or both and --loads a whole number ≥ 1 (got --cores ${values.cores} --loads ${values.loads}).`,
    );
  }
  const dir = mkdtempSync(path.join(os.tmpdir(), 'reglab-bench-ui-'));
  const server = await startPreviewServer();
  try {
    console.log(machineLine());
    console.log(
      `Live page, headless Chromium, 1366×768, spiral with 250 training points, SGD batch 10, L2.`,
    );
    console.log(
      `Per load: ${PAGE.seconds} s window after ${PAGE.warmSeconds} s of warm-up, then ${PAGE.changes} λ changes.`,
    );
    console.log(
      `Median (min–max) over ${loads} loads; long tasks are counted in the ${PAGE.seconds} s window; p50 and p95 per load.`,
    );
    for (const mode of modes) {
      await benchMode(server.url, mode === '1' ? pinnedChromium(dir) : null, loads);
    }
  } finally {
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();

// `npm run bench:ui`: the live page in headless Chromium with training at full speed. Per page load:
// frames per second, long tasks (> 50 ms) in the 5 s window and the longest, epochs per second
// trained, and the delay from a λ slider change to the first painted frame reflecting it (p50,
// p95 over 20 changes). Each figure is the median over the loads with the min–max beside it.
// A second table gives the CPU of Chromium's threads in the same 5 s window, by group
// (threadGroups.ts), in ms per second, and the page's main thread's ms per drawn frame.
// --cores 1 pins Chromium (every process it starts) to core 0 with `taskset -c 0`, the machine
// of a student's cheap laptop; --cores all leaves it unpinned; --cores both runs the two in turn.
// --loads N sets the loads per case (default 3); --only TEXT measures only the cases whose name
// contains TEXT. Built by `vite build --mode e2e` (the test hooks).
// --against DIR also measures another build (DIR, or DIR/dist-e2e, built with --mode e2e), its
// loads alternating with this build's (benchUiAb.ts), and prints DIR's figures over this build's.
// Each load waits for the service worker to be installed first (its precaching is a first
// visit's cost, not the steady state measured here).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { Browser, ElementHandle } from 'playwright-core';
import { launchChromium } from '../e2e/browser.ts';
import type { PreviewServer } from '../e2e/previewServer.ts';
import { startPreviewServer } from '../e2e/previewServer.ts';
import { defaultConfig } from '../workers/engine/config';
import { requireChromium } from './ensure-chromium.mjs';
import { loadLine, machineLine } from './benchMachine';
import { formatTable } from './benchStats';
import { loadOrder } from './benchUiAb';
import type { PageArgs } from './benchUiPage';
import { measureInPage } from './benchUiPage';
import type { LoadFigures } from './benchUiReport';
import {
  RATIO_HEADER,
  churnLine,
  cpuHeader,
  cpuRow,
  otherLine,
  pageHeader,
  pageRow,
  ratioRow,
} from './benchUiReport';
import type { ThreadsSample } from './chromiumThreads';
import { childPids, newChildren, procAvailable, sampleThreads } from './chromiumThreads';
import { windowCpu } from './threadGroups';

const PAGE: PageArgs = { warmSeconds: 1, seconds: 5, changes: 20, cpuMark: '__benchCpuMark' };

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
  chromium: readonly number[],
  url: string,
  hidden: number[],
  compare: boolean,
): Promise<LoadFigures> {
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
  try {
    const page = await context.newPage();
    // tsx compiles with keepNames, so functions sent to the page call esbuild's __name helper.
    await page.addInitScript({ content: 'window.__name = (f) => f;' });
    // measureInPage awaits this at the frame window's start and end, so the threads are read
    // exactly around it (the page cannot read them; Node can, from /proc).
    const marks: Partial<Record<'start' | 'end', ThreadsSample>> = {};
    await page.exposeFunction(PAGE.cpuMark, (edge: 'start' | 'end') => {
      marks[edge] = sampleThreads(chromium);
    });
    await page.goto(url + hashFor(hidden, compare));
    // A first visit installs the service worker, which precaches every chunk and font (a few
    // hundred ms of CPU in the first seconds): the figures are those of a returning student.
    // `ready` never settles on a page that registers none: give up with why instead of hanging.
    const ready = await page.evaluate(() =>
      Promise.race([
        navigator.serviceWorker?.ready.then(() => true),
        new Promise<false>((resolve) => setTimeout(() => resolve(false), 30_000)),
      ]),
    );
    if (ready === false) {
      throw new Error(
        `${url}: no service worker after 30 s. Is it the app built with --mode e2e (dist-e2e/)?`,
      );
    }
    await page.getByRole('combobox', { name: 'Training speed' }).selectOption('max');
    await page.getByRole('button', { name: 'Play', exact: true }).click();
    const slider = await page
      .getByRole('slider', { name: 'Regularization strength λ', exact: true })
      .elementHandle();
    const counter = await page.getByTestId('epoch-counter').elementHandle();
    if (!slider || !counter) throw new Error('The λ slider or the epoch counter is missing.');
    const figures = await page.evaluate(measureInPage, {
      ...PAGE,
      slider: slider as ElementHandle<HTMLInputElement>,
      counter,
    });
    const { start, end } = marks;
    if (!start || !end) throw new Error('The page did not mark both ends of its window.');
    const seconds = (end.atMs - start.atMs) / 1000;
    return { page: figures, cpu: windowCpu(start.threads, end.threads, seconds) };
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

interface Build {
  label: string;
  server: PreviewServer;
}

/** Launches Chromium, and finds its browser process: the child of ours that the launch added. */
async function launch(pinned: string | null): Promise<{ browser: Browser; chromium: number[] }> {
  // launchChromium starts whatever CHROMIUM_PATH names (see scripts/ensure-chromium.mjs).
  const previous = process.env.CHROMIUM_PATH;
  if (pinned) process.env.CHROMIUM_PATH = pinned;
  const before = childPids();
  let browser: Browser;
  try {
    browser = await launchChromium();
  } finally {
    if (pinned) {
      if (previous === undefined) delete process.env.CHROMIUM_PATH;
      else process.env.CHROMIUM_PATH = previous;
    }
  }
  const chromium = newChildren(before);
  if (chromium.length === 0) {
    await browser.close();
    throw new Error('Chromium was launched but no new child process of this one was found.');
  }
  return { browser, chromium };
}

async function benchMode(
  builds: Build[],
  cases: typeof CASES,
  pinned: string | null,
  loads: number,
): Promise<void> {
  const { browser, chromium } = await launch(pinned);
  try {
    const cores = os.availableParallelism();
    console.log(
      pinned
        ? `\nChromium pinned to core 0 (taskset -c 0)`
        : `\nChromium unpinned (all ${cores} cores)`,
    );
    console.log(`before: ${loadLine()}`);
    const label = (c: string, b: Build) => (builds.length > 1 ? [c, b.label] : [c]);
    const head = builds.length > 1 ? ['case', 'build'] : ['case'];
    const pageRows = [pageHeader(head)];
    const cpuRows = [cpuHeader(head)];
    const ratioRows = [RATIO_HEADER];
    const all: LoadFigures[] = [];
    for (const c of cases) {
      const figs: LoadFigures[][] = builds.map(() => []);
      const order = loadOrder(loads, builds.length as 1 | 2);
      for (const [i, b] of order.entries()) {
        const build = builds[b]!;
        const which = builds.length > 1 ? ` (${build.label})` : '';
        process.stderr.write(`${c.name}: load ${i + 1}/${order.length}${which}\n`);
        figs[b]!.push(
          await loadAndMeasure(browser, chromium, build.server.url, c.hidden, c.compare),
        );
      }
      builds.forEach((b, k) => {
        pageRows.push(pageRow(label(c.name, b), figs[k]!));
        cpuRows.push(cpuRow(label(c.name, b), figs[k]!));
      });
      if (builds.length > 1) ratioRows.push(ratioRow(c.name, figs[0]!, figs[1]!));
      all.push(...figs.flat());
    }
    console.log(formatTable(pageRows));
    console.log(
      `\nCPU of Chromium's threads in the same windows, ms per second (1000 = one core busy):`,
    );
    console.log(formatTable(cpuRows));
    console.log(otherLine(all));
    console.log(churnLine(all));
    if (builds.length > 1) {
      console.log(
        `\n${builds[1]!.label} over ${builds[0]!.label}, per pair of adjacent loads, median (min–max):`,
      );
      console.log(formatTable(ratioRows));
    }
    console.log(`after: ${loadLine()}`);
  } finally {
    await browser.close();
  }
}

/**
 * The build --against names: DIR/dist-e2e when DIR is a checkout, else DIR itself (a checkout
 * has an index.html of its own, the source page, which preview serves as a page that never loads).
 */
function againstDir(dir: string): string {
  for (const candidate of [path.join(dir, 'dist-e2e'), dir]) {
    if (existsSync(path.join(candidate, 'index.html'))) return path.resolve(candidate);
  }
  throw new Error(
    `--against ${dir}: neither ${dir}/index.html nor ${dir}/dist-e2e/index.html exists. Build ` +
      'another commit with `git worktree add --detach /tmp/ab-base REV && ln -s ' +
      '"$PWD/node_modules" /tmp/ab-base/ && (cd /tmp/ab-base && npm run build:e2e)` (a build ' +
      'needs node_modules; --detach because REV may be a branch checked out elsewhere).',
  );
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      cores: { type: 'string', default: 'all' },
      loads: { type: 'string', default: '3' },
      against: { type: 'string' },
      only: { type: 'string' },
    },
  });
  const modes = { '1': ['1'], all: ['all'], both: ['all', '1'] }[values.cores];
  const loads = Number(values.loads);
  if (!modes || !Number.isInteger(loads) || loads < 1) {
    throw new Error(
      `--cores takes 1, all or both and --loads a whole number ≥ 1 (got --cores ${values.cores} --loads ${values.loads}).`,
    );
  }
  if (!procAvailable()) {
    throw new Error('bench:ui reads per-thread CPU from /proc/<pid>/task/*/schedstat: Linux only.');
  }
  const cases = CASES.filter((c) => values.only === undefined || c.name.includes(values.only));
  if (cases.length === 0) {
    throw new Error(
      `--only ${values.only}: no case's name contains it (${CASES.map((c) => c.name).join(', ')}).`,
    );
  }
  const against = values.against === undefined ? null : againstDir(values.against);
  const dir = mkdtempSync(path.join(os.tmpdir(), 'reglab-bench-ui-'));
  const builds: Build[] = [];
  try {
    builds.push({ label: 'this build', server: await startPreviewServer() });
    if (against) builds.push({ label: values.against!, server: await startPreviewServer(against) });
    console.log(machineLine());
    console.log(
      `Live page, headless Chromium, 1366×768, spiral with 250 training points, SGD batch 10, L2.`,
    );
    console.log(
      `Per load: ${PAGE.seconds} s window after ${PAGE.warmSeconds} s of warm-up, then ${PAGE.changes} λ changes.`,
    );
    console.log(
      `Median (min–max) over ${loads} loads${against ? ' per build, the builds alternating in pairs (A B, B A, …)' : ''}; long tasks are counted in the ${PAGE.seconds} s window; p50 and p95 per load.`,
    );
    if (against) console.log(`this build: ${path.resolve('dist-e2e')}; against: ${against}`);
    for (const mode of modes) {
      await benchMode(builds, cases, mode === '1' ? pinnedChromium(dir) : null, loads);
    }
  } finally {
    for (const b of builds) await b.server.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();

// `npm run bench:ui`: the live page in headless Chromium with training at full speed. Measures
// frames per second, long tasks (> 50 ms), epochs per second trained, and the delay from a slider
// change to the first painted frame that reflects it (median and p95). Medians over RUNS runs.
import type { Browser } from 'playwright-core';
import { launchChromium } from '../e2e/browser.ts';
import { startPreviewServer } from '../e2e/previewServer.ts';
import { defaultConfig } from '../workers/engine/config';

const RUNS = 3;
const SECONDS = 5;
const SLIDER_CHANGES = 20;

interface PageFigures {
  fps: number;
  longTasks: number;
  longestTaskMs: number;
  epochsPerSecond: number;
  latenciesMs: number[];
}

/** Four runs side by side (none vs L1 vs L2 vs elastic net), as the Compare menu makes them. */
const FOUR_RUNS = {
  mainLabel: 'compare.run.none',
  variants: (['l1', 'l2', 'elasticnet'] as const).map((kind) => ({
    label: kind,
    patch: { regularization: { kind } },
  })),
};

function hashFor(hidden: number[], compare = false): string {
  const c = defaultConfig();
  c.data = { ...c.data, dataset: 'spiral', samples: 250, split: { train: 1, val: 0, test: 0 } };
  c.model = { ...c.model, hidden };
  c.optimizer = { kind: 'sgd', learningRate: 0.03, batchSize: 10 };
  c.regularization = { ...c.regularization, kind: 'l2', lambda: 0.001 };
  const base = `#config=${encodeURIComponent(JSON.stringify(c))}`;
  return compare ? `${base}&compare=${encodeURIComponent(JSON.stringify(FOUR_RUNS))}` : base;
}

/** Runs in the page: measure while training at full speed, then time slider changes. */
async function measureInPage(args: { seconds: number; changes: number }): Promise<PageFigures> {
  type Lab = {
    getState(): {
      runs: Record<string, { epoch: number; updatesSent: number; updatesApplied: number }>;
    };
  };
  type Actions = {
    play(): void;
    setSpeed(s: number | null): void;
    editConfig(id: string, f: (c: { regularization: { lambda: number } }) => void): void;
  };
  const { lab, actions } = (window as unknown as { __reglab: { lab: Lab; actions: Actions } })
    .__reglab;
  const run = () => lab.getState().runs.main!;
  const nextFrame = () => new Promise<number>((r) => requestAnimationFrame(r));
  actions.setSpeed(null);
  actions.play();
  // Warm up: let the worker's kernels compile and the first frames arrive.
  const warm = performance.now();
  while (performance.now() - warm < 1000) await nextFrame();

  const longTasks: number[] = [];
  const observer = new PerformanceObserver((list) => {
    for (const e of list.getEntries()) longTasks.push(e.duration);
  });
  observer.observe({ type: 'longtask', buffered: false });
  const e0 = run().epoch;
  const t0 = performance.now();
  let frames = 0;
  while (performance.now() - t0 < args.seconds * 1000) {
    await nextFrame();
    frames++;
  }
  const dt = performance.now() - t0;
  const epochs = run().epoch - e0;

  // Slider changes: through the real range input when the controls exist.
  const slider = document.querySelector<HTMLInputElement>(
    'input[type=range][aria-label="Regularization strength λ"]',
  );
  const latenciesMs: number[] = [];
  for (let i = 0; i < args.changes; i++) {
    const target = run().updatesSent + 1;
    const t = performance.now();
    if (slider) {
      // React tracks the value property; the prototype's setter is what a real drag goes through.
      // eslint-disable-next-line @typescript-eslint/unbound-method -- called with the slider below
      const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
      setter.call(
        slider,
        String(
          Number(slider.min) + ((i % 7) + 3) * ((Number(slider.max) - Number(slider.min)) / 12),
        ),
      );
      slider.dispatchEvent(new Event('input', { bubbles: true }));
    } else {
      actions.editConfig('main', (c) => {
        c.regularization.lambda = 0.001 * (1 + (i % 5));
      });
    }
    while (run().updatesApplied < target) await nextFrame();
    latenciesMs.push(performance.now() - t);
    const pause = performance.now();
    while (performance.now() - pause < 100) await nextFrame();
  }
  observer.disconnect();
  return {
    fps: (frames * 1000) / dt,
    longTasks: longTasks.length,
    longestTaskMs: longTasks.length ? Math.max(...longTasks) : 0,
    epochsPerSecond: (epochs * 1000) / dt,
    latenciesMs,
  };
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

function percentile(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)]!;
}

async function benchNetwork(
  browser: Browser,
  url: string,
  hidden: number[],
  compare = false,
): Promise<PageFigures[]> {
  const results: PageFigures[] = [];
  for (let r = 0; r < RUNS; r++) {
    const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
    const page = await context.newPage();
    // tsx compiles with keepNames, so functions sent to the page call esbuild's __name helper.
    await page.addInitScript({ content: 'window.__name = (f) => f;' });
    await page.goto(url + hashFor(hidden, compare));
    await page.waitForFunction(() => '__reglab' in window);
    results.push(await page.evaluate(measureInPage, { seconds: SECONDS, changes: SLIDER_CHANGES }));
    await context.close();
  }
  return results;
}

async function main(): Promise<void> {
  const server = await startPreviewServer();
  const browser = await launchChromium();
  try {
    console.log(
      `Live page, headless Chromium, 1366×768, spiral with 250 training points, SGD batch 10.`,
    );
    console.log(
      `Medians over ${RUNS} page loads of ${SECONDS} s each; latency over ${SLIDER_CHANGES} λ changes per load.\n`,
    );
    console.log(
      'network          fps   long tasks  longest ms  epochs/s   slider→frame median ms  p95 ms',
    );
    const cases: { name: string; hidden: number[]; compare: boolean }[] = [
      { name: '[8,8]', hidden: [8, 8], compare: false },
      { name: '[8,8,8,8,8,8]', hidden: [8, 8, 8, 8, 8, 8], compare: false },
      { name: '4 runs [8,8]', hidden: [8, 8], compare: true },
    ];
    for (const { name, hidden, compare } of cases) {
      const figs = await benchNetwork(browser, server.url, hidden, compare);
      const lat = figs.flatMap((f) => f.latenciesMs);
      const row = [
        name.padEnd(15),
        median(figs.map((f) => f.fps))
          .toFixed(1)
          .padStart(5),
        String(median(figs.map((f) => f.longTasks))).padStart(12),
        median(figs.map((f) => f.longestTaskMs))
          .toFixed(0)
          .padStart(11),
        median(figs.map((f) => f.epochsPerSecond))
          .toFixed(0)
          .padStart(10),
        median(lat).toFixed(1).padStart(25),
        percentile(lat, 95).toFixed(1).padStart(7),
      ];
      console.log(row.join(' '));
    }
  } finally {
    await browser.close();
    await server.stop();
  }
}

await main();

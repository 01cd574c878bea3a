// What `npm run bench:ui` runs inside the page (sent by page.evaluate, so it imports nothing).
// It reads what the page shows wherever that is enough: frames by requestAnimationFrame, long
// tasks by PerformanceObserver, the epoch from the playback bar's counter ([data-testid=
// epoch-counter]), λ through the real slider (the one named "Regularization strength λ"). One
// thing the DOM cannot tell is which painted frame first reflects a slider change; for that it reads the test hook `window.__reglab.updatesApplied('main')` (config updates the
// latest frame reflects), which only the test build (`vite build --mode e2e`) has. Each slider
// change to a new value sends exactly one update to the main run. At the start and the end of the
// frame window it awaits a function the driver exposed (its name is `cpuMark`), which reads the
// CPU time of Chromium's threads from /proc: the page cannot see its own threads' CPU.

export interface PageFigures {
  fps: number;
  longTasks: number;
  longestTaskMs: number;
  epochsPerSecond: number;
  /** Slider change to the first painted frame that reflects it, one per change. */
  latenciesMs: number[];
}

export interface PageArgs {
  warmSeconds: number;
  seconds: number;
  changes: number;
  /** The name of the window function the driver exposed; called with 'start' and 'end'. */
  cpuMark: string;
}

/** The elements read and moved, found by their accessible names on the driver's side. */
export interface PageElements {
  counter: Element;
  slider: HTMLInputElement;
}

/** Training is already playing at full speed when this starts. */
export async function measureInPage(args: PageArgs & PageElements): Promise<PageFigures> {
  const hook = (window as unknown as { __reglab?: { updatesApplied?: (id: string) => number } })
    .__reglab;
  const updatesApplied = hook?.updatesApplied;
  if (typeof updatesApplied !== 'function') {
    throw new Error(
      'window.__reglab.updatesApplied is missing: bench:ui needs the test build (vite build --mode e2e).',
    );
  }
  const exposed = (window as unknown as Record<string, unknown>)[args.cpuMark];
  if (typeof exposed !== 'function') {
    throw new Error(
      `window.${args.cpuMark} is missing: the driver exposes it before the page loads.`,
    );
  }
  const cpuMark = exposed as (edge: 'start' | 'end') => Promise<void>;
  const { counter, slider } = args;
  const epoch = () => Number(counter.textContent);
  const nextFrame = () => new Promise<number>((r) => requestAnimationFrame(r));
  // Warm up: let the worker's kernels compile and the first frames arrive.
  const warm = performance.now();
  while (performance.now() - warm < args.warmSeconds * 1000) await nextFrame();

  const longTasks: number[] = [];
  const observer = new PerformanceObserver((list) => {
    for (const e of list.getEntries()) longTasks.push(e.duration);
  });
  observer.observe({ type: 'longtask', buffered: false });
  // The CPU window encloses the frame window by one round trip to the driver at each end (a few
  // ms in 5 s); the driver turns both into rates, so the difference only shifts what is averaged.
  await cpuMark('start');
  const e0 = epoch();
  const t0 = performance.now();
  let frames = 0;
  while (performance.now() - t0 < args.seconds * 1000) {
    await nextFrame();
    frames++;
  }
  const dt = performance.now() - t0;
  const epochs = epoch() - e0;
  await cpuMark('end');
  observer.disconnect();

  // React tracks the value property; the prototype's setter is what a real drag goes through.
  // eslint-disable-next-line @typescript-eslint/unbound-method -- called with the slider below
  const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
  const latenciesMs: number[] = [];
  const lo = Number(slider.min);
  const step = (Number(slider.max) - lo) / 12;
  for (let i = 0; i < args.changes; i++) {
    let value = String(lo + ((i % 7) + 3) * step);
    if (value === slider.value) value = String(lo + 2 * step);
    const target = updatesApplied('main') + 1;
    const t = performance.now();
    setValue.call(slider, value);
    slider.dispatchEvent(new Event('input', { bubbles: true }));
    while (updatesApplied('main') < target) {
      if (performance.now() - t > 20_000) {
        throw new Error(
          `No frame reflected λ change ${i + 1} within 20 s: the worker stopped answering.`,
        );
      }
      await nextFrame();
    }
    latenciesMs.push(performance.now() - t);
    const pause = performance.now();
    while (performance.now() - pause < 100) await nextFrame();
  }
  return {
    fps: (frames * 1000) / dt,
    longTasks: longTasks.length,
    longestTaskMs: longTasks.length ? Math.max(...longTasks) : 0,
    epochsPerSecond: (epochs * 1000) / dt,
    latenciesMs,
  };
}

// Where Chromium's CPU goes while the page trains: each thread's on-CPU time over the measured
// window, summed into a few groups. The groups were found by listing the threads of headless
// Chromium 156 (Debian) running the lab with their CPU over a few seconds:
//   - the page's renderer: its main thread (comm "chromium": Chromium names its threads but
//     leaves the main thread's name, which is the process's), "DedicatedWorker" (one per run),
//     "ThreadPoolForeg…" (raster: this Chromium rasters the renderer's tiles on its thread pool,
//     not on "CompositorTileWorker" threads as older ones did; V8's garbage collection and
//     compilation jobs run there too, and the name cannot tell them apart) and "Compositor";
//   - the GPU process (software output, as --disable-gpu): "VizCompositorTh…" (the display
//     compositor, which draws every frame) and its main thread;
//   - the browser process's main thread;
//   - everything else (IO threads, the network service, other renderers, the service worker's
//     thread, the browser's own "CompositorTileW…"): a few ms per second in all.
// The page's renderer is the one that used the most CPU in the window: headless Chromium keeps
// other renderers (a spare one, its own WebUI) that idle.

export interface ThreadSample {
  pid: number;
  tid: number;
  /** The thread's name (/proc/<pid>/task/<tid>/comm), at most 15 characters. */
  comm: string;
  /** Chromium's process type (procStat.processType). */
  processType: string;
  /** On-CPU nanoseconds since the thread started (schedstat's first field). */
  cpuNs: number;
}

export const GROUPS = [
  'page main',
  'workers',
  'renderer pool',
  'compositor',
  'viz',
  'GPU main',
  'browser main',
  'other',
] as const;
export type Group = (typeof GROUPS)[number];

export function threadGroup(t: ThreadSample, pageRenderer: number | null): Group {
  if (t.comm.startsWith('VizCompositor')) return 'viz';
  if (t.pid === pageRenderer) {
    if (t.tid === t.pid) return 'page main';
    if (t.comm.startsWith('DedicatedWorker')) return 'workers';
    if (t.comm.startsWith('ThreadPool') || t.comm.startsWith('CompositorTileW')) {
      return 'renderer pool';
    }
    if (t.comm === 'Compositor') return 'compositor';
  }
  if (t.tid === t.pid && t.processType === 'gpu-process') return 'GPU main';
  if (t.tid === t.pid && t.processType === 'browser') return 'browser main';
  return 'other';
}

export interface WindowCpu {
  /** CPU milliseconds per second of the window, by group. */
  msPerSecond: Record<Group, number>;
  totalMsPerSecond: number;
  /** The busiest threads outside the named groups, "name (process type)" → ms per second. */
  other: Map<string, number>;
  /** Threads that started within the window (counted whole: all their CPU is in the window). */
  appeared: number;
  /** Threads that ended within the window: their CPU after the first sample is not counted. */
  vanished: number;
}

const key = (t: ThreadSample) => `${t.pid}/${t.tid}`;

/**
 * The CPU each group used between two samples `seconds` apart. A thread is matched by pid and
 * tid; one that is only in the second sample started within the window, so all its time counts.
 * One that is only in the first ended, and /proc no longer has its last slice: it is left out and
 * counted in `vanished`. A thread that both started and ended within the window is invisible.
 */
export function windowCpu(
  before: readonly ThreadSample[],
  after: readonly ThreadSample[],
  seconds: number,
): WindowCpu {
  const start = new Map(before.map((t) => [key(t), t.cpuNs]));
  const used = after.map((t) => ({ t, ns: t.cpuNs - (start.get(key(t)) ?? 0) }));
  const appeared = after.filter((t) => !start.has(key(t))).length;
  const ended = new Set(after.map(key));
  const vanished = before.filter((t) => !ended.has(key(t))).length;

  const byProcess = new Map<number, number>();
  for (const { t, ns } of used) {
    if (t.processType === 'renderer') byProcess.set(t.pid, (byProcess.get(t.pid) ?? 0) + ns);
  }
  let pageRenderer: number | null = null;
  for (const [pid, ns] of byProcess) {
    if (pageRenderer === null || ns > byProcess.get(pageRenderer)!) pageRenderer = pid;
  }

  const msPerSecond = Object.fromEntries(GROUPS.map((g) => [g, 0])) as Record<Group, number>;
  const other = new Map<string, number>();
  let total = 0;
  for (const { t, ns } of used) {
    const ms = ns / 1e6 / seconds;
    const group = threadGroup(t, pageRenderer);
    msPerSecond[group] += ms;
    total += ms;
    if (group === 'other') {
      const name = `${t.comm} (${t.processType})`;
      other.set(name, (other.get(name) ?? 0) + ms);
    }
  }
  return { msPerSecond, totalMsPerSecond: total, other, appeared, vanished };
}

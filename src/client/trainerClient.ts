// The worker's lifecycle, in one place: it starts the worker on first use, forwards commands to
// it, acknowledges frames at the live picture's cadence (pictureCadence.ts: at most one frame is
// ever in flight, and the acknowledgement carries how the page's frames are keeping up), and replaces a
// worker that fails: with an error event, or silently (closed, or killed by the browser), which
// only a heartbeat notices. The only module that knows comlink exists; it knows nothing of the
// store: what a frame or a restart means for the page is the caller's business.
import * as Comlink from 'comlink';
import type { Frame, PageTiming, TrainerApi, TrainerPort } from '../../workers/contract';
import { forwardCalls } from './forwardCalls';
import { PageClock } from './pageClock';
import { PictureCadence } from './pictureCadence';

export interface ClientOptions {
  spawn: () => Worker;
  onFrame: (frame: Frame) => void;
  /**
   * A fresh worker replaced one that failed; the caller gives it the runs and playback again
   * through `port` (the same port as ever). Commands in flight to the old worker were rejected.
   */
  onRestart: (reason: string) => void;
  /** The worker failed several times in a row without sending a frame: no more restarts. */
  onGiveUp: (reason: string) => void;
  /** How often the page checks the worker still answers, and how long an answer may take. */
  heartbeatMs?: number;
  heartbeatTimeoutMs?: number;
}

export interface TrainerClient {
  port: TrainerPort;
  dispose(): void;
}

/** A command was in flight to a worker that failed; the restart notice has told the user. */
export class WorkerLostError extends Error {
  constructor(reason: string) {
    super(`The training worker stopped (${reason}).`);
  }
}

const MAX_RESTARTS_IN_A_ROW = 3;

function animationFrame(cb: (t: number) => void): void {
  if (typeof requestAnimationFrame === 'function') requestAnimationFrame(cb);
  else setTimeout(() => cb(performance.now()), 16);
}

export function createTrainerClient(options: ClientOptions): TrainerClient {
  const heartbeatMs = options.heartbeatMs ?? 1000;
  // Long enough that a worker merely starved of CPU on a loaded machine is not taken for lost (a
  // restart starts every run over), short enough that a closed one is noticed within seconds.
  const timeoutMs = options.heartbeatTimeoutMs ?? 8000;
  const clock = new PageClock(animationFrame, () => performance.now());
  const cadence = new PictureCadence(animationFrame);
  let worker: Worker | null = null;
  let remote: Comlink.Remote<TrainerApi> | null = null;
  let restarts = 0;
  let failed = false;
  let pingSent = -1;
  let heartbeat: ReturnType<typeof setInterval> | null = null;
  const pending = new Set<(e: Error) => void>();

  const listener = Comlink.proxy(async (frame: Frame): Promise<PageTiming> => {
    restarts = 0;
    clock.touch();
    try {
      options.onFrame(frame);
    } catch (e) {
      // Thrown back to the worker, the error would vanish there (it only needs the timing): say
      // it here, where the browser tests fail on any console error, and keep the stream going.
      console.error('A frame from the training worker could not be shown:', e);
    }
    await cadence.next();
    return clock.take();
  });

  function start(): Comlink.Remote<TrainerApi> {
    if (remote) return remote;
    const w = options.spawn();
    w.addEventListener('error', (e) => lost(e.message || 'it reported an error'));
    w.addEventListener('messageerror', () => lost('a message could not be read'));
    worker = w;
    remote = Comlink.wrap<TrainerApi>(w);
    void remote.subscribe(listener);
    heartbeat ??= setInterval(beat, heartbeatMs);
    return remote;
  }

  function beat(): void {
    if (!remote || (typeof document !== 'undefined' && document.hidden)) return;
    const now = performance.now();
    if (pingSent >= 0) {
      if (now - pingSent > timeoutMs) lost('it stopped answering');
      return;
    }
    pingSent = now;
    const current = remote;
    current.ping().then(
      () => {
        if (remote === current) pingSent = -1;
      },
      () => undefined,
    );
  }

  function stop(): void {
    if (remote) remote[Comlink.releaseProxy]();
    worker?.terminate();
    remote = null;
    worker = null;
    pingSent = -1;
  }

  function lost(reason: string): void {
    stop();
    const error = new WorkerLostError(reason);
    for (const reject of pending) reject(error);
    pending.clear();
    restarts++;
    if (restarts > MAX_RESTARTS_IN_A_ROW) {
      failed = true;
      if (heartbeat) clearInterval(heartbeat);
      heartbeat = null;
      options.onGiveUp(reason);
      return;
    }
    options.onRestart(reason);
  }

  const port = forwardCalls((name, args) => {
    if (failed) return Promise.reject(new WorkerLostError('it failed repeatedly'));
    // Whatever the command changes shows in the next picture, not after the cadence's wait.
    cadence.hurry();
    return new Promise((resolve, reject) => {
      pending.add(reject);
      const method = start()[name] as unknown as (...a: unknown[]) => Promise<unknown>;
      method(...args).then(
        (value) => {
          pending.delete(reject);
          resolve(value);
        },
        (e: unknown) => {
          pending.delete(reject);
          reject(e instanceof Error ? e : new Error(String(e)));
        },
      );
    });
  });

  return {
    port,
    dispose() {
      if (heartbeat) clearInterval(heartbeat);
      heartbeat = null;
      stop();
    },
  };
}

// The worker's lifecycle, at module level (React StrictMode runs effects twice; a worker must be
// created once). The only module that knows comlink exists. A crashed worker is replaced and
// given the runs again; frames are acknowledged on the next animation frame, so at most one
// frame is ever in flight.
import * as Comlink from 'comlink';
import type { ConfigV1 } from '../../workers/engine/config';
import type { RunExportV1 } from '../../workers/engine/runExport';
import type { Frame, InspectedEpoch, RunId, RunProblem, TrainerApi } from '../../workers/protocol';

export interface ClientEvents {
  onFrame: (frame: Frame) => void;
  /** The worker died; a new one was started and `runs()` re-created in it. */
  onRestart: (reason: string) => void;
  /** The runs to (re)create in a fresh worker, with the playback to resume. */
  runs: () => { id: RunId; config: ConfigV1 }[];
}

type Api = Comlink.Remote<TrainerApi>;

function nextAnimationFrame(): Promise<void> {
  return new Promise((resolve) => {
    if (typeof requestAnimationFrame === 'function') requestAnimationFrame(() => resolve());
    else setTimeout(resolve, 16);
  });
}

export class TrainerClient {
  private worker: Worker | null = null;
  private api: Api | null = null;
  private listener: ((frame: Frame) => Promise<void>) & Comlink.ProxyMarked;
  private restarts = 0;

  constructor(
    private readonly spawn: () => Worker,
    private readonly events: ClientEvents,
  ) {
    this.listener = Comlink.proxy(async (frame: Frame) => {
      this.restarts = 0;
      this.events.onFrame(frame);
      await nextAnimationFrame();
    });
  }

  /** The remote API, starting the worker on first use. */
  private remote(): Api {
    if (this.api) return this.api;
    const worker = this.spawn();
    worker.addEventListener('error', (e) => this.crashed(e.message || 'the worker stopped'));
    worker.addEventListener('messageerror', () => this.crashed('a message could not be read'));
    this.worker = worker;
    this.api = Comlink.wrap<TrainerApi>(worker);
    void this.api.subscribe(this.listener);
    return this.api;
  }

  private crashed(reason: string): void {
    this.dispose();
    this.restarts++;
    // Give up after repeated crashes in a row rather than loop: the page says so.
    if (this.restarts > 3) {
      this.events.onRestart(`failed: ${reason}`);
      return;
    }
    for (const { id, config } of this.events.runs()) void this.createRun(id, config);
    this.events.onRestart(reason);
  }

  dispose(): void {
    if (this.api) this.api[Comlink.releaseProxy]();
    this.worker?.terminate();
    this.api = null;
    this.worker = null;
  }

  createRun(id: RunId, config: ConfigV1): Promise<RunProblem | null> {
    return this.remote().createRun(id, config);
  }
  updateRun(id: RunId, config: ConfigV1): Promise<'live' | 'restart' | RunProblem> {
    return this.remote().updateRun(id, config);
  }
  disposeRun(id: RunId): Promise<void> {
    return this.remote().disposeRun(id);
  }
  play(): Promise<void> {
    return this.remote().play();
  }
  pause(): Promise<void> {
    return this.remote().pause();
  }
  step(epochs: number): Promise<void> {
    return this.remote().step(epochs);
  }
  reset(ids?: RunId[]): Promise<void> {
    return this.remote().reset(ids);
  }
  setSpeed(epochsPerSecond: number | null): Promise<void> {
    return this.remote().setSpeed(epochsPerSecond);
  }
  setGridSize(n: number): Promise<void> {
    return this.remote().setGridSize(n);
  }
  inspect(id: RunId, epoch: number): Promise<InspectedEpoch | null> {
    return this.remote().inspect(id, epoch);
  }
  /** Makes the worker throw from its loop: how tests prove the page survives a crash. */
  crashForTest(): Promise<void> {
    return this.remote().crashForTest();
  }
  exportRun(id: RunId): Promise<RunExportV1 | null> {
    return this.remote().exportRun(id);
  }
}

// The training service behind the worker: runs, the training loop in time slices, and frames.
// Testable by calling it directly (no Worker): trainer.worker.ts only exposes it through comlink.
import type { ConfigV1 } from './engine/config';
import type { ConfigPatch } from './engine/configPatch';
import { applyPatch } from './engine/configPatch';
import type { RunExportV1 } from './engine/runExport';
import { ChangeYield, YIELD_TICK_MS } from './changeYield';
import { DutyCycle } from './dutyCycle';
import { GridSize } from './gridSize';
import { checkedConfig } from './runConfig';
import { composeRuns } from './runFrame';
import { PlaybackClock, SpeedMeter } from './trainingClock';
import { ViewService } from './viewService';
import type { Run } from './trainSlice';
import { anyRunning, newRun, trainSlice } from './trainSlice';
import { findStableRate, trainsStably } from './stableRate';
import type {
  Frame,
  FrameListener,
  InspectedEpoch,
  PageTiming,
  Playback,
  RunId,
  RunProblem,
  StableRate,
  TrainerApi,
  ViewRequest,
} from './protocol';

/** Up to this speed every epoch is evaluated on all splits; faster, train and test are sampled. */
const FULL_EVALUATION_SPEED = 240;

export interface ServiceHooks {
  /** Marks buffers to transfer instead of copy (comlink.transfer in the worker). */
  transfer: <T>(value: T, buffers: Transferable[]) => T;
  now: () => number;
  /** Schedules a macrotask (a MessageChannel post in the worker: setTimeout clamps to 4 ms). */
  defer: (task: () => void, delayMs: number) => void;
}

export class TrainerService implements TrainerApi {
  protected readonly runs = new Map<RunId, Run>();
  /** Config updates applied per run id (kept across restarts, so the page can match its count). */
  private readonly updates = new Map<RunId, number>();
  private playback: Playback = { playing: false, speed: null, commands: 0 };
  private listener: FrameListener | null = null;
  private inFlight = false;
  private dirty = true;
  private seq = 0;
  /**
   * The last generation handed out, service-wide: a run disposed and created again under the same
   * id (every lesson's variants are v1, v2, …) must never repeat a generation the page saw, or the
   * page would take the new run's records for the old one's.
   */
  private generations = 0;
  /** The grid size the page asked for, and the one the frame budget allows (never below 128). */
  private readonly grid = new GridSize();
  private pendingSteps = 0;
  private looping = false;
  /** A control changed: the frame that shows it goes out before more training. */
  private urgent = false;
  private readonly clock = new PlaybackClock();
  private readonly meter = new SpeedMeter();
  protected readonly duty = new DutyCycle();
  private readonly changeYield = new ChangeYield();
  private probeRested = false;
  private epochsTrained = 0;
  /** Milliseconds spent composing frames since the last rest was worked out. */
  private composedMs = 0;
  private readonly views = new ViewService(
    { now: () => this.hooks.now(), defer: (task, ms) => this.hooks.defer(task, ms) },
    () => this.changed(),
  );

  constructor(private readonly hooks: ServiceHooks) {}

  createRun(id: RunId, config: ConfigV1): RunProblem | null {
    const checked = checkedConfig(() => config);
    if ('message' in checked) return checked;
    this.updates.set(id, 0);
    this.runs.set(id, newRun(checked.config, ++this.generations));
    this.changed(true);
    return null;
  }

  updateRun(id: RunId, patch: ConfigPatch): 'live' | 'restart' | RunProblem {
    this.updates.set(id, (this.updates.get(id) ?? 0) + 1);
    const run = this.runs.get(id);
    if (!run) return { message: `There is no run ${id} to update.`, key: null };
    const checked = checkedConfig(() => applyPatch(run.config, patch));
    if ('message' in checked) return checked;
    run.config = checked.config;
    if (run.trainer.update(checked.config) === 'live') {
      // The next frame shows the change: this run's boundary goes with it, whatever its turn.
      run.cursor.sentBoundary = null;
      this.changed(true);
      return 'live';
    }
    this.restart(run);
    return 'restart';
  }

  disposeRun(id: RunId): void {
    this.runs.delete(id);
    this.changed(true);
  }

  play(): void {
    this.playback = { ...this.playback, playing: true, commands: this.playback.commands + 1 };
    this.clock.reset(this.hooks.now());
    this.changed(true);
  }

  pause(): void {
    this.playback = { ...this.playback, playing: false, commands: this.playback.commands + 1 };
    this.pendingSteps = 0;
    this.changed(true);
  }

  step(epochs: number): void {
    this.pendingSteps += Math.max(0, Math.floor(epochs));
    this.changed();
  }

  reset(ids?: RunId[]): void {
    for (const [id, run] of this.runs) if (!ids || ids.includes(id)) this.restart(run);
    this.clock.reset(this.hooks.now());
    this.changed(true);
  }

  setSpeed(epochsPerSecond: number | null): void {
    const speed = epochsPerSecond === null ? null : Math.max(0.1, epochsPerSecond);
    this.playback = { ...this.playback, speed };
    this.clock.reset(this.hooks.now());
    this.changed(true);
  }

  setGridSize(n: number): void {
    this.grid.request(n);
    this.changed();
  }

  subscribe(listener: FrameListener): void {
    this.listener = listener;
    this.inFlight = false;
    // A new listener has not seen the runs' data yet (history already sent stays sent).
    for (const run of this.runs.values()) run.cursor.sentStart = false;
    this.changed();
  }

  unsubscribe(): void {
    this.listener = null;
  }

  setView(id: RunId, request: ViewRequest | null): void {
    this.views.set(id, request);
    this.changed(true);
  }

  ping(): number {
    return this.seq;
  }

  exportRun(id: RunId): RunExportV1 | null {
    const run = this.runs.get(id);
    if (!run) return null;
    return { ...run.trainer.toRunExport(), history: [] };
  }

  findStableLearningRate(id: RunId): Promise<StableRate> {
    const config = this.runs.get(id)?.config;
    if (!config) return Promise.resolve({ found: false, learningRate: null, tried: [] });
    const hooks = {
      now: this.hooks.now,
      pause: () => new Promise<void>((resume) => this.hooks.defer(resume, 0)),
    };
    return findStableRate(config, (c) => trainsStably(c, hooks));
  }

  inspect(id: RunId, epoch: number): InspectedEpoch | null {
    const run = this.runs.get(id);
    const found = run?.snapshots.inspect(epoch, this.grid.size);
    if (!run || !found) return null;
    const result = { ...found, generation: run.cursor.generation };
    return this.hooks.transfer(result, [
      result.grid.buffer,
      result.weights.buffer,
      result.wrong.buffer,
    ]);
  }

  private restart(run: Run): void {
    Object.assign(run, newRun(run.config, ++this.generations));
    this.changed();
  }

  /**
   * Something the page should see happened: make sure the loop runs to train or send a frame. A
   * control change (`urgent`) is shown first: its frame goes out now, or as soon as the page
   * acknowledges the one in flight, before any more training.
   */
  private changed(urgent = false): void {
    this.dirty = true;
    if (urgent) {
      this.urgent = true;
      this.changeYield.changed(this.hooks.now(), this.duty.duty < 1);
      this.sendFrame();
    }
    if (!this.looping) {
      this.looping = true;
      this.hooks.defer(() => this.tick(), 0);
    }
  }

  private tick(): void {
    const start = this.hooks.now();
    if (this.busy() && this.changeYield.yielding(start)) {
      // The page is drawing a control change on the core this worker shares (changeYield.ts).
      this.sendFrame();
      this.hooks.defer(() => this.tick(), YIELD_TICK_MS);
      return;
    }
    const probe = this.duty.probeLeft(start);
    if (probe > 0 && !this.probeRested && this.pendingSteps === 0) {
      // Resting for a probe (dutyCycle.ts), once: a timer that fires a little early does not
      // make a second rest. A frame still goes out for a control change.
      this.probeRested = true;
      this.sendFrame();
      this.hooks.defer(() => this.tick(), probe);
      return;
    }
    if (probe === 0) this.probeRested = false;
    const deadline = start + this.duty.sliceMs;
    let delay = 0;
    if (this.pendingSteps > 0) {
      this.pendingSteps -= this.train(this.pendingSteps, deadline, true);
    } else if (this.playback.playing && anyRunning(this.runs.values())) {
      const speed = this.playback.speed;
      if (speed === null) {
        this.train(Infinity, deadline, false);
      } else {
        const owed = this.clock.owed(start, speed);
        if (owed > 0) this.clock.credit(this.train(owed, deadline, speed <= FULL_EVALUATION_SPEED));
        else delay = this.clock.untilNext(start, speed);
      }
    }
    // Steps asked of runs that have all ended (budget, early stop, divergence) have nothing left
    // to train: kept, they would keep the loop ticking for ever.
    if (!anyRunning(this.runs.values())) this.pendingSteps = 0;
    // Every run reached its budget, stopped early or diverged: playback pauses by itself.
    if (this.playback.playing && this.runs.size > 0 && !anyRunning(this.runs.values())) {
      this.playback = { ...this.playback, playing: false };
      this.dirty = true;
    }
    // Rest in proportion to the time worked, training and composing this slice's frame (it was
    // left out: an [8×6] grid is 3 ms, four runs' grids more) and any frame sent on an
    // acknowledgement since, so the page keeps its frames (dutyCycle.ts).
    const composedBefore = this.composedMs;
    this.sendFrame();
    this.composedMs = 0;
    delay = Math.max(delay, this.duty.restMs(this.hooks.now() - start + composedBefore));
    if (this.busy()) this.hooks.defer(() => this.tick(), delay);
    else this.looping = false;
  }

  private busy(): boolean {
    return this.pendingSteps > 0 || (this.playback.playing && anyRunning(this.runs.values()));
  }

  /** One slice of training (trainSlice.ts); what it trains is new for the next frame. */
  private train(max: number, deadline: number, evaluateAll: boolean): number {
    const done = trainSlice(this.runs, max, deadline, evaluateAll, () => this.hooks.now());
    if (done > 0) {
      this.dirty = true;
      this.changeYield.trained();
    }
    this.epochsTrained += done;
    return done;
  }

  private sendFrame(): void {
    const listener = this.listener;
    if (!listener || this.inFlight || !this.dirty) return;
    this.dirty = false;
    this.urgent = false;
    const speed = this.meter.measure(this.hooks.now(), this.epochsTrained);
    const transfers: Transferable[] = [];
    const t0 = this.hooks.now();
    const seq = ++this.seq;
    this.changeYield.sent(seq);
    const { playing } = this.playback;
    const gridSize = this.grid.size;
    const at = { seq, playing, gridSize, epochsPerSecond: speed };
    const runs = composeRuns(this.runs, at, this.updates, transfers);
    // The grid size follows what a frame of boundaries costs: frames without one say nothing.
    if (runs.some((r) => r.boundary)) this.grid.adapt(this.hooks.now() - t0);
    this.views.attach(runs, this.runs, transfers);
    this.composedMs += this.hooks.now() - t0;
    const frame: Frame = { seq, playback: { ...this.playback }, runs };
    this.inFlight = true;
    const acknowledged = (drawn: boolean, timing?: PageTiming | void) => {
      this.inFlight = false;
      this.changeYield.acknowledged(drawn ? seq : undefined);
      this.duty.observe(timing, this.hooks.now());
      if (this.urgent) this.sendFrame();
      else if (this.dirty && !this.looping) this.changed();
    };
    Promise.resolve()
      .then(() => listener(this.hooks.transfer(frame, transfers)))
      .then(
        (timing) => acknowledged(true, timing),
        () => acknowledged(false),
      );
  }
}

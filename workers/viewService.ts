// The "why it works" views on the wire: the page asks for one view of a run (setView) and the
// view's data rides on that run's frames. A view is computed only for a frame that is being sent,
// and only when something it shows changed (the run trained, a config update, a restart, a new
// request). The heavy views take 25–400 ms, which the worker spends instead of training, so they
// run at a lower rate, not in slices: after a computation that took C ms the next waits at least
// max(200 ms, 4·C) while training (views take at most a fifth of the worker's time), and at least
// C after a new request (a slider dragged through K or the batch size gets an answer per step
// without starving training). A view that is due later wakes the loop itself, so the last change
// of a drag is always shown even when nothing trains. Every computation works on copies
// (workers/views never change the run); the results' typed arrays are fresh and transferred.
import type { Trainer } from './engine/trainer';
import type { RunFrame, RunId } from './protocol';
import type { Run } from './trainSlice';
import type {
  BatchNormNoise,
  BatchNormView,
  DecayComparison,
  DropoutEnsembleView,
  GeometryView,
  PairTrajectory,
  WeightLineView,
  WeightsOverTime,
} from './views';
import {
  batchNormNoise,
  batchNormView,
  decayComparison,
  defaultPair,
  dropoutEnsembleView,
  geometryView,
  pairTrajectory,
  storedSnapshots,
  weightLineView,
  weightParam,
  weightsOverTime,
} from './views';

// The results' types, for the page (through protocol.ts and the contract).
export type {
  BatchNormLayerStats,
  BatchNormNoise,
  BatchNormView,
  Closeness,
  ConstraintRegion,
  DecayComparison,
  DropoutEnsembleView,
  GeometryView,
  HistogramSeries,
  LineMinimum,
  PairTrajectory,
  PlaneGrid,
  PlaneMinimum,
  SoftThreshold,
  WeightLineView,
  WeightPlace,
  WeightsOverTime,
} from './views';

/** What the page asks to see. Weights are named by their index in RunFrame.weights. */
export type ViewRequest =
  | {
      view: 'geometry';
      /** The plane's two weights; default the two largest first-layer weights. */
      pair?: [number, number];
      /** The 1-D panel's weight; default the pair's first. */
      line?: number;
      /** A close look at the model: the window leaves the data-loss minimum out. */
      zoom?: boolean;
    }
  | { view: 'dropout-ensemble'; members: number; draw: number }
  | { view: 'batch-norm'; batchSize: number; draw: number }
  | { view: 'weights-over-time' };

export type ViewName = ViewRequest['view'];

export type ViewData =
  | {
      view: 'geometry';
      geometry: GeometryView;
      line: WeightLineView;
      trajectory: PairTrajectory;
    }
  | { view: 'dropout-ensemble'; ensemble: DropoutEnsembleView }
  | { view: 'batch-norm'; batch: BatchNormView; noise: BatchNormNoise }
  | { view: 'weights-over-time'; history: WeightsOverTime; decay: DecayComparison | null };

/** Why a view has nothing to show: the page words the known ones in the student's language. */
export type ViewProblemKind = 'no-batch-norm' | 'no-hidden-layer' | 'too-few-weights' | 'failed';

export interface ViewFrame {
  /** The request this answers. */
  request: ViewRequest;
  generation: number;
  epoch: number;
  data: ViewData | null;
  problem: { kind: ViewProblemKind; message: string } | null;
  /** Milliseconds the worker spent computing it. */
  computeMs: number;
}

/** Gaps between two computations of a view while training: at least this, and DUTY × its cost. */
export const MIN_INTERVAL_MS = 200;
export const DUTY = 4;
/** Grid cells per side of the views' maps (the boundary map's grid is finer; these are K-fold). */
export const VIEW_GRID = { geometry: 41, ensemble: 64, batchNorm: 64, noise: 32 } as const;
/** The batch sizes of the batch-norm noise curve (those the training split can fill). */
export const NOISE_SIZES = [2, 4, 8, 16, 32, 64, 128] as const;

interface Entry {
  request: ViewRequest;
  /** Increases with every request, so a new request is never mistaken for the last one. */
  token: number;
  /** What the last computation saw (generation, epoch, updates, token). */
  shown: string | null;
  lastAt: number;
  lastCost: number;
  requestChanged: boolean;
}

export interface ViewClock {
  now: () => number;
  defer: (task: () => void, delayMs: number) => void;
}

class ViewProblem extends Error {
  constructor(
    readonly kind: ViewProblemKind,
    message: string,
  ) {
    super(message);
  }
}

function paramOf(trainer: Trainer, index: number): number {
  const p = weightParam(trainer.layout, index);
  if (p < 0) {
    throw new ViewProblem(
      'failed',
      `Weight ${String(index).slice(0, 20)} does not exist: this model has ${trainer.layout.nWeights} weights (0 to ${trainer.layout.nWeights - 1}).`,
    );
  }
  return p;
}

function compute(run: Run, request: ViewRequest): ViewData {
  const t = run.trainer;
  switch (request.view) {
    case 'geometry': {
      if (t.layout.nWeights < 2) {
        throw new ViewProblem('too-few-weights', 'The geometry view needs at least two weights.');
      }
      // The default pair in index order, so its axes do not swap when the two trade places.
      const pair = request.pair
        ? ([paramOf(t, request.pair[0]), paramOf(t, request.pair[1])] as const)
        : defaultPair(t.layout, t.params).sort((x, y) => x - y);
      const window = request.zoom ? 'model' : 'all';
      const geometry = geometryView(t, { pair, gridSize: VIEW_GRID.geometry, window });
      const [a, b] = [geometry.pair[0].param, geometry.pair[1].param];
      const line = weightLineView(t, {
        param: request.line === undefined ? a : paramOf(t, request.line),
      });
      const trajectory = pairTrajectory(storedSnapshots(run.snapshots), [a, b]);
      return { view: 'geometry', geometry, line, trajectory };
    }
    case 'dropout-ensemble': {
      if (t.config.model.hidden.length === 0) {
        throw new ViewProblem('no-hidden-layer', 'Dropout needs a hidden layer to drop units of.');
      }
      const ensemble = dropoutEnsembleView(t, {
        members: request.members,
        draw: request.draw,
        gridSize: VIEW_GRID.ensemble,
      });
      return { view: 'dropout-ensemble', ensemble };
    }
    case 'batch-norm': {
      if (!t.config.model.batchNorm) {
        throw new ViewProblem('no-batch-norm', 'This model has no batch norm.');
      }
      const n = t.train.n;
      const batchSize = Math.max(2, Math.min(n, Math.round(request.batchSize)));
      const batch = batchNormView(t, {
        batchSize,
        draw: request.draw,
        gridSize: VIEW_GRID.batchNorm,
      });
      const sizes = NOISE_SIZES.filter((s) => s <= n);
      const noise = batchNormNoise(t, { sizes, gridSize: VIEW_GRID.noise });
      return { view: 'batch-norm', batch, noise };
    }
    case 'weights-over-time': {
      const history = weightsOverTime(
        t.layout,
        storedSnapshots(run.snapshots),
        t.earlyStoppingState(),
      );
      const decay = t.layout.nWeights > 0 ? decayComparison(t, { count: 5 }) : null;
      return { view: 'weights-over-time', history, decay };
    }
  }
}

/** Every typed array's buffer in a plain result (once each: a buffer listed twice cannot move). */
function collectBuffers(value: unknown, into: Set<ArrayBuffer>): void {
  if (ArrayBuffer.isView(value)) into.add(value.buffer as ArrayBuffer);
  else if (Array.isArray(value)) for (const v of value) collectBuffers(v, into);
  else if (value !== null && typeof value === 'object') {
    for (const v of Object.values(value)) collectBuffers(v, into);
  }
}

export class ViewService {
  private readonly entries = new Map<RunId, Entry>();
  private tokens = 0;
  private wakeAt = Infinity;

  /** `onDue` asks the service for a frame: a view waiting for its rate is due now. */
  constructor(
    private readonly clock: ViewClock,
    private readonly onDue: () => void,
  ) {}

  /** Shows a view of a run on its frames from now on; null stops it. */
  set(id: RunId, request: ViewRequest | null): void {
    if (request === null) {
      this.entries.delete(id);
      return;
    }
    const old = this.entries.get(id);
    this.entries.set(id, {
      request: structuredClone(request),
      token: ++this.tokens,
      shown: null,
      lastAt: old?.lastAt ?? -Infinity,
      lastCost: old?.lastCost ?? 0,
      requestChanged: true,
    });
  }

  /** The requested view of each frame's run, when one is due (see the header). */
  attach(frames: RunFrame[], runs: ReadonlyMap<RunId, Run>, transfers: Transferable[]): void {
    for (const frame of frames) {
      const entry = this.entries.get(frame.id);
      const run = runs.get(frame.id);
      if (entry && run) {
        const view = this.due(entry, run, frame);
        if (view) frame.view = this.transferred(view, transfers);
      }
    }
  }

  private due(entry: Entry, run: Run, frame: RunFrame): ViewFrame | null {
    const key = `${frame.generation}:${frame.epoch}:${frame.updates}:${entry.token}`;
    if (key === entry.shown) return null;
    const now = this.clock.now();
    const gap = entry.requestChanged
      ? entry.lastCost
      : Math.max(MIN_INTERVAL_MS, DUTY * entry.lastCost);
    const wait = entry.lastAt + gap - now;
    if (wait > 0) {
      this.wakeIn(now, wait);
      return null;
    }
    let data: ViewData | null = null;
    let problem: ViewFrame['problem'] = null;
    try {
      data = compute(run, entry.request);
    } catch (e) {
      const message = (e instanceof Error ? e.message : String(e)).slice(0, 300);
      problem = { kind: e instanceof ViewProblem ? e.kind : 'failed', message };
    }
    const end = this.clock.now();
    Object.assign(entry, { shown: key, lastAt: end, lastCost: end - now, requestChanged: false });
    const { generation, epoch } = frame;
    return { request: entry.request, generation, epoch, data, problem, computeMs: end - now };
  }

  private wakeIn(now: number, delayMs: number): void {
    // One wake-up pending at a time: the earliest one composes the frame that computes the view.
    if (now + delayMs >= this.wakeAt) return;
    this.wakeAt = now + delayMs;
    this.clock.defer(() => {
      this.wakeAt = Infinity;
      this.onDue();
    }, delayMs);
  }

  private transferred(view: ViewFrame, transfers: Transferable[]): ViewFrame {
    const buffers = new Set<ArrayBuffer>();
    collectBuffers(view.data, buffers);
    for (const b of buffers) if (!transfers.includes(b)) transfers.push(b);
    return view;
  }
}

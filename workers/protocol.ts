// The types both sides of the worker boundary share. `src/` imports them with `import type` only.
import type { ConfigV1, Point } from './engine/config';
import type { ConfigPatch } from './engine/configPatch';
import type {
  EarlyStoppingExport,
  HistoryRecord,
  RunExportV1,
  RunStatus,
} from './engine/runExport';
import type { ViewFrame, ViewRequest } from './viewService';
export type * from './viewService';

export type RunId = string;

/**
 * How the runs are trained: all runs share one clock, so side-by-side runs stay on the same epoch.
 * A run trains until its epoch budget (`config.epochs`); when no run is left training, playback
 * pauses by itself.
 */
export interface Playback {
  playing: boolean;
  /** Epochs per second per run; null trains as fast as the machine allows. */
  speed: number | null;
  /**
   * Play and pause commands the worker has received. The page trusts a pause the worker made
   * by itself only from a frame that has seen all of the page's commands, so a frame composed
   * before a click never undoes it.
   */
  commands: number;
}

/** One run's state in a frame. Big buffers are transferred, never copied. */
export interface RunFrame {
  id: RunId;
  /**
   * Increases whenever the run starts over (reset or a shape change): older history is void.
   * Unique across the service's runs, so a run created again under an old id starts a new one.
   */
  generation: number;
  epoch: number;
  status: RunStatus;
  divergedEpoch: number | null;
  /** History records not sent before, in order; `historyStart` is the first one's index. */
  history: HistoryRecord[];
  historyStart: number;
  earlyStopping: EarlyStoppingExport;
  /** All weights now, layer after layer, each layer [out][in] row-major. */
  weights: Float64Array;
  /** Layer widths from inputs to output, e.g. [2, 8, 8, 1]. */
  widths: number[];
  /** Sent with the first frame of a generation only: weights at initialization and the data. */
  start: RunStart | null;
  /**
   * The decision boundary at `epoch`, or null when this frame carries none: the page keeps
   * showing the last one it has. With three or four runs training side by side, each run's
   * boundary comes every other frame, two runs per frame in turn; a run's first frame, a restart,
   * a config change, a new status and every frame while paused carry it whatever the turn, and a
   * run whose boundary has not moved since the last one sent carries none (workers/boundaryTurn.ts).
   */
  boundary: RunBoundary | null;
  /** How many config updates for this run the worker has applied (the page counts those it sent). */
  updates: number;
  /** Measured training speed over the last second. */
  epochsPerSecond: number;
  /** The view the page asked for (setView), on frames where it was computed afresh. */
  view?: ViewFrame;
}

/** What only painting a run's decision boundary needs (the canvas, contour, marks and count). */
export interface RunBoundary {
  /** P(class 1) on a gridSize × gridSize grid, row 0 at the top (see GridEvaluator). */
  grid: Float32Array;
  gridSize: number;
  /**
   * The P = 0.5 contour of `grid` as an SVG path in grid cells (workers/boundaryContour.ts): the
   * page scales it to its plot (size / gridSize) instead of extracting it every frame.
   */
  contour: string;
  /**
   * 1 for each point the model gets wrong now (as accuracy counts), 0 otherwise: the training,
   * validation and test points one after the other, in the order of `start.points`.
   */
  wrong: Uint8Array;
  /** The last epoch's augmented training points (x1, x2, soft label) when augmenting, else null. */
  augmented: Float32Array | null;
}

export interface RunStart {
  initialWeights: Float64Array;
  inputs: string[];
  points: { train: Point[]; val: Point[]; test: Point[] };
}

export interface Frame {
  /** Increases by one per frame sent. */
  seq: number;
  playback: Playback;
  runs: RunFrame[];
}

/** A run as it was at a past epoch (the nearest stored one at or before the epoch asked for). */
export interface InspectedEpoch {
  generation: number;
  epoch: number;
  /** P(class 1) on a gridSize × gridSize grid, as in RunBoundary. */
  grid: Float32Array;
  gridSize: number;
  /** All weights at that epoch, laid out as RunFrame.weights. */
  weights: Float64Array;
  /** The points that epoch's model gets wrong, laid out as RunBoundary.wrong. */
  wrong: Uint8Array;
}

/**
 * How the page's frames went since its last acknowledgement: the worker takes only the time the
 * page leaves (see workers/dutyCycle.ts), so it needs to know when the page falls behind.
 */
export interface PageTiming {
  /** Animation frames the page drew since the last acknowledgement. */
  frames: number;
  /** The longest interval between two of them, in milliseconds (16.7 at 60 fps). */
  longestMs: number;
  /** Their mean interval, in milliseconds. */
  meanMs: number;
}

/**
 * Called by the worker with each frame; the returned promise is the acknowledgement, resolved at
 * the page's picture cadence (two animation frames, one after a command) with how its frames are
 * keeping up.
 */
export type FrameListener = (frame: Frame) => Promise<PageTiming | void> | PageTiming | void;

/** Thrown across the boundary when a config is rejected; `key` names the offending key. */
export interface RunProblem {
  message: string;
  key: string | null;
}

/**
 * A learning rate that trains a diverged run's config stably (see workers/stableRate.ts), or,
 * when none of the lower rates tried does, `found: false`: the learning rate is not the cause.
 */
export type StableRate =
  | { found: true; learningRate: number; tried: number[] }
  | { found: false; learningRate: null; tried: number[] };

/** The worker's API, exposed through comlink and also callable directly (no Worker) in tests. */
export interface TrainerApi {
  /** Starts (or replaces) a run. Resolves with a problem instead of throwing on a bad config. */
  createRun(id: RunId, config: ConfigV1): RunProblem | null;
  /**
   * Changes a run's config by a patch (only what changed: a λ step is a few bytes, the custom
   * points stay where they are): 'live' when the run absorbs it, 'restart' when it started over.
   */
  updateRun(id: RunId, patch: ConfigPatch): 'live' | 'restart' | RunProblem;
  disposeRun(id: RunId): void;
  play(): void;
  pause(): void;
  /** Trains every run by n epochs (while paused), then sends a frame. */
  step(epochs: number): void;
  /** Starts the given runs (all when omitted) over from their initial weights. */
  reset(ids?: RunId[]): void;
  setSpeed(epochsPerSecond: number | null): void;
  setGridSize(n: number): void;
  /** The boundary and weights at a past epoch (nearest stored at or before it), or null. */
  inspect(id: RunId, epoch: number): InspectedEpoch | null;
  /** Registers the frame listener. Only one frame is ever in flight: the next is sent after the
   * listener's promise resolves (the page resolves it at its picture cadence, src/client/pictureCadence.ts). */
  subscribe(listener: FrameListener): void;
  unsubscribe(): void;
  /** Shows a "why it works" view of a run on its frames (workers/viewService.ts); null stops it. */
  setView(id: RunId, request: ViewRequest | null): void;
  /** Answers at once (between two slices of training): the page's heartbeat. */
  ping(): number;
  /** The run as run export v1 (null for an unknown run). Its `history` is empty: frames have
   * already carried every record to the page, which merges its own copy in. */
  exportRun(id: RunId): RunExportV1 | null;
  /**
   * After a divergence: lowers the run's learning rate tenfold at a time until a fresh run of its
   * config trains its first epochs stably (headless, in slices, so the heartbeat still answers).
   * Changes nothing: the page applies the rate it answers.
   */
  findStableLearningRate(id: RunId): Promise<StableRate>;
}

/** What the page may call: everything but the frame subscription, which the client owns. */
export type TrainerCommands = Omit<TrainerApi, 'subscribe' | 'unsubscribe'>;

/** The commands as the page sees them across the boundary: each answers with a promise. */
export type TrainerPort = {
  [K in keyof TrainerCommands]: (
    ...args: Parameters<TrainerCommands[K]>
  ) => Promise<Awaited<ReturnType<TrainerCommands[K]>>>;
};

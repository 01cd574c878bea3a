// What controls do: edit the config (validated, mirrored to the URL hash, sent to the worker),
// drive playback, switch language. The one place that talks to the client.
import type { ConfigV1 } from '../../workers/engine/config';
import { ConfigError, validateConfig } from '../../workers/engine/validateConfig';
import type { RunExportV1 } from '../../workers/engine/runExport';
import type { RunId } from '../../workers/protocol';
import type { RunState } from './labStore';
import { applyFrame } from '../client/applyFrame';
import type { TrainerPort } from '../client/inProcessTrainer';
import { InProcessTrainer } from '../client/inProcessTrainer';
import { TrainerClient } from '../client/trainerClient';
import { usePresentation } from '../presentation/presentationStore';
import type { Comparison } from './configPatch';
import { applyPatch, variantId } from './configPatch';
import { dropHistory, historyOf } from './histories';
import { MAIN_RUN, newRunState, useLab } from './labStore';
import { requestEpoch, showLive } from './scrub';
import type { Lang } from './urlCodec';
import { decodeHash, encodeHash } from './urlCodec';

function spawnWorker(): Worker {
  return new Worker(new URL('../../workers/trainer.worker.ts', import.meta.url), {
    type: 'module',
  });
}

let client: TrainerPort | null = null;

/**
 * Trains in the page's own thread instead of a worker: for component tests under jsdom (which has
 * no Worker). Call before anything else touches the store's actions.
 */
export function trainInProcessForTests(): InProcessTrainer {
  const t = new InProcessTrainer(applyFrame);
  client = t;
  return t;
}

function trainer(): TrainerPort {
  client ??= new TrainerClient(spawnWorker, {
    onFrame: applyFrame,
    onRestart: (reason) => {
      const failed = reason.startsWith('failed');
      useLab.setState({
        notice: { kind: failed ? 'worker-failed' : 'worker-restarted', detail: reason },
      });
      // The new worker starts every run over and counts config updates from zero again; its
      // generations restart too, so the next frame must be taken as a new generation.
      useLab.setState((s) => ({
        runs: Object.fromEntries(
          Object.entries(s.runs).map(([id, r]) => [id, { ...r, updatesSent: 0, generation: -1 }]),
        ),
      }));
      if (!failed) void resumePlayback();
    },
    runs: () =>
      useLab.getState().runOrder.map((id) => ({ id, config: useLab.getState().runs[id]!.config })),
  });
  return client;
}

async function resumePlayback(): Promise<void> {
  const { playback } = useLab.getState();
  await trainer().setSpeed(playback.speed);
  if (playback.playing) await trainer().play();
}

/** Loads the state from the URL hash and starts the run(s). Called once at start-up. */
export function startLab(hash: string): void {
  const decoded = decodeHash(hash);
  useLab.setState({
    lang: decoded.lang,
    runs: { [MAIN_RUN]: newRunState(decoded.config) },
    runOrder: [MAIN_RUN],
    comparison: null,
    notice: decoded.problem
      ? {
          kind: decoded.problem.kind === 'malformed' ? 'link-malformed' : 'link-invalid',
          detail: decoded.problem.detail,
        }
      : null,
  });
  usePresentation.setState({ presenting: decoded.present ?? false });
  void trainer().createRun(MAIN_RUN, decoded.config);
  setComparison(decoded.comparison);
}

/** The hash that describes the current state. */
export function currentHash(): string {
  const s = useLab.getState();
  const present = usePresentation.getState().presenting;
  return encodeHash({
    config: s.runs[MAIN_RUN]!.config,
    lang: s.lang,
    comparison: s.comparison,
    present,
  });
}

export function writeHash(): void {
  if (typeof window === 'undefined') return;
  const hash = currentHash();
  if (window.location.hash !== hash) window.history.replaceState(null, '', hash);
}

/**
 * Edits a run's config. The edit is validated first: an invalid value is refused with a notice
 * naming the key, and the run keeps its current config.
 */
export function editConfig(id: RunId, edit: (draft: ConfigV1) => void): void {
  const run = useLab.getState().runs[id];
  if (!run) return;
  const draft = structuredClone(run.config);
  edit(draft);
  let config: ConfigV1;
  try {
    config = validateConfig(draft).config;
  } catch (e) {
    const detail = e instanceof ConfigError ? e.message : String(e);
    useLab.setState({ notice: { kind: 'config-rejected', detail } });
    return;
  }
  useLab.setState((s) => ({
    runs: {
      ...s.runs,
      [id]: { ...s.runs[id]!, config, problem: null, updatesSent: s.runs[id]!.updatesSent + 1 },
    },
  }));
  if (id === MAIN_RUN) {
    writeHash();
    syncVariants();
  }
  sendConfig(id, config);
}

function sendConfig(id: RunId, config: ConfigV1): void {
  void trainer()
    .updateRun(id, config)
    .then((result) => {
      if (typeof result === 'object') {
        useLab.setState((s) => ({
          runs: { ...s.runs, [id]: { ...s.runs[id]!, problem: result } },
        }));
      }
    });
}

export function play(): void {
  useLab.setState((s) => ({ playback: { ...s.playback, playing: true } }));
  void trainer().play();
}

export function pause(): void {
  useLab.setState((s) => ({ playback: { ...s.playback, playing: false } }));
  void trainer().pause();
}

export function stepEpochs(n: number): void {
  void trainer().step(n);
}

export function resetRuns(): void {
  void trainer().reset();
}

export function setSpeed(epochsPerSecond: number | null): void {
  useLab.setState((s) => ({ playback: { ...s.playback, speed: epochsPerSecond } }));
  void trainer().setSpeed(epochsPerSecond);
}

export function setGridSize(n: number): void {
  void trainer().setGridSize(n);
}

/**
 * The epoch scrubber: every run's boundary and weights as they were at `epoch` (the nearest
 * stored epoch at or before it); the curves go on live with a line at that epoch.
 */
export function showEpoch(epoch: number): void {
  requestEpoch(trainer(), useLab.getState().runOrder, epoch);
}

/** Back from the scrubber to the live run. */
export function showLiveEpoch(): void {
  showLive();
}

export function setLang(lang: Lang): void {
  useLab.setState({ lang });
  writeHash();
}

export function dismissNotice(): void {
  useLab.setState({ notice: null });
}

export function crashWorkerForTest(): void {
  void trainer().crashForTest();
}

/** The variants' configs: the main config with each variant's patch (invalid ones are skipped). */
function variantConfigs(main: ConfigV1, comparison: Comparison | null): ConfigV1[] {
  return (comparison?.variants ?? []).map((v) => validateConfig(applyPatch(main, v.patch)).config);
}

/** After the main config changed, every variant follows it (only its patch differs). */
function syncVariants(): void {
  const s = useLab.getState();
  if (!s.comparison) return;
  let configs: ConfigV1[];
  try {
    configs = variantConfigs(s.runs[MAIN_RUN]!.config, s.comparison);
  } catch (e) {
    useLab.setState({ notice: { kind: 'config-rejected', detail: String(e) } });
    return;
  }
  const runs = { ...s.runs };
  configs.forEach((config, i) => {
    const id = variantId(i);
    runs[id] = { ...runs[id]!, config, updatesSent: runs[id]!.updatesSent + 1 };
  });
  useLab.setState({ runs });
  configs.forEach((config, i) => sendConfig(variantId(i), config));
}

/**
 * Shows the main run side by side with one to three variants of it (null: the main run alone).
 * All runs share the data, the initial weights and the batch order; only the patch differs.
 */
export function setComparison(comparison: Comparison | null): void {
  showLive();
  const s = useLab.getState();
  const main = s.runs[MAIN_RUN]!.config;
  let configs: ConfigV1[];
  try {
    configs = variantConfigs(main, comparison);
  } catch (e) {
    const detail = e instanceof ConfigError ? e.message : String(e);
    useLab.setState({ notice: { kind: 'config-rejected', detail } });
    return;
  }
  for (const id of s.runOrder) {
    if (id !== MAIN_RUN) {
      void trainer().disposeRun(id);
      dropHistory(id);
    }
  }
  const runs: LabRuns = { [MAIN_RUN]: s.runs[MAIN_RUN]! };
  const ids = configs.map((config, i) => {
    const id = variantId(i);
    runs[id] = newRunState(config);
    void trainer().createRun(id, config);
    return id;
  });
  useLab.setState({
    runs,
    runOrder: [MAIN_RUN, ...ids],
    comparison: comparison && ids.length ? comparison : null,
  });
  // The variants start at epoch 0: start the main run over too, so all share the epoch axis.
  if (ids.length) void trainer().reset();
  writeHash();
}

type LabRuns = Record<RunId, RunState>;

export interface Lesson {
  config: ConfigV1;
  comparison?: Comparison | null;
}

/** Loads a lesson (a preset or an imported config): paused, from epoch 0, ready to play. */
export function loadLesson(lesson: Lesson): void {
  let config: ConfigV1;
  try {
    config = validateConfig(lesson.config).config;
  } catch (e) {
    const detail = e instanceof ConfigError ? e.message : String(e);
    useLab.setState({ notice: { kind: 'config-rejected', detail } });
    return;
  }
  pause();
  useLab.setState((s) => ({
    runs: {
      ...s.runs,
      [MAIN_RUN]: { ...s.runs[MAIN_RUN]!, config, updatesSent: s.runs[MAIN_RUN]!.updatesSent + 1 },
    },
  }));
  sendConfig(MAIN_RUN, config);
  setComparison(lesson.comparison ?? null);
  void trainer().reset();
}

/**
 * A run as run export v1: the model, data and early-stopping record from the worker, with the
 * history the page holds (frames carried every record here, so the worker's copy is empty).
 */
export async function exportRun(id: RunId = MAIN_RUN): Promise<RunExportV1 | null> {
  const exported = await trainer().exportRun(id);
  if (!exported) return null;
  const h = historyOf(id);
  const history = Array.from({ length: h.length }, (_, i) => h.record(i));
  return { ...exported, history };
}

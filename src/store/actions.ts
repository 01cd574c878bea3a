// What controls do: edit the config (validated, mirrored to the URL hash, sent to the worker),
// drive playback, switch language. The one place that talks to the client.
import type { ConfigV1 } from '../../workers/engine/config';
import { ConfigError, validateConfig } from '../../workers/engine/validateConfig';
import type { RunId } from '../../workers/protocol';
import { applyFrame } from '../client/applyFrame';
import type { TrainerPort } from '../client/inProcessTrainer';
import { InProcessTrainer } from '../client/inProcessTrainer';
import { TrainerClient } from '../client/trainerClient';
import { MAIN_RUN, newRunState, useLab } from './labStore';
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
    notice: decoded.problem
      ? {
          kind: decoded.problem.kind === 'malformed' ? 'link-malformed' : 'link-invalid',
          detail: decoded.problem.detail,
        }
      : null,
  });
  writeHash();
  void trainer().createRun(MAIN_RUN, decoded.config);
}

/** The hash that describes the current state. */
export function currentHash(): string {
  const s = useLab.getState();
  return encodeHash({ config: s.runs[MAIN_RUN]!.config, lang: s.lang });
}

function writeHash(): void {
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
  if (id === MAIN_RUN) writeHash();
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

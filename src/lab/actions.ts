// What controls do: edit the config (validated, mirrored to the URL hash, sent to the worker),
// drive playback, switch language. Sits above the stores and the client: neither imports this.
import type { ConfigV1, RunExportV1, RunId } from '../../workers/contract';
import { ConfigError, validateConfig } from '../../workers/contract';
import { usePresentation } from '../presentation/presentationStore';
import type { Comparison } from '../store/configPatch';
import { applyPatch, variantId } from '../store/configPatch';
import { dropHistory, historyOf } from '../store/histories';
import type { RunState } from '../store/labStore';
import { MAIN_RUN, newRunState, useLab } from '../store/labStore';
import { requestEpoch, showLive } from '../store/scrub';
import type { Lang } from '../store/urlCodec';
import { decodeHash, encodeHash } from '../store/urlCodec';
import { send, trainer } from './session';

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
  send(trainer().createRun(MAIN_RUN, decoded.config));
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
  send(
    trainer()
      .updateRun(id, config)
      .then((result) => {
        if (typeof result === 'object') {
          useLab.setState((s) => ({
            runs: { ...s.runs, [id]: { ...s.runs[id]!, problem: result } },
          }));
        }
      }),
  );
}

export function play(): void {
  useLab.setState((s) => ({ playback: { ...s.playback, playing: true } }));
  send(trainer().play());
}

export function pause(): void {
  useLab.setState((s) => ({ playback: { ...s.playback, playing: false } }));
  send(trainer().pause());
}

export function stepEpochs(n: number): void {
  send(trainer().step(n));
}

export function resetRuns(): void {
  send(trainer().reset());
}

export function setSpeed(epochsPerSecond: number | null): void {
  useLab.setState((s) => ({ playback: { ...s.playback, speed: epochsPerSecond } }));
  send(trainer().setSpeed(epochsPerSecond));
}

export function setGridSize(n: number): void {
  send(trainer().setGridSize(n));
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
  send(trainer().crashForTest());
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
      send(trainer().disposeRun(id));
      dropHistory(id);
    }
  }
  const runs: LabRuns = { [MAIN_RUN]: s.runs[MAIN_RUN]! };
  const ids = configs.map((config, i) => {
    const id = variantId(i);
    runs[id] = newRunState(config);
    send(trainer().createRun(id, config));
    return id;
  });
  useLab.setState({
    runs,
    runOrder: [MAIN_RUN, ...ids],
    comparison: comparison && ids.length ? comparison : null,
  });
  // The variants start at epoch 0: start the main run over too, so all share the epoch axis.
  if (ids.length) send(trainer().reset());
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
  send(trainer().reset());
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

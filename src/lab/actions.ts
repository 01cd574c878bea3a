// What the playback controls, the scrubber, the language switch and notices do. Sits above the
// stores and the client: neither imports this. The lab's configuration is in labConfig.ts.
import type { RunExportV1, RunId } from '../../workers/contract';
import { loadLanguage } from '../i18n';
import { historyOf } from '../store/histories';
import { MAIN_RUN, useLab } from '../store/labStore';
import { requestEpoch, showLive } from '../store/scrub';
import type { Lang } from '../store/urlCodec';
import { writeHash } from './hash';
import { send, setPlaying, trainer } from './session';

export function play(): void {
  setPlaying(true);
}

export function pause(): void {
  setPlaying(false);
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

/** Switches the page's language once its strings are loaded (Chinese is a chunk of its own). */
export function setLang(lang: Lang): void {
  void loadLanguage(lang).then(() => {
    useLab.setState({ lang });
    writeHash();
  });
}

export function dismissNotice(): void {
  useLab.setState({ notice: null });
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

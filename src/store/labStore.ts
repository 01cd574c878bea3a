// The page's state: runs (config and status), playback, language and notices. Set at most once
// per frame by the client; components select primitives or use useShallow.
import { create } from 'zustand';
import { defaultConfig } from '../../workers/contract';
import type { ConfigV1 } from '../../workers/contract';
import type { EarlyStoppingExport, RunStatus } from '../../workers/contract';
import type { RunId, RunProblem } from '../../workers/contract';
import type { Comparison } from './configPatch';
import type { Lang } from './urlCodec';

export const MAIN_RUN: RunId = 'main';

export interface RunState {
  config: ConfigV1;
  generation: number;
  epoch: number;
  status: RunStatus;
  divergedEpoch: number | null;
  earlyStopping: EarlyStoppingExport;
  epochsPerSecond: number;
  problem: RunProblem | null;
}

export type NoticeKind =
  | 'link-malformed'
  | 'link-invalid'
  | 'link-warnings'
  | 'worker-restarted'
  | 'worker-failed'
  | 'config-rejected'
  | 'import-warnings'
  | 'recovery-failed'
  | 'update-ready';

export interface Notice {
  kind: NoticeKind;
  /** The technical detail (for example the validator's message naming the key). */
  detail: string;
  /** The run of a comparison the notice is about (its label), if any. */
  run?: string;
}

export interface LabState {
  lang: Lang;
  runs: Record<RunId, RunState>;
  runOrder: RunId[];
  /** Side-by-side runs (main plus variants), or null for the single main run. */
  comparison: Comparison | null;
  /** What the user asked for (set at once, before the worker confirms). */
  playback: PagePlayback;
  /** Whether the worker was training when it sent the latest frame. */
  training: boolean;
  notice: Notice | null;
}

/** Playback as the page asked for it, and how many play/pause commands it has sent. */
export interface PagePlayback {
  playing: boolean;
  speed: number | null;
  commandsSent: number;
}

export function newRunState(config: ConfigV1): RunState {
  return {
    config,
    generation: 0,
    epoch: 0,
    status: 'running',
    divergedEpoch: null,
    earlyStopping: { bestEpoch: null, bestValLoss: null, stoppedEpoch: null, restored: false },
    epochsPerSecond: 0,
    problem: null,
  };
}

export const useLab = create<LabState>(() => ({
  lang: 'en',
  runs: { [MAIN_RUN]: newRunState(defaultConfig()) },
  runOrder: [MAIN_RUN],
  comparison: null,
  playback: { playing: false, speed: null, commandsSent: 0 },
  training: false,
  notice: null,
}));

/** The main run's config (what the controls edit). */
export function useMainConfig(): ConfigV1 {
  return useLab((s) => s.runs[MAIN_RUN]!.config);
}

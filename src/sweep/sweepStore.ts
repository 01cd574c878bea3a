// The page's sweep: the settings being edited, and the sweep that runs or ran (its spec and the
// points as they finish). Module level, like the lab's store: a sweep goes on in the background
// while its panel is closed.
import { create } from 'zustand';
import type {
  SweepExportV1,
  SweepPointFailure,
  SweepPointKey,
  SweepPointResult,
  SweepSpec,
} from '../../workers/contract';
import type { SweepSettings } from './sweepSettings';

export type SweepStatus = 'idle' | 'running' | 'done' | 'cancelled';

export interface SweepState {
  /** The settings in the panel's form; null until the panel first opens. */
  draft: SweepSettings | null;
  /** Why the settings cannot be swept (the sweep's own sentence), or null. */
  problem: { field: string; message: string } | null;
  status: SweepStatus;
  spec: SweepSpec | null;
  /** The settings the sweep ran with (what the link keeps once it finished). */
  settings: SweepSettings | null;
  /** Finished points, in the order they finished. */
  points: SweepPointResult[];
  failed: SweepPointFailure[];
  total: number;
  workers: number;
  /** performance.now() at the start and the end of the sweep. */
  startedAt: number;
  endedAt: number | null;
  /** The point whose model the panel shows. */
  selected: SweepPointKey | null;
  /** The sweep's data, once a worker sent it (the export and the point's boundary need it). */
  data: SweepExportV1['data'] | null;
}

export const useSweep = create<SweepState>(() => ({
  draft: null,
  problem: null,
  status: 'idle',
  spec: null,
  settings: null,
  points: [],
  failed: [],
  total: 0,
  workers: 0,
  startedAt: 0,
  endedAt: null,
  selected: null,
  data: null,
}));

/** Points ended so far, failed ones included. */
export const endedCount = (s: SweepState) => s.points.length + s.failed.length;

/** The finished point with this key, if any. */
export function pointOf(s: SweepState, key: SweepPointKey | null): SweepPointResult | null {
  if (!key) return null;
  return (
    s.points.find(
      (p) =>
        p.lambda === key.lambda && p.dropoutKeep === key.dropoutKeep && p.repeat === key.repeat,
    ) ?? null
  );
}

/** Seconds left at the pace so far; null before the first point ends. */
export function secondsLeft(s: SweepState, now: number): number | null {
  const ended = endedCount(s);
  if (s.status !== 'running' || ended === 0) return null;
  return (((now - s.startedAt) / ended) * (s.total - ended)) / 1000;
}

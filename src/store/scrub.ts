// The epoch scrubber's state: which epoch the user looks at (null: live), and per run the past
// frame the worker sent for it. Charts need no change for it: the frame store shows a scrubbed
// run's past frame in place of its live one, while history (the curves) keeps growing live.
import { createStore } from 'zustand/vanilla';
import { useStore } from 'zustand';
import type { InspectedEpoch, RunId } from '../../workers/contract';
import type { LatestFrame } from './frameStore';
import { frameStore } from './frameStore';

export interface ScrubState {
  /** The epoch asked for, or null while the charts follow the live run. */
  epoch: number | null;
  /** Per run, the past frame shown in place of the live one. */
  shown: Record<RunId, LatestFrame | undefined>;
}

export const scrubStore = createStore<ScrubState>(() => ({ epoch: null, shown: {} }));

export interface InspectPort {
  inspect(id: RunId, epoch: number): Promise<InspectedEpoch | null>;
}

/** The live frames with scrubbed runs' past frames in their place. */
export function overlayShown(
  live: Record<RunId, LatestFrame | undefined>,
): Record<RunId, LatestFrame | undefined> {
  const { shown, epoch } = scrubStore.getState();
  if (epoch === null) return live;
  const out = { ...live };
  for (const [id, past] of Object.entries(shown)) {
    // A run that started over has no such past: it shows live until the next request.
    if (past && live[id]?.generation === past.generation) out[id] = past;
  }
  return out;
}

function publish(): void {
  frameStore.setState((s) => {
    const frames = overlayShown(s.live);
    return { frames, paced: frames };
  });
}

let inFlight = false;
let queued: { ids: RunId[]; epoch: number } | null = null;

/**
 * Shows every listed run as it was at `epoch` (the nearest stored epoch at or before it). While a
 * request is out, only the latest of the next ones is kept: dragging never queues up work.
 */
export function requestEpoch(port: InspectPort, ids: RunId[], epoch: number): void {
  scrubStore.setState({ epoch });
  if (inFlight) {
    queued = { ids, epoch };
    return;
  }
  inFlight = true;
  void Promise.all(ids.map((id) => port.inspect(id, epoch).catch(() => null))).then((found) => {
    inFlight = false;
    if (scrubStore.getState().epoch !== null) {
      const live = frameStore.getState().live;
      const shown = { ...scrubStore.getState().shown };
      found.forEach((past, i) => {
        const id = ids[i]!;
        const now = live[id];
        if (!past || !now || now.generation !== past.generation) return;
        shown[id] = {
          ...now,
          epoch: past.epoch,
          grid: past.grid,
          gridSize: past.gridSize,
          weights: past.weights,
          augmented: null,
        };
      });
      scrubStore.setState({ shown });
      publish();
    }
    const next = queued;
    queued = null;
    if (next && scrubStore.getState().epoch !== null) requestEpoch(port, next.ids, next.epoch);
  });
}

/** Back to the live run. */
export function showLive(): void {
  queued = null;
  if (scrubStore.getState().epoch === null) return;
  scrubStore.setState({ epoch: null, shown: {} });
  publish();
}

/** The epoch whose frame a run shows now, or null when it shows live. */
export function useShownEpoch(id: RunId): number | null {
  return useStore(scrubStore, (s) => (s.epoch === null ? null : (s.shown[id]?.epoch ?? null)));
}

/** The epoch the scrubber asks for, or null while live. */
export function useScrubEpoch(): number | null {
  return useStore(scrubStore, (s) => s.epoch);
}

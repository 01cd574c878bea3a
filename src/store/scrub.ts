// The epoch scrubber: which epoch the user looks at (null: live), and per run the past picture the
// worker found for it. Charts need nothing special: frameStore's shownPicture puts a scrubbed run's
// past in place of its live picture, while the history (the curves) keeps growing live.
import { useStore } from 'zustand';
import type { InspectedEpoch, RunId } from '../../workers/contract';
import { frameStore, wrongBySplit } from './frameStore';

export interface InspectPort {
  inspect(id: RunId, epoch: number): Promise<InspectedEpoch | null>;
}

let inFlight = false;
let queued: { ids: RunId[]; epoch: number } | null = null;

/**
 * Shows every listed run as it was at `epoch` (the nearest stored epoch at or before it). While a
 * request is out, only the latest of the next ones is kept: dragging never queues up work.
 */
export function requestEpoch(port: InspectPort, ids: RunId[], epoch: number): void {
  frameStore.setState({ scrubEpoch: epoch });
  if (inFlight) {
    queued = { ids, epoch };
    return;
  }
  inFlight = true;
  void Promise.all(ids.map((id) => port.inspect(id, epoch).catch(() => null))).then((found) => {
    inFlight = false;
    const s = frameStore.getState();
    if (s.scrubEpoch !== null) {
      const past = { ...s.past };
      found.forEach((p, i) => {
        const id = ids[i]!;
        const live = s.live[id];
        if (p && live?.generation === p.generation) {
          past[id] = { ...p, wrong: wrongBySplit(p.wrong, live.points) };
        }
      });
      frameStore.setState({ past });
    }
    const next = queued;
    queued = null;
    if (next && frameStore.getState().scrubEpoch !== null) requestEpoch(port, next.ids, next.epoch);
  });
}

/** Back to the live runs. */
export function showLive(): void {
  queued = null;
  if (frameStore.getState().scrubEpoch === null) return;
  frameStore.setState({ scrubEpoch: null, past: {} });
}

/** The epoch whose picture a run shows now, or null when it shows live. */
export function useShownEpoch(id: RunId): number | null {
  return useStore(frameStore, (s) => {
    if (s.scrubEpoch === null) return null;
    const past = s.past[id];
    return past && past.generation === s.live[id]?.generation ? past.epoch : null;
  });
}

/** The epoch the scrubber asks for, or null while live. */
export function useScrubEpoch(): number | null {
  return useStore(frameStore, (s) => s.scrubEpoch);
}

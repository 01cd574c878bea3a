// Asks the worker for a view of a run while the component showing it is mounted, and reads the
// answers the frames carry. The request goes again when the run starts over or the worker was
// replaced (a fresh worker knows no views), so the view never silently stops.
import { useEffect } from 'react';
import { useStore } from 'zustand';
import type { ViewData, ViewFrame, ViewName, ViewRequest } from '../../workers/contract';
import { send, trainer } from '../lab/session';
import { frameStore } from '../store/frameStore';
import { useLab } from '../store/labStore';

/** A view frame whose data is the kind asked for. */
export type ViewFrameOf<V extends ViewName> = Omit<ViewFrame, 'data'> & {
  data: Extract<ViewData, { view: V }> | null;
};

/** Sends the request (again when it or the run's generation changes); stops the view on unmount. */
export function useViewRequest(runId: string, request: ViewRequest): void {
  const key = JSON.stringify(request);
  const generation = useLab((s) => s.runs[runId]?.generation ?? -1);
  useEffect(() => {
    send(trainer().setView(runId, JSON.parse(key) as ViewRequest));
  }, [runId, key, generation]);
  useEffect(() => () => send(trainer().setView(runId, null)), [runId]);
}

/** The latest view of the run the frames carried, if it is of this kind. */
export function useViewFrame<V extends ViewName>(
  runId: string,
  view: V,
): ViewFrameOf<V> | undefined {
  const frame = useStore(frameStore, (s) => s.views[runId]);
  return frame?.request.view === view ? (frame as ViewFrameOf<V>) : undefined;
}

export function useViewData<V extends ViewName>(
  runId: string,
  request: Extract<ViewRequest, { view: V }>,
): ViewFrameOf<V> | undefined {
  useViewRequest(runId, request);
  return useViewFrame(runId, request.view);
}

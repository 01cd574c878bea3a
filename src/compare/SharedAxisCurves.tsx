// A panel's loss curves on the comparison's shared epoch axis (0 to the latest epoch of any run).
// The axis end is read when the histories grow (paced to the charts' 10 Hz), never per frame:
// selecting the runs' live epoch here would re-render every panel at frame rate.
import { useStore } from 'zustand';
import { useShallow } from 'zustand/react/shallow';
import { LossCurves } from '../charts';
import { historyOf } from '../store/histories';
import { frameStore } from '../store/frameStore';

export function SharedAxisCurves({ runId, runIds }: { runId: string; runIds: string[] }) {
  // Subscribes to the histories' versions; the value itself is read from the columns below.
  useStore(
    frameStore,
    useShallow((s) => runIds.map((id) => s.chartTick[id] ?? -1)),
  );
  let epochMax = 0;
  for (const id of runIds) {
    const h = historyOf(id);
    if (h.length > 0) epochMax = Math.max(epochMax, h.get('epoch', h.length - 1));
  }
  return <LossCurves runId={runId} epochMax={epochMax} />;
}

// A panel's loss curves on the comparison's shared epoch axis (0 to the latest epoch of any run).
// A run that ended early (early stopping, divergence) while the others train on keeps its own
// axis, zoomed to its stop: on the shared axis it would shrink to a sliver at the left. The axis
// end is read when the histories grow (paced to the charts' 10 Hz), never per frame: selecting
// the runs' live epoch here would re-render every panel at frame rate.
import { useStore } from 'zustand';
import { useShallow } from 'zustand/react/shallow';
import { LossCurves } from '../charts';
import { useSay } from '../i18n/lazyStrings';
import { SIDE_BY_SIDE } from '../i18n/sideBySideStrings';
import { historyOf } from '../store/histories';
import { frameStore } from '../store/frameStore';
import { useLab } from '../store/labStore';

/** An ended run gets its own axis once the others have gone on to twice its length. */
const OWN_AXIS_RATIO = 2;

export function SharedAxisCurves({ runId, runIds }: { runId: string; runIds: string[] }) {
  const say = useSay(SIDE_BY_SIDE);
  const ended = useLab((s) => s.runs[runId]?.status !== 'running');
  // Re-renders with its own run's chart tick (the axis end is read from the columns below then):
  // following every run's tick would re-render all panels' curves whenever any one is due, and
  // undo the pacing that gives each frame at most one run's charts. An ended run's tick stands
  // still, so its panel follows the others' to keep the shared axis growing.
  useStore(
    frameStore,
    useShallow((s) => (ended ? runIds : [runId]).map((id) => s.chartTick[id] ?? -1)),
  );
  let epochMax = 0;
  for (const id of runIds) {
    const h = historyOf(id);
    if (h.length > 0) epochMax = Math.max(epochMax, h.get('epoch', h.length - 1));
  }
  const own = historyOf(runId);
  const last = own.length > 0 ? own.get('epoch', own.length - 1) : 0;
  const zoomed = ended && last > 0 && epochMax >= OWN_AXIS_RATIO * last;
  return (
    <>
      {zoomed && (
        <p className="chart-note" data-testid="own-axis-note">
          {say('compare.panel.ownAxis', { epoch: last, last: epochMax })}
        </p>
      )}
      <LossCurves runId={runId} epochMax={zoomed ? 0 : epochMax} />
    </>
  );
}

import { historyOf } from '../store/histories';
import { useChartTick } from '../store/frameStore';
import { useLab } from '../store/labStore';

/**
 * A run's history columns and their current length. The columns live outside React; the run's
 * chart tick (moved by the frames that re-render its charts) is what makes this re-render.
 */
export function useHistory(runId: string) {
  const version = useChartTick(runId);
  const generation = useLab((s) => s.runs[runId]?.generation ?? 0);
  const history = historyOf(runId);
  return { history, length: history.length, version, generation };
}

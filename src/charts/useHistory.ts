import { historyOf } from '../store/histories';
import { useLab } from '../store/labStore';

/**
 * A run's history columns and their current length. The columns live outside React; the run's
 * historyVersion (bumped by every frame that adds records) is what makes this re-render.
 */
export function useHistory(runId: string) {
  const version = useLab((s) => s.runs[runId]?.historyVersion ?? -1);
  const generation = useLab((s) => s.runs[runId]?.generation ?? 0);
  const history = historyOf(runId);
  return { history, length: history.length, version, generation };
}

// Each run's history columns live outside React state (they grow every frame); the run's
// run's `chartTick` in the frame store tells components when to read them again.
import type { RunId } from '../../workers/contract';
import { HistoryColumns } from './historyColumns';

const histories = new Map<RunId, HistoryColumns>();

export function historyOf(id: RunId): HistoryColumns {
  let h = histories.get(id);
  if (!h) {
    h = new HistoryColumns();
    histories.set(id, h);
  }
  return h;
}

export function dropHistory(id: RunId): void {
  histories.delete(id);
}

// A run's history as a CSV table: one column per HistoryRecord field, one row per epoch. Empty
// cells stand for null (a split with no points, or one not evaluated at that epoch).
import type { HistoryRecord } from '../../workers/contract';
import { HISTORY_FIELDS } from '../store/historyColumns';

export interface HistoryRows {
  length: number;
  record(i: number): HistoryRecord;
}

function cell(v: number | null): string {
  // Full precision (String keeps every digit a double has); a non-finite value is no measurement.
  return v === null || !Number.isFinite(v) ? '' : String(v);
}

export function historyCsv(history: HistoryRows): string {
  const lines = [HISTORY_FIELDS.join(',')];
  for (let i = 0; i < history.length; i++) {
    const r = history.record(i);
    lines.push(HISTORY_FIELDS.map((f) => cell(r[f])).join(','));
  }
  return `${lines.join('\n')}\n`;
}

import { describe, expect, it } from 'vitest';
import type { HistoryRecord } from '../../workers/contract';
import { HISTORY_FIELDS, HistoryColumns } from './historyColumns';

const record = (k: number): HistoryRecord => ({
  epoch: k,
  trainLoss: k + 0.1,
  valLoss: null,
  testLoss: k + 0.3,
  trainAcc: k + 0.4,
  valAcc: null,
  testAcc: k + 0.6,
  penalty: k + 0.7,
  zeroFraction: k + 0.8,
  l1Norm: k + 0.9,
  l2Norm: k + 0.95,
});

describe('HistoryColumns', () => {
  it('keeps every field of every record, through growth and a restart', () => {
    const h = new HistoryColumns();
    const records = Array.from({ length: 300 }, (_, k) => record(k));
    h.append(records.slice(0, 200), 0);
    h.append(records.slice(200), 200);
    expect(h.length).toBe(300);
    for (const k of [0, 199, 200, 299]) expect(h.record(k)).toEqual(records[k]);
    // Every column is written, none left at its initial 0.
    for (const f of HISTORY_FIELDS) expect(h.get(f, 299)).not.toBe(0);
    expect(h.restarts).toBe(0);
    h.clear();
    expect(h.restarts).toBe(1);
    h.append([record(7)], 0);
    expect(h.record(0)).toEqual(record(7));
  });

  it('refuses records that do not follow on', () => {
    const h = new HistoryColumns();
    h.append([record(1)], 0);
    expect(() => h.append([record(3)], 2)).toThrow(/cannot follow 1 records/);
  });
});

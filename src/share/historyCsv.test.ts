import { describe, expect, it } from 'vitest';
import type { HistoryRecord } from '../../workers/contract';
import { HistoryColumns } from '../store/historyColumns';
import { historyCsv } from './historyCsv';

function record(epoch: number, over: Partial<HistoryRecord> = {}): HistoryRecord {
  return {
    epoch,
    trainLoss: 0.5,
    valLoss: 0.25,
    testLoss: null,
    trainAcc: 0.75,
    valAcc: 1,
    testAcc: null,
    penalty: 0,
    zeroFraction: 0.125,
    l1Norm: 3,
    l2Norm: 1.5,
    ...over,
  };
}

describe('historyCsv', () => {
  it('writes a header of every record field and one row per epoch, null as an empty cell', () => {
    const h = new HistoryColumns();
    h.append([record(0), record(1, { trainLoss: 0.1234567890123, testLoss: 0.3 })], 0);
    const lines = historyCsv(h).split('\n');
    expect(lines[0]).toBe(
      'epoch,trainLoss,valLoss,testLoss,trainAcc,valAcc,testAcc,penalty,zeroFraction,l1Norm,l2Norm',
    );
    expect(lines[1]).toBe('0,0.5,0.25,,0.75,1,,0,0.125,3,1.5');
    expect(lines[2]).toBe('1,0.1234567890123,0.25,0.3,0.75,1,,0,0.125,3,1.5');
    expect(lines).toHaveLength(4); // the last line ends with a newline
    expect(lines[3]).toBe('');
  });

  it('gives only the header for an empty history', () => {
    expect(historyCsv(new HistoryColumns()).split('\n').filter(Boolean)).toHaveLength(1);
  });
});

import { describe, expect, it } from 'vitest';
import { formatLogTick, formatPercent, formatValue } from './format';
import { valueScale } from './valueScale';

describe('valueScale', () => {
  it('starts a linear loss axis at 0 and a log one at a power of ten below the smallest loss', () => {
    const lin = valueScale('loss', false, 0.004, 0.7, 300);
    expect(lin.ticks[0]).toBe(0);
    expect(lin(0)).toBe(300);
    const log = valueScale('loss', true, 0.04, 0.7, 300);
    expect(log.ticks).not.toContain(0);
    expect(log.ticks[0]).toBeCloseTo(0.01, 12);
    // Two decades: 1–2–5 steps.
    expect(log.ticks.map(log.format)).toEqual(['0.01', '0.02', '0.05', '0.1', '0.2', '0.5', '1']);
  });

  it('keeps only powers of ten over more than two decades', () => {
    const three = valueScale('loss', true, 0.004, 0.7, 300);
    expect(three.ticks.map(three.format)).toEqual(['0.001', '0.01', '0.1', '1']);
    const log = valueScale('loss', true, 1e-6, 2, 300);
    expect(log.ticks.map(log.format)).toEqual([
      '1e-6',
      '1e-5',
      '1e-4',
      '0.001',
      '0.01',
      '0.1',
      '1',
      '10',
    ]);
  });

  it('shows accuracy from 0 to 100%', () => {
    const acc = valueScale('accuracy', false, 0.5, 0.9, 300);
    expect(acc.ticks.map(acc.format)).toContain('100%');
    expect(acc(1)).toBe(0);
  });
});

describe('formats', () => {
  it('reads like a lab notebook', () => {
    expect(formatValue(0.123456)).toBe('0.123');
    expect(formatValue(NaN)).toBe('—');
    expect(formatPercent(0.955)).toBe('95.5%');
    expect(formatLogTick(0.05)).toBe('0.05');
    expect(formatLogTick(1e5)).toBe('1e5');
  });
});

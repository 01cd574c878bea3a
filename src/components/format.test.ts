import { describe, expect, it } from 'vitest';
import { decimalsOf, formatSignificant, parseNumber, roundToStep } from './format';

describe('number formatting for students', () => {
  it('writes plain decimals, never exponents', () => {
    expect(formatSignificant(1e-5)).toBe('0.00001');
    expect(formatSignificant(1e-7)).toBe('0.0000001');
    expect(formatSignificant(0.00316227766)).toBe('0.00316');
    expect(formatSignificant(0.003, 6)).toBe('0.003');
    expect(formatSignificant(10)).toBe('10');
    expect(formatSignificant(0)).toBe('0');
  });

  it('rounds slider values to their step', () => {
    expect(decimalsOf(0.05)).toBe(2);
    expect(decimalsOf(5)).toBe(0);
    expect(roundToStep(0.6000000000000001, 0.05)).toBe(0.6);
  });

  it('reads typed numbers, including a decimal comma, and refuses the rest', () => {
    expect(parseNumber('0.003')).toBe(0.003);
    expect(parseNumber(' 3e-3 ')).toBe(0.003);
    expect(parseNumber('.5')).toBe(0.5);
    expect(parseNumber('0,5')).toBe(0.5);
    expect(parseNumber('')).toBeNull();
    expect(parseNumber('abc')).toBeNull();
    expect(parseNumber('0x10')).toBeNull();
    expect(parseNumber('1,000.5')).toBeNull();
    expect(parseNumber('Infinity')).toBeNull();
  });
});

import { scaleLinear } from 'd3-scale';
import { describe, expect, it } from 'vitest';
import type { AxisProps } from './axis';
import { sameAxis } from './axis';

const axis = (domain: [number, number], width = 200, format = (v: number) => String(v)) => {
  const s = scaleLinear().domain(domain).range([0, width]);
  return (over: Partial<AxisProps> = {}): AxisProps => ({
    scale: Object.assign((v: number) => s(v), { range: () => s.range() }),
    orient: 'bottom',
    ticks: s.ticks(5),
    format,
    label: 'Epoch',
    ...over,
  });
};

describe('sameAxis', () => {
  it('holds for two scales built alike: the same ticks at the same pixels with the same labels', () => {
    expect(sameAxis(axis([0, 10])(), axis([0, 10])())).toBe(true);
  });

  it('fails when a tick moves, the range or a label changes, or the axis is placed elsewhere', () => {
    const a = axis([0, 10])();
    expect(sameAxis(a, axis([0, 11])())).toBe(false);
    expect(sameAxis(a, axis([0, 10], 201)())).toBe(false);
    expect(sameAxis(a, axis([0, 10], 200, (v) => `${v}%`)())).toBe(false);
    expect(sameAxis(a, axis([0, 10])({ label: 'Epoch (log)' }))).toBe(false);
    expect(sameAxis(a, axis([0, 10])({ offset: 4 }))).toBe(false);
    expect(sameAxis(a, axis([0, 10])({ gridLength: 100 }))).toBe(false);
    expect(sameAxis(a, axis([0, 10])({ orient: 'left' }))).toBe(false);
  });
});

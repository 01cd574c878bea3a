import { describe, expect, it } from 'vitest';
import { drawnRows } from './decimate';

describe('drawnRows', () => {
  it('draws every row of a short history and rounds a huge one to a stride', () => {
    expect(drawnRows(1234, 600)).toBe(1234);
    const rows = drawnRows(1_000_003, 600);
    expect(rows).toBeLessThanOrEqual(1_000_003);
    expect(1_000_003 - rows).toBeLessThan(1_000_003 / 2400 + 1);
  });
});

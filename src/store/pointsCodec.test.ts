import { describe, expect, it } from 'vitest';
import type { CustomPoint } from '../../workers/contract';
import { decodePoints, encodePoints } from './pointsCodec';

describe('points in a link, with the split a row names', () => {
  it('carries the split of each row in both record kinds, at no extra length', () => {
    const rows: CustomPoint[] = [
      [1.5, -2.25, 1, 'train'],
      [0.1234567, 2, 0, 'val'],
      [-6, 6, 1, 'test'],
      [3, 3, 0],
      [Math.PI, -Math.E, 1],
    ];
    const packed = encodePoints(rows)!;
    expect(decodePoints(packed)).toEqual(rows);
    const plain = encodePoints(rows.map((r) => [r[0], r[1], r[2]]))!;
    expect(packed.length).toBe(plain.length);
  });

  it('reads a link written before rows had a split as rows of three', () => {
    // Packed by the codec before the split bits existed.
    expect(decodePoints('AcbWH0CGWRV8ARgtRFT7IQlAAAAAAAAA8L8')).toEqual([
      [1, 2, 1],
      [0.5, -0.5, 0],
      [Math.PI, -1, 1],
    ]);
  });

  it('packs nothing it cannot read back: an unknown split or a fifth element', () => {
    const bad = [[1, 2, 1, 'holdout']] as unknown as CustomPoint[];
    expect(encodePoints(bad)).toBeNull();
    const long = [[1, 2, 1, 'train', 0]] as unknown as CustomPoint[];
    expect(encodePoints(long)).toBeNull();
  });
});

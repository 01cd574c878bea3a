import { describe, expect, it } from 'vitest';
import { GridSize } from './gridSize';

describe('GridSize', () => {
  it('starts at 128 and takes the page’s wish clamped to 16…384, never finer than it already is', () => {
    const g = new GridSize();
    expect(g.size).toBe(128);
    g.request(1000);
    expect(g.size).toBe(128); // refined frame by frame, not at once
    g.request(64.4);
    expect(g.size).toBe(64);
    g.request(2);
    expect(g.size).toBe(16);
  });

  it('refines towards the wish while frames compose fast, and coarsens (to 128) when slow', () => {
    const g = new GridSize();
    g.request(384);
    const sizes: number[] = [];
    for (let i = 0; i < 6; i++) {
      g.adapt(1);
      sizes.push(g.size);
    }
    expect(sizes).toEqual([160, 200, 250, 313, 384, 384]);
    g.adapt(4); // between the two thresholds: stays
    expect(g.size).toBe(384);
    for (let i = 0; i < 8; i++) g.adapt(10);
    expect(g.size).toBe(128);
  });

  it('never coarsens below a wish smaller than 128', () => {
    const g = new GridSize();
    g.request(100);
    g.adapt(50);
    expect(g.size).toBe(100);
  });
});

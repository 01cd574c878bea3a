import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../../workers/contract';
import { Trainer } from '../../workers/engine/trainer';
import { weightIndex, weightParam, weightPlace } from '../../workers/views';
import { indexOfPlace, weightNames } from './weightNames';

describe('weight names', () => {
  it('name every weight by its units, in the order of the frame’s weights', () => {
    const names = weightNames([2, 3, 1], ['x1', 'x2']);
    expect(names.map((n) => n.label)).toEqual([
      'x1 → h1₁',
      'x2 → h1₁',
      'x1 → h1₂',
      'x2 → h1₂',
      'x1 → h1₃',
      'x2 → h1₃',
      'h1₁ → out',
      'h1₂ → out',
      'h1₃ → out',
    ]);
    expect(names.map((n) => n.index)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8]);
  });

  it('find a weight the worker names by its place', () => {
    const widths = [2, 3, 4, 1];
    for (const n of weightNames(widths, ['x1', 'x2'])) {
      expect(indexOfPlace(widths, { param: -1, layer: n.layer, from: n.from, to: n.to })).toBe(
        n.index,
      );
    }
  });

  it('agree with the worker’s places and indices of a real network (with batch norm)', () => {
    const c = defaultConfig();
    c.model = { ...c.model, hidden: [3, 4], batchNorm: true };
    const layout = new Trainer(c).layout;
    const widths = [2, 3, 4, 1];
    const names = weightNames(widths, ['x1', 'x2']);
    expect(names.length).toBe(layout.nWeights);
    for (const n of names) {
      const param = weightParam(layout, n.index);
      const place = weightPlace(layout, param)!;
      expect([place.layer, place.from, place.to]).toEqual([n.layer, n.from, n.to]);
      expect(weightIndex(layout, param)).toBe(n.index);
      expect(indexOfPlace(widths, place)).toBe(n.index);
    }
    expect(weightParam(layout, layout.nWeights)).toBe(-1);
  });
});

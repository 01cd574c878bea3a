import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../engine/config';
import {
  MAX_SWEEP_POINTS,
  SweepSpecError,
  pointConfig,
  sweepGrid,
  validateSweepSpec,
} from './sweepSpec';
import { smallSweepConfig } from './sweepTesting';

function errorOf(fn: () => unknown): SweepSpecError {
  try {
    fn();
  } catch (err) {
    if (err instanceof SweepSpecError) return err;
    throw err;
  }
  throw new Error('no SweepSpecError thrown');
}

describe('validateSweepSpec', () => {
  it('fills the axes that are not swept with the config values and sorts the swept ones', () => {
    const config = smallSweepConfig();
    const { spec, warnings } = validateSweepSpec({ config, lambda: [0.01, 0, 0.001] });
    expect(spec.lambda).toEqual([0, 0.001, 0.01]);
    expect(spec.dropoutKeep).toEqual([1]);
    expect(spec.repeats).toBe(1);
    expect(spec.config).toEqual(config);
    expect(warnings).toEqual([]);
  });

  it('completes the config with defaults and passes its warnings on', () => {
    const { spec, warnings } = validateSweepSpec({
      config: { epochs: 20, regularization: { kind: 'l2' }, modle: {} },
      lambda: [0, 0.1],
    });
    expect(spec.config.model).toEqual(defaultConfig().model);
    expect(warnings).toEqual(['Unknown key modle was ignored.']);
  });

  it.each([
    [
      { lambda: 0.1 },
      'lambda',
      'lambda must be a list of values such as [0, 0.001, 0.01] (got 0.1).',
    ],
    [{ lambda: [] }, 'lambda', 'lambda must hold 1 to 30 values (got 0).'],
    [
      { lambda: [0, 11] },
      'lambda',
      'lambda[1] = 11 cannot be used: regularization.lambda must be a number from 0 to 10 (got 11).',
    ],
    [{ lambda: [0, 'x'] }, 'lambda', 'lambda[1] = "x" cannot be used: it is not a number.'],
    [{ lambda: [0.1, 0, 0.1] }, 'lambda', 'lambda lists 0.1 twice; give each value once.'],
    [
      { dropoutKeep: [1, 0] },
      'dropoutKeep',
      'dropoutKeep[1] = 0 cannot be used: model.dropoutKeep must be a number from 0.05 to 1 (got 0).',
    ],
    [{ repeats: 6 }, 'repeats', 'repeats must be a whole number from 1 to 5 (got 6).'],
    [{ repeats: 1.5 }, 'repeats', 'repeats must be a whole number from 1 to 5 (got 1.5).'],
  ])('names the field of a bad axis or repeat count: %j', (input, field, message) => {
    const err = errorOf(() => validateSweepSpec({ config: smallSweepConfig(), ...input }));
    expect(err.field).toBe(field);
    expect(err.message).toBe(message);
  });

  it('shortens a huge echoed value', () => {
    const err = errorOf(() =>
      validateSweepSpec({ config: smallSweepConfig(), lambda: ['y'.repeat(100_000)] }),
    );
    expect(err.message.length).toBeLessThan(120);
  });

  it('reports an invalid config as the config field with its own message', () => {
    const err = errorOf(() => validateSweepSpec({ config: { epochs: -1 } }));
    expect(err.field).toBe('config');
    expect(err.message).toBe('epochs must be a whole number from 1 to 100000 (got -1).');
  });

  it('refuses to sweep λ without a penalty, or p without a hidden layer', () => {
    const none = smallSweepConfig();
    none.regularization.kind = 'none';
    expect(errorOf(() => validateSweepSpec({ config: none, lambda: [0, 0.1] })).field).toBe(
      'lambda',
    );
    // Not sweeping λ is fine whatever the penalty.
    expect(validateSweepSpec({ config: none, dropoutKeep: [0.5, 1] }).spec.lambda).toEqual([
      none.regularization.lambda,
    ]);
    const flat = smallSweepConfig();
    flat.model.hidden = [];
    const err = errorOf(() => validateSweepSpec({ config: flat, dropoutKeep: [0.5, 1] }));
    expect(err.field).toBe('dropoutKeep');
    expect(err.message).toContain('model.hidden is []');
  });

  it('refuses a grid of more than MAX_SWEEP_POINTS points', () => {
    const lambda = Array.from({ length: 30 }, (_, i) => i / 100);
    const dropoutKeep = Array.from({ length: 4 }, (_, i) => 1 - i / 10);
    const err = errorOf(() =>
      validateSweepSpec({ config: smallSweepConfig(), lambda, dropoutKeep, repeats: 5 }),
    );
    expect(err.field).toBe('');
    expect(err.message).toBe(
      `The sweep has 30 λ × 4 p × 5 repeats = 600 points; at most ${MAX_SWEEP_POINTS} are ` +
        'allowed: use fewer values or repeats.',
    );
  });
});

describe('sweepGrid and pointConfig', () => {
  it('lists every point once, λ then p then the repeat', () => {
    const { spec } = validateSweepSpec({
      config: smallSweepConfig(),
      lambda: [0.1, 0],
      dropoutKeep: [1, 0.5],
      repeats: 2,
    });
    expect(sweepGrid(spec).map((k) => [k.lambda, k.dropoutKeep, k.repeat])).toEqual([
      [0, 0.5, 0],
      [0, 0.5, 1],
      [0, 1, 0],
      [0, 1, 1],
      [0.1, 0.5, 0],
      [0.1, 0.5, 1],
      [0.1, 1, 0],
      [0.1, 1, 1],
    ]);
  });

  it('changes only λ and p in the point config', () => {
    const { spec } = validateSweepSpec({ config: smallSweepConfig(), lambda: [0, 0.2] });
    const c = pointConfig(spec, 0.2, 0.5);
    const expected = structuredClone(spec.config);
    expected.regularization.lambda = 0.2;
    expected.model.dropoutKeep = 0.5;
    expect(c).toEqual(expected);
    expect(spec.config.regularization.lambda).toBe(0.001);
  });
});

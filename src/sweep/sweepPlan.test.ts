import { describe, expect, it } from 'vitest';
import { defaultLambdaLadder, pointConfig } from '../../workers/contract';
import { defaultLabConfig } from '../lesson/defaultLab';
import { defaultSettings, planSweep, sweepBaseConfig } from './sweepPlan';
import { DEFAULT_KEEP } from './sweepSettings';

function l2Lab() {
  const c = defaultLabConfig();
  c.regularization = { ...c.regularization, kind: 'l2', lambda: 0.01 };
  return c;
}

describe('planSweep', () => {
  it('sweeps the default ladder with the current λ on it, everything else the main config', () => {
    const config = l2Lab();
    const plan = planSweep(config, defaultSettings(config));
    expect(plan.problem).toBeNull();
    const spec = plan.spec!;
    expect(spec.lambda).toEqual(defaultLambdaLadder(config));
    expect(spec.lambda).toHaveLength(13);
    expect(spec.lambda).toContain(0.01);
    expect(spec.dropoutKeep).toEqual([1]);
    expect(spec.repeats).toBe(3);
    // Repeat 0 of the current λ is the main run itself.
    expect(pointConfig(spec, 0.01, 1)).toEqual(config);
  });

  it('sweeps p from 0.3 to 1 when no penalty is on, and both as a grid when asked', () => {
    const lab = defaultLabConfig();
    expect(defaultSettings(lab).axes).toBe('keep');
    expect(planSweep(lab, defaultSettings(lab)).spec!.dropoutKeep).toEqual(DEFAULT_KEEP);
    const grid = planSweep(l2Lab(), { ...defaultSettings(l2Lab()), axes: 'grid', repeats: 1 });
    expect(grid.spec!.lambda).toHaveLength(13);
    expect(grid.spec!.dropoutKeep).toHaveLength(8);
  });

  it('turns early stopping on (and mark-only off) or off, as the settings say', () => {
    const config = l2Lab();
    config.earlyStopping = { ...config.earlyStopping, enabled: true, markOnly: true };
    const on = sweepBaseConfig(config, { ...defaultSettings(config), earlyStopping: true });
    expect(on.earlyStopping).toMatchObject({ enabled: true, markOnly: false, patience: 50 });
    const off = sweepBaseConfig(config, { ...defaultSettings(config), earlyStopping: false });
    expect(off.earlyStopping.enabled).toBe(false);
    expect(defaultSettings(config).earlyStopping).toBe(false);
  });

  it('says which setting is wrong, in the sweep’s words', () => {
    const lab = defaultLabConfig();
    const noPenalty = planSweep(lab, { ...defaultSettings(lab), axes: 'lambda' });
    expect(noPenalty.problem).toMatchObject({ field: 'lambda' });
    expect(noPenalty.problem!.message).toMatch(/regularization.kind is 'none'/);
    const twice = planSweep(l2Lab(), { ...defaultSettings(l2Lab()), lambda: [0.1, 0.1] });
    expect(twice.problem!.message).toMatch(/lists 0.1 twice/);
    const tooMany = planSweep(l2Lab(), { ...defaultSettings(l2Lab()), axes: 'grid', repeats: 5 });
    expect(tooMany.problem).toMatchObject({ field: '' });
    expect(tooMany.problem!.message).toMatch(/13 λ × 8 p × 5 repeats = 520 points/);
  });
});

import { describe, expect, it } from 'vitest';
import type { ConfigV1 } from './engine/config';
import { defaultConfig, FEATURES } from './engine/config';
import { Trainer } from './engine/trainer';
import {
  findStableRate,
  lowerRate,
  MAX_TRIES,
  TRY_EPOCHS,
  trainsStably,
  type SearchHooks,
} from './stableRate';
import { InspectableService, until } from './testing';

const hooks: SearchHooks = { now: () => performance.now(), pause: () => Promise.resolve() };

/** The default lab's data and network (src/lesson/defaultLab.ts), SGD with L2 at λ = 10. */
function strongL2(learningRate: number): ConfigV1 {
  const c = defaultConfig();
  c.data = {
    dataset: 'moons',
    samples: 160,
    noise: 0.5,
    labelNoise: 0.1,
    split: { train: 0.25, val: 0.5, test: 0.25 },
  };
  c.features = [...FEATURES];
  c.model.hidden = [6];
  c.optimizer = { kind: 'sgd', learningRate, batchSize: 20 };
  c.regularization = { ...c.regularization, kind: 'l2', lambda: 10 };
  return c;
}

describe('finding a stable learning rate', () => {
  it('lowers tenfold at 6 significant digits, never below the validator’s lowest', () => {
    expect(lowerRate(10)).toBe(1);
    expect(lowerRate(3)).toBe(0.3);
    expect(lowerRate(0.003)).toBe(0.0003);
    expect(lowerRate(1e-5)).toBe(1e-6);
    expect(lowerRate(4e-6)).toBe(1e-6);
  });

  it('L2 λ = 10 at learning rate 10: one search answers 0.1, not 1, which diverges too', async () => {
    const atTen = new Trainer({ ...strongL2(10), epochs: 3000 });
    atTen.step(3000);
    expect(atTen.status).toBe('diverged');
    // Learning rate 1 survives the epochs a try trains, but it is on its way out: it
    // overflows later. The growth of its objective gives it away.
    const atOne = new Trainer({ ...strongL2(1), epochs: 3000 });
    atOne.step(TRY_EPOCHS);
    expect(atOne.status).toBe('running');
    expect(await trainsStably(strongL2(1), hooks)).toBe(false);
    atOne.step(3000);
    expect(atOne.status).toBe('diverged');

    const answer = await findStableRate(strongL2(10), (c) => trainsStably(c, hooks));
    expect(answer).toEqual({ found: true, learningRate: 0.1, tried: [1, 0.1] });
    const atFound = new Trainer({ ...strongL2(0.1), epochs: 3000 });
    atFound.step(3000);
    expect(atFound.status).toBe('done');
  });

  it('tries at most MAX_TRIES rates, and says so when none trains stably', async () => {
    const tried: number[] = [];
    const never = (c: ConfigV1) => Promise.resolve(void tried.push(c.optimizer.learningRate));
    const answer = await findStableRate({ ...defaultConfig(), epochs: 10 }, async (c) => {
      await never(c);
      return false;
    });
    expect(answer.found).toBe(false);
    expect(answer.tried).toEqual([0.001, 0.0001, 1e-5, 1e-6]);
    expect(tried).toEqual(answer.tried);
    const fromTen = strongL2(10);
    const long = await findStableRate(fromTen, () => Promise.resolve(false));
    expect(long.tried).toHaveLength(MAX_TRIES);
    expect(long.tried).toEqual([1, 0.1, 0.01, 0.001, 0.0001, 1e-5]);
  });

  it('answers no rate at all when the learning rate is already the lowest', async () => {
    const c = defaultConfig();
    c.optimizer.learningRate = 1e-6;
    const answer = await findStableRate(c, () => Promise.resolve(true));
    expect(answer).toEqual({ found: false, learningRate: null, tried: [] });
  });

  it('pauses between slices of training, so the worker keeps answering', async () => {
    let clock = 0;
    let pauses = 0;
    const slow: SearchHooks = {
      now: () => (clock += 5), // every look at the clock finds 5 ms gone
      pause: () => Promise.resolve(void pauses++),
    };
    expect(await trainsStably(strongL2(0.1), slow)).toBe(true);
    expect(pauses).toBeGreaterThanOrEqual(TRY_EPOCHS / 2);
  });

  it('is a method of the service: it answers in slices, without changing the run', async () => {
    let clock = 0;
    let deferred = 0;
    const s = new InspectableService({
      transfer: (v) => v,
      now: () => (clock += 1), // a slow machine: every look at the clock finds 1 ms gone
      defer: (task, delay) => void (deferred++, setTimeout(task, delay)),
    });
    s.createRun('a', strongL2(10));
    s.step(100);
    await until(() => s.trainerOf('a')!.status === 'diverged');
    const before = deferred;
    const answer = await s.findStableLearningRate('a');
    expect(answer).toEqual({ found: true, learningRate: 0.1, tried: [1, 0.1] });
    // The search let other work (the heartbeat's ping) through between its slices (10 of them
    // on this clock; the training loop itself is idle once the run has diverged).
    expect(deferred - before).toBeGreaterThanOrEqual(5);
    expect(s.trainerOf('a')!.config.optimizer.learningRate).toBe(10);
    expect(s.trainerOf('a')!.status).toBe('diverged');
    expect(await s.findStableLearningRate('nobody')).toEqual({
      found: false,
      learningRate: null,
      tried: [],
    });
  });
});

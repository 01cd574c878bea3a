// After a divergence: a learning rate that trains this config stably, found headless before the
// page resets the run with it, so one click is enough. Each try is a fresh run of the config at a
// learning rate ten times lower, trained a few tens of epochs; it fails if it diverges, or if its
// training objective (data loss + penalty) has grown a thousandfold, the sign of a run on its way
// to overflowing (L2 with λ = 10 and a learning rate of 1 multiplies the weights by −9 each step
// and overflows only near epoch 80). Measured on the default lab and config v1's defaults, stable
// runs end their first 50 epochs at 0.01 to 90 times their first objective, diverging ones at
// more than 10^40 times.
import type { ConfigV1 } from './engine/config';
import { CONFIG_RANGES } from './engine/configLimits';
import { Trainer } from './engine/trainer';
import type { StableRate } from './protocol';

/** Epochs each try trains. */
export const TRY_EPOCHS = 50;
/** Learning rates tried, each ten times lower than the one before. */
export const MAX_TRIES = 6;
/** A try whose objective grows more than this many times over its epochs is on its way out. */
export const GROWTH_LIMIT = 1000;

const MIN_RATE = CONFIG_RANGES['optimizer.learningRate'].min;

/** Ten times lower, at 6 significant digits, never below the validator's lowest. */
export function lowerRate(lr: number): number {
  return Math.max(Number((lr / 10).toPrecision(6)), MIN_RATE);
}

export interface SearchHooks {
  /** Lets other work through (the worker answers its heartbeat); called between slices. */
  pause: () => Promise<void>;
  now: () => number;
  /** Milliseconds of training between two pauses. */
  sliceMs?: number;
}

/** Whether a fresh run of `config` trains its first TRY_EPOCHS epochs stably. */
export async function trainsStably(config: ConfigV1, hooks: SearchHooks): Promise<boolean> {
  // Early stopping only decides when to stop, never how a step goes: off, so every try
  // trains as many epochs.
  const trial = structuredClone(config);
  trial.epochs = TRY_EPOCHS;
  trial.earlyStopping.enabled = false;
  const trainer = new Trainer(trial);
  const sliceMs = hooks.sliceMs ?? 8;
  let sliceStart = hooks.now();
  while (trainer.status === 'running') {
    trainer.step(1);
    if (hooks.now() - sliceStart > sliceMs) {
      await hooks.pause();
      sliceStart = hooks.now();
    }
  }
  if (trainer.status === 'diverged') return false;
  const objective = (i: number) => {
    const r = trainer.history[i]!;
    return (r.trainLoss ?? 0) + r.penalty;
  };
  return objective(trainer.history.length - 1) <= GROWTH_LIMIT * objective(0);
}

/**
 * Lowers the learning rate of `config` tenfold at a time (at most MAX_TRIES times) until a try
 * trains stably. `tryRate` is trainsStably, or a stand-in in tests.
 */
export async function findStableRate(
  config: ConfigV1,
  tryRate: (config: ConfigV1) => Promise<boolean>,
): Promise<StableRate> {
  const tried: number[] = [];
  let lr = config.optimizer.learningRate;
  while (tried.length < MAX_TRIES && lr > MIN_RATE) {
    lr = lowerRate(lr);
    tried.push(lr);
    const next = structuredClone(config);
    next.optimizer.learningRate = lr;
    if (await tryRate(next)) return { found: true, learningRate: lr, tried };
  }
  return { found: false, learningRate: null, tried };
}

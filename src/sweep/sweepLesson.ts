// The lesson "Choose λ by validation": the default lab with an L2 penalty and a budget of 500
// epochs, and the sweep it runs (the default λ ladder, 3 repeats, the budget). At λ = 0 the
// network overfits its 40 noisy points (validation loss ≈ 0.97 against training ≈ 0.11); at the
// top of the ladder (λ = 3.16) the penalty flattens it to one class (validation ≈ training ≈
// 0.73); the validation loss is lowest in between (≈ 0.44 at λ ≈ 0.03). sweepLesson.test.ts trains
// the sweep and holds it. The lesson catalog (src/lesson/catalog.ts) opens the Sweep view with it.
import type { ConfigV1 } from '../../workers/contract';
import { defaultLabConfig } from '../lesson/defaultLab';

/** The sweep the lesson runs, as the link writes it (sweep/sweepSettings.ts): λ ladder, 3, budget. */
export const CHOOSE_LAMBDA_SWEEP = 'l3b';

export function chooseLambdaConfig(): ConfigV1 {
  const c = defaultLabConfig();
  c.epochs = 500;
  c.regularization = { ...c.regularization, kind: 'l2', lambda: 0.01 };
  return c;
}

// What a sweep is asked to do, as the panel edits it and the link keeps it (not its results: they
// are retrained). In the link, `sweep=<axes><repeats><epochs>[~l<λ,…>][~p<p,…>]`: e.g. `l3b` is the
// default λ ladder, 3 repeats, the epoch budget; `g1e~p1,0.8,0.5` a λ × p grid with those p and
// early stopping. The grammar is SWEEP_LINK (sweepLink.ts, checked when the link opens).
import { SWEEP_LINK } from './sweepLink';

export interface SweepSettings {
  /** λ alone, p alone, or both (a λ × p grid). */
  axes: 'lambda' | 'keep' | 'grid';
  /** The λ values; null: the default ladder for the config. */
  lambda: number[] | null;
  /** The keep probabilities p; null: DEFAULT_KEEP. */
  keep: number[] | null;
  /** Runs per point, 1 to 5. */
  repeats: number;
  /** Epochs per point: the config's budget, or early stopping within it. */
  earlyStopping: boolean;
}

/** The default p axis: 1 (no dropout) down to 0.3. */
export const DEFAULT_KEEP = [0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1];

const AXIS_LETTER = { lambda: 'l', keep: 'p', grid: 'g' } as const;

export function encodeSweepSettings(s: SweepSettings): string {
  const list = (key: string, v: number[] | null) => (v ? `~${key}${v.join(',')}` : '');
  const head = `${AXIS_LETTER[s.axes]}${s.repeats}${s.earlyStopping ? 'e' : 'b'}`;
  return head + list('l', s.lambda) + list('p', s.keep);
}

/**
 * Null when the text is not sweep settings. The values are only read here: the sweep checks them
 * (the config's limits, duplicates) when it is built, and says there what is wrong.
 */
export function decodeSweepSettings(text: string): SweepSettings | null {
  const m = SWEEP_LINK.exec(text);
  if (!m) return null;
  const values = (t: string | undefined) => (t === undefined ? null : t.split(',').map(Number));
  return {
    axes: m[1] === 'l' ? 'lambda' : m[1] === 'p' ? 'keep' : 'grid',
    lambda: values(m[4]),
    keep: values(m[5]),
    repeats: Number(m[2]),
    earlyStopping: m[3] === 'e',
  };
}

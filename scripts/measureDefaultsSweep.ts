// The sweep over one candidate lab: no regularization, L1, L2 and elastic net over a log λ ladder,
// dropout's keep probability, early stopping and jitter, each on a few seeds, printed as a table.
import type { ConfigV1 } from '../workers/engine/config';
import { applyPatch } from '../workers/engine/configPatch';
import type { ConfigPatch } from '../workers/engine/configPatch';
import type { RunMeasure } from './measureDefaultsRun';
import { measureRun } from './measureDefaultsRun';

export interface Variant {
  label: string;
  patch: ConfigPatch;
  /** Switch the patch on at this epoch of an unregularized run instead of from the start. */
  from?: number;
}

export const LAMBDA_LADDER = [1e-5, 1e-4, 1e-3, 3e-3, 1e-2, 3e-2, 0.1, 0.3, 1, 10];
export const KEEP_LADDER = [1, 0.9, 0.8, 0.7, 0.6, 0.5, 0.3];

const SHORT = { l1: 'L1', l2: 'L2', elasticnet: 'EN' } as const;

/** The epoch at which the switched-on variants turn their technique on. */
export const SWITCH_EPOCH = 1000;

/** Every variant of the sweep; `lambdas` and `keeps` narrow it for a quick look. */
export function sweepVariants(
  lambdas = LAMBDA_LADDER,
  keeps = KEEP_LADDER,
  defaultLambda = 0.01,
): Variant[] {
  const none: ConfigPatch = { regularization: { kind: 'none' } };
  const out: Variant[] = [{ label: 'none', patch: none }];
  for (const kind of ['l1', 'l2', 'elasticnet'] as const) {
    for (const lambda of lambdas) {
      out.push({ label: `${SHORT[kind]} ${lambda}`, patch: { regularization: { kind, lambda } } });
    }
  }
  for (const p of keeps) {
    if (p < 1) out.push({ label: `p ${p}`, patch: { ...none, model: { dropoutKeep: p } } });
  }
  out.push({
    label: 'early stop',
    patch: { ...none, earlyStopping: { enabled: true, patience: 100, restoreBest: true } },
  });
  for (const jitter of [0.3, 0.6]) {
    out.push({ label: `jitter ${jitter}`, patch: { ...none, augmentation: { jitter } } });
  }
  // What a student sees who trains without regularization first and then switches it on.
  const from = SWITCH_EPOCH;
  for (const kind of ['l1', 'l2', 'elasticnet'] as const) {
    const patch = { regularization: { kind, lambda: defaultLambda } };
    out.push({ label: `${SHORT[kind]} ${defaultLambda} from ${from}`, patch, from });
  }
  out.push({ label: `p 0.5 from ${from}`, patch: { ...none, model: { dropoutKeep: 0.5 } }, from });
  return out;
}

export interface SweepRow {
  label: string;
  /** One measure per seed, in the order of the seeds. */
  runs: RunMeasure[];
}

/** Runs every variant on every seed; the first variant is the baseline of the rescue epochs. */
export function runSweep(
  base: ConfigV1,
  variants: Variant[],
  seeds: number[],
  onRow?: (row: SweepRow) => void,
): SweepRow[] {
  const baselines = new Map<number, number[]>();
  const rows: SweepRow[] = [];
  for (const v of variants) {
    const runs = seeds.map((seed) => {
      const config = applyPatch<ConfigV1>({ ...base, seed }, v.patch);
      const from = v.from === undefined ? undefined : { epoch: v.from, before: { ...base, seed } };
      const m = measureRun(config, baselines.get(seed), from);
      if (!baselines.has(seed)) baselines.set(seed, m.valCurve);
      return m;
    });
    const row = { label: v.label, runs };
    rows.push(row);
    onRow?.(row);
  }
  return rows;
}

const fix = (x: number, d = 2) => x.toFixed(d);
const pct = (x: number) => `${Math.round(100 * x)}`;
const ep = (x: number | null) => (x === null ? '-' : `${x}`);

/** The columns: a heading and how one run fills it (values of the seeds joined by '/'). */
const COLUMNS: [string, (m: RunMeasure) => string][] = [
  ['trainL', (m) => fix(m.trainLoss)],
  ['valL', (m) => fix(m.valLoss)],
  ['bestValL@ep', (m) => `${fix(m.bestValLoss)}@${m.bestEpoch}`],
  ['rise', (m) => fix(m.rise)],
  ['trAcc%', (m) => pct(m.trainAcc)],
  ['vaAcc%', (m) => pct(m.valAcc)],
  ['zero%', (m) => pct(m.zeroFraction)],
  ['norm', (m) => fix(m.l2Norm, 1)],
  ['offIn', (m) => `${m.featuresOff}`],
  ['1cls', (m) => (m.constant ? 'Y' : '.')],
  ['pRange', (m) => fix(m.spread)],
  ['rise@', (m) => ep(m.riseEpoch)],
  ['better@', (m) => ep(m.betterFrom)],
  ['zeros@', (m) => ep(m.zerosEpoch)],
  ['stop@', (m) => ep(m.stoppedEpoch)],
];

export function tableHeader(): string[] {
  const head = ['variant', ...COLUMNS.map((c) => c[0])];
  return [`| ${head.join(' | ')} |`, `|${head.map(() => ' --- ').join('|')}|`];
}

export function tableRow(row: SweepRow): string {
  const cells = COLUMNS.map(([, cell]) => row.runs.map(cell).join('/'));
  return `| ${[row.label, ...cells].join(' | ')} |`;
}

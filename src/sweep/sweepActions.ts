// What the sweep panel does: start and cancel a sweep on a pool of sweep workers, pick a point,
// set the main run to a point, and export. The pool is separate from the live run's worker.
import type { ConfigV1, RunId, SweepPointKey, SweepRun, SweepSpec } from '../../workers/contract';
import {
  askSweepWorker,
  buildSweepExport,
  diffConfig,
  pointConfig,
  runSweep,
  sweepGrid,
  sweepPointsCsv,
} from '../../workers/contract';
import { play, resetRuns } from '../lab/actions';
import { scheduleHashWrite } from '../lab/hash';
import { editConfig } from '../lab/labConfig';
import { saveText } from '../share/download';
import { useLab } from '../store/labStore';
import { sweepLink } from './sweepLink';
import { planSweep } from './sweepPlan';
import type { SweepSettings } from './sweepSettings';
import { decodeSweepSettings, encodeSweepSettings } from './sweepSettings';
import { useSweep } from './sweepStore';
import { poolSize, spawnSweepWorker } from './spawnSweepWorker';

/**
 * A sweep worker that says nothing for this long while it trains is taken as dead (it says it is
 * alive every second; a worker can die without an error event and would stall the sweep).
 */
export const SILENCE_MS = 15_000;

let current: SweepRun | null = null;
/** The link's sweep settings the panel last took (sweepLink.text). */
let linkSeen: string | null = null;

// The browser tests' build only: a handle on the sweep's state (see src/lab/testHooks.ts).
if (import.meta.env.MODE === 'e2e') Object.assign(window, { __reglabSweep: { sweep: useSweep } });

export function editSettings(settings: SweepSettings): void {
  useSweep.setState({ draft: settings, problem: null });
}

/**
 * Takes the settings a link or a lesson put in sweepLink.text since the panel last looked, so
 * that opening the lesson's sweep shows the lesson's settings even after other sweeps.
 */
export function adoptLinkSettings(): void {
  const text = sweepLink.text;
  if (text === linkSeen) return;
  linkSeen = text;
  const settings = text === null ? null : decodeSweepSettings(text);
  if (settings) editSettings(settings);
}

/** Starts a sweep of the main run's config with the panel's settings (ending any other). */
export function startSweep(config: ConfigV1, settings: SweepSettings): void {
  const plan = planSweep(config, settings);
  if (!plan.spec) {
    useSweep.setState({ problem: plan.problem });
    return;
  }
  cancelSweep();
  const spec = plan.spec;
  const workers = poolSize();
  useSweep.setState({
    status: 'running',
    problem: null,
    spec,
    settings,
    points: [],
    failed: [],
    total: sweepGrid(spec).length,
    workers,
    startedAt: performance.now(),
    endedAt: null,
    selected: null,
    data: null,
  });
  const run = runSweep(spec, {
    spawn: spawnSweepWorker,
    workers,
    silenceMs: SILENCE_MS,
    onPoint: (point) => {
      if (current !== run) return;
      useSweep.setState((s) =>
        'error' in point ? { failed: [...s.failed, point] } : { points: [...s.points, point] },
      );
    },
  });
  current = run;
  void run.done.then((outcome) => {
    if (current !== run) return;
    current = null;
    const finished = outcome.cancelled === 0;
    useSweep.setState({ status: finished ? 'done' : 'cancelled', endedAt: performance.now() });
    if (finished) {
      // The link keeps a finished sweep's settings (not its results).
      sweepLink.text = linkSeen = encodeSweepSettings(settings);
      scheduleHashWrite();
    }
  });
}

/** Stops the sweep at once: its workers are terminated, the points done so far stay. */
export function cancelSweep(): void {
  const run = current;
  if (!run) return;
  current = null;
  run.cancel();
  useSweep.setState({ status: 'cancelled', endedAt: performance.now() });
}

export function selectPoint(key: SweepPointKey | null): void {
  useSweep.setState({ selected: key });
}

/** The sweep's data (asked of a worker once per sweep). */
export async function sweepData(spec: SweepSpec) {
  const known = useSweep.getState();
  if (known.spec === spec && known.data) return known.data;
  const data = await askSweepWorker(spawnSweepWorker, spec, { query: 'data' }, SILENCE_MS).answer;
  if (useSweep.getState().spec === spec) useSweep.setState({ data });
  return data;
}

/** P(class 1) of a point's model on the decision grid, from a sweep worker. */
export function pointGrid(spec: SweepSpec, key: SweepPointKey, gridSize: number) {
  const point = useSweep
    .getState()
    .points.find(
      (p) =>
        p.lambda === key.lambda && p.dropoutKeep === key.dropoutKeep && p.repeat === key.repeat,
    );
  if (!point) return null;
  return askSweepWorker(
    spawnSweepWorker,
    spec,
    { query: 'grid', model: point.model, gridSize },
    SILENCE_MS,
  );
}

/**
 * Sets the main run to the config of a sweep point (λ, p and the way it stops, on the config the
 * sweep started from) and trains it from epoch 0: it then equals repeat 0 of that point, to the
 * bit. Returns false when the lab refused the config (the lab's notice says why).
 */
export function applySweepPoint(runId: RunId, spec: SweepSpec, key: SweepPointKey): boolean {
  const config = pointConfig(spec, key.lambda, key.dropoutKeep);
  editConfig(runId, (draft) => {
    Object.assign(draft, structuredClone(config));
  });
  const now = useLab.getState().runs[runId]?.config;
  if (!now || diffConfig(now, config) !== undefined) return false;
  resetRuns();
  play();
  return true;
}

/** Saves the sweep as sweep export v1 (JSON) or its points as CSV (`npm run sweep`'s columns). */
export async function exportSweep(format: 'json' | 'csv'): Promise<void> {
  const s = useSweep.getState();
  if (!s.spec) return;
  const data = format === 'json' ? await sweepData(s.spec) : { train: [], val: [], test: [] };
  const exported = buildSweepExport(s.spec, data, s.points, s.failed);
  if (format === 'json') {
    saveText('reglab-sweep.json', JSON.stringify(exported), 'application/json');
  } else {
    saveText('reglab-sweep.csv', sweepPointsCsv(exported), 'text/csv');
  }
}

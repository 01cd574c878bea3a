// The lab's configuration: opening a link, editing a run, building a comparison, loading a
// lesson. Every change is planned against all runs first (store/labEdit.ts) and taken for all or
// none; the worker then gets, per run, only what changed (a patch).
import type { ConfigV1, RunId } from '../../workers/contract';
import { diffConfig, shareUnchanged } from '../../workers/contract';
import { leavePredict } from '../compare/predict/predictStore';
import { usePresentation } from '../presentation/presentationStore';
import type { Comparison } from '../store/configPatch';
import { dropHistory } from '../store/histories';
import type { EditPlan, EditProblem } from '../store/labEdit';
import { planEdit, planLab } from '../store/labEdit';
import type { RunState } from '../store/labStore';
import { MAIN_RUN, newRunState, useLab } from '../store/labStore';
import { showLive } from '../store/scrub';
import { loadLanguage } from '../i18n';
import { decodeHash } from '../store/urlCodec';
import { sweepLink } from '../sweep/sweepLink';
import { scheduleHashWrite, writeHash } from './hash';
import { send, setPlaying, trainer } from './session';

function refuse(problem: EditProblem): void {
  const inComparison = useLab.getState().comparison !== null;
  useLab.setState({
    notice: {
      kind: 'config-rejected',
      detail: problem.message,
      run: inComparison ? (problem.label ?? problem.runId) : undefined,
    },
  });
}

/** Takes a planned change: each run whose config changed gets it, and the worker its patch. */
function commit(plan: Extract<EditPlan, { spec: unknown }>): void {
  const s = useLab.getState();
  const runs = { ...s.runs };
  const patches: [RunId, NonNullable<ReturnType<typeof diffConfig<ConfigV1>>>][] = [];
  for (const [id, config] of Object.entries(plan.configs)) {
    const prev = runs[id];
    const patch = prev && diffConfig(prev.config, config);
    if (!prev || !patch) continue;
    runs[id] = { ...prev, config: shareUnchanged(prev.config, config), problem: null };
    patches.push([id, patch]);
  }
  useLab.setState({ runs, comparison: plan.spec.comparison });
  for (const [id, patch] of patches) {
    send(
      trainer()
        .updateRun(id, patch)
        .then((result) => {
          if (typeof result !== 'object') return;
          useLab.setState((st) => ({
            runs: { ...st.runs, [id]: { ...st.runs[id]!, problem: result } },
          }));
        }),
    );
  }
  scheduleHashWrite();
}

/**
 * Edits a run's config: the main run's (every variant follows it) or a variant's (its patch
 * changes). Checked against every run first: a value that would make any run invalid is refused
 * with a notice naming the run and the key, and no run changes.
 */
export function editConfig(id: RunId, edit: (draft: ConfigV1) => void): void {
  const s = useLab.getState();
  if (!s.runs[id]) return;
  const plan = planEdit({ main: s.runs[MAIN_RUN]!.config, comparison: s.comparison }, id, edit);
  if (plan.problem) refuse(plan.problem);
  else commit(plan);
}

/**
 * Shows the main run side by side with one to three variants of it (null: the main run alone).
 * All runs share the data, the initial weights and the batch order; only the patch differs.
 */
export function setComparison(comparison: Comparison | null): void {
  const s = useLab.getState();
  const plan = planLab({ main: s.runs[MAIN_RUN]!.config, comparison });
  if (plan.problem) {
    refuse(plan.problem);
    return;
  }
  showLive();
  // Another comparison (a lesson, a link) is a new question: its panels start labelled.
  leavePredict();
  for (const id of s.runOrder) {
    if (id === MAIN_RUN) continue;
    send(trainer().disposeRun(id));
    dropHistory(id);
  }
  const runs: Record<RunId, RunState> = { [MAIN_RUN]: s.runs[MAIN_RUN]! };
  const ids = Object.keys(plan.configs).filter((id) => id !== MAIN_RUN);
  for (const id of ids) {
    runs[id] = newRunState(plan.configs[id]!);
    send(trainer().createRun(id, plan.configs[id]!));
  }
  useLab.setState({
    runs,
    runOrder: [MAIN_RUN, ...ids],
    comparison: ids.length ? comparison : null,
  });
  // The variants start at epoch 0: start the main run over too, so all share the epoch axis.
  if (ids.length) send(trainer().reset());
  writeHash();
}

/** Loads the state from the URL hash and starts the run(s). */
export function startLab(hash: string): void {
  const decoded = decodeHash(hash);
  // Chinese shows once its strings are loaded (main.tsx loads them before the first render).
  void loadLanguage(decoded.lang).then(() => useLab.setState({ lang: decoded.lang }));
  useLab.setState({
    runs: { [MAIN_RUN]: newRunState(decoded.config) },
    runOrder: [MAIN_RUN],
    comparison: null,
    notice: decoded.problem
      ? {
          kind: decoded.problem.kind === 'malformed' ? 'link-malformed' : 'link-invalid',
          detail: decoded.problem.detail,
        }
      : decoded.warnings.length
        ? { kind: 'link-warnings', detail: decoded.warnings.join(' ') }
        : null,
  });
  usePresentation.setState({ presenting: decoded.present ?? false });
  sweepLink.text = decoded.sweep;
  send(trainer().createRun(MAIN_RUN, decoded.config));
  setComparison(decoded.comparison);
}

/** After the epoch budget is used up: as many epochs again, and training resumes. */
export function trainOn(): void {
  editConfig(MAIN_RUN, (c) => (c.epochs *= 2));
  setPlaying(true);
}

export interface Lesson {
  config: ConfigV1;
  comparison?: Comparison | null;
}

/** Loads a lesson (a preset or an imported config): paused, from epoch 0, ready to play. */
export function loadLesson(lesson: Lesson): void {
  const plan = planLab({ main: lesson.config, comparison: lesson.comparison ?? null });
  if (plan.problem) {
    refuse(plan.problem);
    return;
  }
  setPlaying(false);
  const s = useLab.getState();
  const main = s.runs[MAIN_RUN]!;
  const patch = diffConfig(main.config, plan.configs[MAIN_RUN]!);
  if (patch) {
    useLab.setState({
      runs: {
        ...s.runs,
        [MAIN_RUN]: { ...main, config: plan.configs[MAIN_RUN]! },
      },
    });
    send(trainer().updateRun(MAIN_RUN, patch));
  }
  setComparison(lesson.comparison ?? null);
  send(trainer().reset());
}

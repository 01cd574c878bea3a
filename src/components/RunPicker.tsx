// At the top of the control panel: "Add a run" (a copy of the main run, up to four, to change one
// setting in and compare), and in a comparison which run the settings below edit (RunChoices, in
// the side-by-side view's chunk, loaded with the first comparison).
import { lazy, Suspense } from 'react';
import type { RunId } from '../../workers/contract';
import { addRun } from '../compare/buildComparison';
import { useT } from '../i18n';
import { MAX_VARIANTS } from '../store/configPatch';
import { useLab } from '../store/labStore';
import { chooseEditedRun } from './editedRun';

const RunChoices = lazy(() =>
  import('../compare/ComparisonBody').then((m) => ({ default: m.RunChoices })),
);

export function RunPicker({ runId }: { runId: RunId }) {
  const t = useT();
  const count = useLab((s) => s.runOrder.length);
  const comparing = useLab((s) => s.comparison !== null);
  const addButton = (
    <button
      type="button"
      className="rl-button"
      title={t('controls.runs.addHelp')}
      disabled={count > MAX_VARIANTS}
      onClick={() => {
        const id = addRun();
        if (id) chooseEditedRun(id);
      }}
    >
      {t('controls.runs.add')}
    </button>
  );
  return (
    <div className="rl-run-picker" data-testid="run-picker">
      {comparing ? (
        <Suspense fallback={addButton}>
          <RunChoices runId={runId} addButton={addButton} />
        </Suspense>
      ) : (
        addButton
      )}
    </div>
  );
}

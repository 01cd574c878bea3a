// The run picker's comparison part: which run the settings edit ("Settings of: Main run | Run B
// | …"), its title, and the way to remove it. It travels in the side-by-side view's chunk (with
// the run titles it shows), loaded with the first comparison.
import type { ReactNode } from 'react';
import type { RunId } from '../../workers/contract';
import { LineSwatch } from '../charts/LineSwatch';
import { removeRun } from '../compare/buildComparison';
import { runStyle } from '../compare/runStyle';
import { useRunTitles } from '../compare/useRunTitles';
import { useSay } from '../i18n/lazyStrings';
import { SIDE_BY_SIDE } from '../i18n/sideBySideStrings';
import { MAIN_RUN } from '../store/labStore';
import { chooseEditedRun } from './editedRun';

export default function RunChoices({ runId, addButton }: { runId: RunId; addButton: ReactNode }) {
  const say = useSay(SIDE_BY_SIDE);
  const runs = useRunTitles();
  const chosen = runs.find((r) => r.id === runId) ?? runs[0];
  if (!chosen) return null;
  return (
    <>
      <div
        className="rl-run-choices"
        role="radiogroup"
        aria-label={say('controls.runs.settingsOf')}
      >
        <span className="rl-field-label" aria-hidden="true">
          {say('controls.runs.settingsOf')}
        </span>
        {runs.map((r, i) => (
          <label key={r.id} className="rl-run-choice" title={r.title}>
            <input
              type="radio"
              name="rl-edited-run"
              checked={r.id === chosen.id}
              onChange={() => chooseEditedRun(r.id)}
            />
            <LineSwatch color={runStyle(i).color} dash={runStyle(i).dash} width={18} />
            {r.name}
          </label>
        ))}
      </div>
      <p className="rl-run-title" data-testid="edited-run-title">
        {say('controls.runs.editing', { run: chosen.name, title: chosen.title })}
      </p>
      <p className="rl-note rl-note--info">
        {say(chosen.id === MAIN_RUN ? 'controls.runs.mainNote' : 'controls.runs.variantNote')}
      </p>
      <div className="rl-run-actions">
        {addButton}
        {chosen.id !== MAIN_RUN && (
          <button
            type="button"
            className="rl-button"
            title={say('controls.runs.removeHelp')}
            onClick={() => {
              chooseEditedRun(MAIN_RUN);
              removeRun(chosen.id);
            }}
          >
            {say('controls.runs.remove', { run: chosen.name })}
          </button>
        )}
      </div>
    </>
  );
}

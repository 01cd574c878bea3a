// Every setting of a run, in the order the lesson introduces them: the regularizers first, then
// the data, the features, the network and the optimizer they act on. In a comparison the run
// picker on top chooses whose settings they are.
import { Fragment } from 'react';
import type { RunId } from '../../workers/contract';
import { useT } from '../i18n';
import { useLab } from '../store/labStore';
import { AugmentationSection } from './AugmentationSection';
import './controls.css';
import { DataSection } from './DataSection';
import { DropoutSection } from './DropoutSection';
import { EarlyStoppingSection } from './EarlyStoppingSection';
import { useEditedRun } from './editedRun';
import { FeaturesSection } from './FeaturesSection';
import { NetworkSection } from './NetworkSection';
import { OptimizerSection } from './OptimizerSection';
import { RegularizationSection } from './RegularizationSection';
import { RunPicker } from './RunPicker';

/** `runId` is the run edited outside a comparison (the main run). */
export function ControlPanel({ runId }: { runId: RunId }) {
  const t = useT();
  const chosen = useEditedRun((s) => s.runId);
  const target = useLab((s) => (s.comparison && s.runs[chosen] ? chosen : runId));
  return (
    <section className="rl-control-panel" aria-label={t('controls.panel.title')}>
      <RunPicker runId={target} />
      {/* Keyed by run: a half-typed value never carries over to another run's field. */}
      <Fragment key={target}>
        <RegularizationSection runId={target} />
        <DropoutSection runId={target} />
        <EarlyStoppingSection runId={target} />
        <AugmentationSection runId={target} />
        <DataSection runId={target} />
        <FeaturesSection runId={target} />
        <NetworkSection runId={target} />
        <OptimizerSection runId={target} />
      </Fragment>
    </section>
  );
}

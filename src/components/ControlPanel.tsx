// Every setting of a run, in the order the lesson introduces them: the regularizers first, then
// the data, the features, the network and the optimizer they act on.
import type { RunId } from '../../workers/contract';
import { useT } from '../i18n';
import { AugmentationSection } from './AugmentationSection';
import './controls.css';
import { DataSection } from './DataSection';
import { DropoutSection } from './DropoutSection';
import { EarlyStoppingSection } from './EarlyStoppingSection';
import { FeaturesSection } from './FeaturesSection';
import { NetworkSection } from './NetworkSection';
import { OptimizerSection } from './OptimizerSection';
import { RegularizationSection } from './RegularizationSection';

export function ControlPanel({ runId }: { runId: RunId }) {
  const t = useT();
  return (
    <section className="rl-control-panel" aria-label={t('controls.panel.title')}>
      <RegularizationSection runId={runId} />
      <DropoutSection runId={runId} />
      <EarlyStoppingSection runId={runId} />
      <AugmentationSection runId={runId} />
      <DataSection runId={runId} />
      <FeaturesSection runId={runId} />
      <NetworkSection runId={runId} />
      <OptimizerSection runId={runId} />
    </section>
  );
}

// Only the controls the lesson is about, so the class watches one knob at a time:
// regularization → kind and λ (and α for elastic net); weight decay → the AdamW switch; dropout →
// p; early stopping → on/off and patience; augmentation → its sliders; batch norm → its switch;
// learning rate → its slider. The lab's own control components are reused, so labels, tips and
// keyboard behaviour are the same as in the lab.
import type { ComponentType, ReactNode } from 'react';
import { AugmentationSection } from '../components/AugmentationSection';
import { CheckboxField } from '../components/CheckboxField';
import { setSetting, useConfigPart } from '../components/configPart';
import { DropoutSection } from '../components/DropoutSection';
import { LogSlider } from '../components/LogSlider';
import { LEARNING_RATE_SCALE } from '../components/OptimizerSection';
import {
  L1RatioField,
  LambdaField,
  RegularizationKindField,
} from '../components/RegularizationFields';
import { Section } from '../components/Section';
import { useT } from '../i18n';
import { MAIN_RUN } from '../store/labStore';
import { PatienceField } from '../components/PatienceField';
import type { Technique } from './techniques';

function RegularizationControls() {
  const t = useT();
  const reg = useConfigPart(MAIN_RUN, 'regularization');
  if (!reg) return null;
  return (
    <Section title={t('controls.section.regularization')}>
      <RegularizationKindField
        value={reg.kind}
        onChange={(kind) => setSetting(MAIN_RUN, 'regularization', 'kind', kind)}
      />
      <LambdaField
        value={reg.lambda}
        onChange={(lambda) => setSetting(MAIN_RUN, 'regularization', 'lambda', lambda)}
      />
      {reg.kind === 'elasticnet' && (
        <L1RatioField
          value={reg.l1Ratio}
          onChange={(r) => setSetting(MAIN_RUN, 'regularization', 'l1Ratio', r)}
        />
      )}
    </Section>
  );
}

function EarlyStoppingControls() {
  const t = useT();
  const es = useConfigPart(MAIN_RUN, 'earlyStopping');
  if (!es) return null;
  return (
    <Section title={t('controls.section.earlyStopping')}>
      <CheckboxField
        label={t('controls.es.enabled')}
        help={t('controls.es.enabled.help')}
        checked={es.enabled}
        onChange={(on) => setSetting(MAIN_RUN, 'earlyStopping', 'enabled', on)}
      />
      <PatienceField
        value={es.patience}
        onCommit={(n) => setSetting(MAIN_RUN, 'earlyStopping', 'patience', n)}
      />
    </Section>
  );
}

function BatchNormControls() {
  const t = useT();
  const model = useConfigPart(MAIN_RUN, 'model');
  if (!model) return null;
  return (
    <Section title={t('controls.net.batchNorm')}>
      <CheckboxField
        label={t('controls.net.batchNorm')}
        help={t('controls.net.batchNorm.help')}
        checked={model.batchNorm}
        onChange={(on) => setSetting(MAIN_RUN, 'model', 'batchNorm', on)}
      />
    </Section>
  );
}

function WeightDecayControls() {
  const t = useT();
  const reg = useConfigPart(MAIN_RUN, 'regularization');
  if (!reg) return null;
  return (
    <Section title={t('controls.reg.decoupled')}>
      <CheckboxField
        label={t('controls.reg.decoupled')}
        help={t('controls.reg.decoupled.help')}
        checked={reg.decoupled}
        onChange={(on) => setSetting(MAIN_RUN, 'regularization', 'decoupled', on)}
      />
    </Section>
  );
}

function LearningRateControls() {
  const t = useT();
  const opt = useConfigPart(MAIN_RUN, 'optimizer');
  if (!opt) return null;
  return (
    <Section title={t('controls.opt.lr')}>
      <LogSlider
        label={t('controls.opt.lr')}
        valueLabel={t('controls.opt.lrValue')}
        help={t('controls.opt.lr.help')}
        value={opt.learningRate}
        scale={LEARNING_RATE_SCALE}
        typedMin={1e-6}
        typedMax={10}
        onChange={(lr) => setSetting(MAIN_RUN, 'optimizer', 'learningRate', lr)}
      />
    </Section>
  );
}

const GROUPS: Record<Technique, ComponentType> = {
  regularization: RegularizationControls,
  weightDecay: WeightDecayControls,
  learningRate: LearningRateControls,
  dropout: () => <DropoutSection runId={MAIN_RUN} />,
  earlyStopping: EarlyStoppingControls,
  augmentation: () => <AugmentationSection runId={MAIN_RUN} />,
  batchNorm: BatchNormControls,
};

/** `children`: what comes before the lesson's controls (a comparison's guessing form). */
export function PresentationControls({
  techniques,
  children,
}: {
  techniques: readonly Technique[];
  children?: ReactNode;
}) {
  const t = useT();
  if (!techniques.length && !children) return null;
  return (
    <section className="pres-controls" aria-label={t('presentation.controls')}>
      {children}
      {techniques.map((k) => {
        const Group = GROUPS[k];
        return <Group key={k} />;
      })}
    </section>
  );
}

// Penalties on the weights: kind, λ (log slider with a stop at 0), the elastic-net mix, how L1
// is applied, and AdamW's decoupled weight decay.
import { L1_METHODS, REGULARIZERS } from '../../workers/engine/config';
import type { RegularizationConfig } from '../../workers/engine/config';
import type { RunId } from '../../workers/protocol';
import { useT } from '../i18n';
import { Explanation } from '../lesson/Explanation';
import { CheckboxField } from './CheckboxField';
import { LabelledSlider } from './LabelledSlider';
import type { LogScale } from './logScale';
import { LogSlider } from './LogSlider';
import { Note } from './Note';
import { Section } from './Section';
import { SelectField } from './SelectField';
import { setSetting, useConfigPart } from './configPart';

export const LAMBDA_SCALE: LogScale = { min: 1e-5, max: 10, zeroStop: true, stepsPerDecade: 20 };

const KIND_LABEL = {
  none: 'controls.reg.kind.none',
  l1: 'controls.reg.kind.l1',
  l2: 'controls.reg.kind.l2',
  elasticnet: 'controls.reg.kind.elasticnet',
} as const;

const METHOD_LABEL = {
  proximal: 'controls.reg.l1Method.proximal',
  subgradient: 'controls.reg.l1Method.subgradient',
} as const;

export function RegularizationSection({ runId }: { runId: RunId }) {
  const t = useT();
  const reg = useConfigPart(runId, 'regularization');
  const optimizer = useConfigPart(runId, 'optimizer');
  if (!reg || !optimizer) return null;
  const set = <K extends keyof RegularizationConfig>(key: K, value: RegularizationConfig[K]) =>
    setSetting(runId, 'regularization', key, value);
  const usesL1 = reg.kind === 'l1' || reg.kind === 'elasticnet';
  const usesL2 = reg.kind === 'l2' || reg.kind === 'elasticnet';

  let decoupledNote: string | null = null;
  if (!usesL2) decoupledNote = t('controls.reg.decoupled.inactiveKind');
  else if (optimizer.kind === 'sgd') decoupledNote = t('controls.reg.decoupled.inactiveSgd');

  return (
    <Section title={t('controls.section.regularization')}>
      <div className="rl-explain-row">
        <Explanation technique="l2" />
        <Explanation technique="l1" />
        <Explanation technique="elasticnet" />
      </div>
      <SelectField
        label={t('controls.reg.kind')}
        help={t('controls.reg.kind.help')}
        value={reg.kind}
        options={REGULARIZERS.map((k) => ({ value: k, label: t(KIND_LABEL[k]) }))}
        onChange={(kind) => set('kind', kind)}
      />
      <LogSlider
        label={t('controls.reg.lambda')}
        valueLabel={t('controls.reg.lambdaValue')}
        help={t('controls.reg.lambda.help')}
        value={reg.lambda}
        scale={LAMBDA_SCALE}
        typedMin={0}
        typedMax={10}
        onChange={(lambda) => set('lambda', lambda)}
        notes={
          reg.kind === 'none' && <Note tone="inactive">{t('controls.reg.lambda.inactive')}</Note>
        }
      />
      {reg.kind === 'elasticnet' && (
        <LabelledSlider
          label={t('controls.reg.l1Ratio')}
          help={t('controls.reg.l1Ratio.help')}
          value={reg.l1Ratio}
          min={0}
          max={1}
          step={0.05}
          onChange={(r) => set('l1Ratio', r)}
        />
      )}
      <SelectField
        label={t('controls.reg.l1Method')}
        help={t('controls.reg.l1Method.help')}
        value={reg.l1Method}
        options={L1_METHODS.map((m) => ({ value: m, label: t(METHOD_LABEL[m]) }))}
        onChange={(m) => set('l1Method', m)}
        notes={!usesL1 && <Note tone="inactive">{t('controls.reg.l1Method.inactive')}</Note>}
      />
      <CheckboxField
        label={t('controls.reg.decoupled')}
        help={t('controls.reg.decoupled.help')}
        checked={reg.decoupled}
        onChange={(on) => set('decoupled', on)}
        notes={decoupledNote && <Note tone="inactive">{decoupledNote}</Note>}
      />
    </Section>
  );
}

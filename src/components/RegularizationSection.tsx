// Penalties on the weights: kind, λ (log slider with a stop at 0), the elastic-net mix, how L1
// is applied, and AdamW's decoupled weight decay.
import { L1_METHODS } from '../../workers/contract';
import type { RegularizationConfig } from '../../workers/contract';
import type { RunId } from '../../workers/contract';
import { useT } from '../i18n';
import { Explanation } from '../lesson/Explanation';
import { CheckboxField } from './CheckboxField';
import { Note } from './Note';
import { L1RatioField, LambdaField, RegularizationKindField } from './RegularizationFields';
import { Section } from './Section';
import { SelectField } from './SelectField';
import { setSetting, useConfigPart } from './configPart';

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
      <RegularizationKindField value={reg.kind} onChange={(kind) => set('kind', kind)} />
      <LambdaField
        runId={runId}
        value={reg.lambda}
        onChange={(lambda) => set('lambda', lambda)}
        notes={
          reg.kind === 'none' && <Note tone="inactive">{t('controls.reg.lambda.inactive')}</Note>
        }
      />
      {reg.kind === 'elasticnet' && (
        <L1RatioField value={reg.l1Ratio} onChange={(r) => set('l1Ratio', r)} />
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

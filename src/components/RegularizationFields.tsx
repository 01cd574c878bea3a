// The regularization fields that both the full control panel and presentation mode show.
import type { ReactNode } from 'react';
import { REGULARIZERS } from '../../workers/contract';
import type { RegularizerKind } from '../../workers/contract';
import { useT } from '../i18n';
import { LabelledSlider } from './LabelledSlider';
import type { LogScale } from './logScale';
import { LogSlider } from './LogSlider';
import { SelectField } from './SelectField';

const LAMBDA_SCALE: LogScale = { min: 1e-5, max: 10, zeroStop: true, stepsPerDecade: 20 };

const KIND_LABEL = {
  none: 'controls.reg.kind.none',
  l1: 'controls.reg.kind.l1',
  l2: 'controls.reg.kind.l2',
  elasticnet: 'controls.reg.kind.elasticnet',
} as const;

export function RegularizationKindField(props: {
  value: RegularizerKind;
  onChange: (kind: RegularizerKind) => void;
}) {
  const t = useT();
  return (
    <SelectField
      label={t('controls.reg.kind')}
      help={t('controls.reg.kind.help')}
      value={props.value}
      options={REGULARIZERS.map((k) => ({ value: k, label: t(KIND_LABEL[k]) }))}
      onChange={props.onChange}
    />
  );
}

export function LambdaField(props: {
  value: number;
  onChange: (lambda: number) => void;
  notes?: ReactNode;
}) {
  const t = useT();
  return (
    <LogSlider
      label={t('controls.reg.lambda')}
      valueLabel={t('controls.reg.lambdaValue')}
      help={t('controls.reg.lambda.help')}
      value={props.value}
      scale={LAMBDA_SCALE}
      typedMin={0}
      typedMax={10}
      onChange={props.onChange}
      notes={props.notes}
    />
  );
}

export function L1RatioField(props: { value: number; onChange: (ratio: number) => void }) {
  const t = useT();
  return (
    <LabelledSlider
      label={t('controls.reg.l1Ratio')}
      help={t('controls.reg.l1Ratio.help')}
      value={props.value}
      min={0}
      max={1}
      step={0.05}
      onChange={props.onChange}
    />
  );
}

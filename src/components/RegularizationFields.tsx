// The regularization fields that both the full control panel and presentation mode show.
import type { ReactNode } from 'react';
import { lazy, Suspense, useMemo } from 'react';
import { CONFIG_RANGES, REGULARIZERS } from '../../workers/contract';
import type { RegularizerKind, RunId } from '../../workers/contract';
import { useT } from '../i18n';
import { MAIN_RUN } from '../store/labStore';
import { formatSignificant } from './format';
import { LabelledSlider } from './LabelledSlider';
import type { LogScale } from './logScale';
import { LogSlider } from './LogSlider';
import { Note } from './Note';
import { SelectField } from './SelectField';
import { useControlRanges } from './useControlRanges';

// Read only when λ is at the far end of its slider: a chunk of its own, after the first screen.
const LambdaVerdict = lazy(() =>
  import('./LambdaVerdict').then((m) => ({ default: m.LambdaVerdict })),
);

const TYPED_LAMBDA = CONFIG_RANGES['regularization.lambda'];

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

/**
 * λ on the lab's own range (the lesson's, else the default lab's: the useful strengths in the
 * middle, a model-killing one at the top), with a stop at 0. Any valid λ can still be typed; the
 * field then says it lies beyond the slider. Under it, what the run's frame says when λ has
 * killed the model (LambdaVerdict).
 */
export function LambdaField(props: {
  value: number;
  onChange: (lambda: number) => void;
  notes?: ReactNode;
  /** The run whose frame the verdict reads. */
  runId?: RunId;
}) {
  const t = useT();
  const { min, max } = useControlRanges().lambda;
  const scale = useMemo<LogScale>(
    () => ({ min, max, zeroStop: true, stepsPerDecade: 20 }),
    [min, max],
  );
  const beyond = props.value > max || (props.value > 0 && props.value < min);
  return (
    <LogSlider
      label={t('controls.reg.lambda')}
      valueLabel={t('controls.reg.lambdaValue')}
      help={t('controls.reg.lambda.help')}
      value={props.value}
      scale={scale}
      typedMin={TYPED_LAMBDA.min}
      typedMax={TYPED_LAMBDA.max}
      onChange={props.onChange}
      notes={
        <>
          {props.notes}
          {beyond && (
            <Note tone="inactive">
              {t('controls.reg.lambda.beyond', {
                min: formatSignificant(min),
                max: formatSignificant(max),
              })}
            </Note>
          )}
          <Suspense fallback={null}>
            <LambdaVerdict runId={props.runId ?? MAIN_RUN} />
          </Suspense>
        </>
      }
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

// Dropout's keep probability p (the concept note's and Srivastava et al.'s convention), with the
// drop rate 1 − p beside it because PyTorch's Dropout(p) takes the drop rate.
import type { RunId } from '../../workers/contract';
import { useT } from '../i18n';
import { Explanation } from '../lesson/Explanation';
import { setSetting, useConfigPart } from './configPart';
import { LabelledSlider } from './LabelledSlider';
import { Note } from './Note';
import { Section } from './Section';
import { useControlRanges } from './useControlRanges';

export function DropoutSection({ runId }: { runId: RunId }) {
  const t = useT();
  const model = useConfigPart(runId, 'model');
  const range = useControlRanges().dropoutKeep;
  if (!model) return null;
  const p = model.dropoutKeep;
  const dropRate = (1 - p).toFixed(2);
  return (
    <Section title={t('controls.section.dropout')}>
      <Explanation technique="dropout" />
      <LabelledSlider
        label={t('controls.dropout.keep')}
        help={t('controls.dropout.keep.help')}
        value={p}
        min={range.min}
        max={range.max}
        step={0.05}
        format={(v) => v.toFixed(2)}
        onChange={(keep) => setSetting(runId, 'model', 'dropoutKeep', keep)}
        notes={
          <>
            <Note>
              <span data-testid="drop-rate">
                {t('controls.dropout.dropRate', { rate: dropRate })}
              </span>
            </Note>
            {model.hidden.length === 0 && p < 1 && (
              <Note tone="inactive">{t('controls.dropout.noHidden')}</Note>
            )}
          </>
        }
      />
    </Section>
  );
}

// Early stopping on the validation loss: patience, minimum improvement, restoring the best
// weights, and "mark only", which keeps training to show what stopping would have prevented.
import type { EarlyStoppingConfig } from '../../workers/contract';
import type { RunId } from '../../workers/contract';
import { useT } from '../i18n';
import { Explanation } from '../lesson/Explanation';
import { CheckboxField } from './CheckboxField';
import { setSetting, useConfigPart } from './configPart';
import { Field } from './Field';
import { Note } from './Note';
import { NumberField } from './NumberField';
import { Section } from './Section';
import { PatienceField } from './PatienceField';

export function EarlyStoppingSection({ runId }: { runId: RunId }) {
  const t = useT();
  const es = useConfigPart(runId, 'earlyStopping');
  const valShare = useConfigPart(runId, 'data')?.split.val;
  if (!es || valShare === undefined) return null;
  const set = <K extends keyof EarlyStoppingConfig>(key: K, value: EarlyStoppingConfig[K]) =>
    setSetting(runId, 'earlyStopping', key, value);
  return (
    <Section title={t('controls.section.earlyStopping')}>
      <Explanation technique="earlystopping" />
      <CheckboxField
        label={t('controls.es.enabled')}
        help={t('controls.es.enabled.help')}
        checked={es.enabled}
        onChange={(on) => set('enabled', on)}
        notes={valShare === 0 && <Note tone="warn">{t('controls.es.needsVal')}</Note>}
      />
      <PatienceField value={es.patience} onCommit={(n) => set('patience', n)} />
      <Field label={t('controls.es.minDelta')} inline help={t('controls.es.minDelta.help')}>
        {({ inputId, describedBy, title }) => (
          <NumberField
            id={inputId}
            describedBy={describedBy}
            title={title}
            value={es.minDelta}
            min={0}
            max={1}
            stepFrom={(v, direction) => Number((v + direction * 0.001).toFixed(3))}
            onCommit={(n) => set('minDelta', n)}
          />
        )}
      </Field>
      <CheckboxField
        label={t('controls.es.restoreBest')}
        help={t('controls.es.restoreBest.help')}
        checked={es.restoreBest}
        onChange={(on) => set('restoreBest', on)}
      />
      <CheckboxField
        label={t('controls.es.markOnly')}
        help={t('controls.es.markOnly.help')}
        checked={es.markOnly}
        onChange={(on) => set('markOnly', on)}
      />
    </Section>
  );
}

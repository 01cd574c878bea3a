// Early stopping's patience, shared by the control panel and presentation mode.
import { useT } from '../i18n';
import { Field } from './Field';
import { NumberField } from './NumberField';

export function PatienceField(props: { value: number; onCommit: (patience: number) => void }) {
  const t = useT();
  return (
    <Field label={t('controls.es.patience')} inline help={t('controls.es.patience.help')}>
      {({ inputId, describedBy, title }) => (
        <NumberField
          id={inputId}
          describedBy={describedBy}
          title={title}
          value={props.value}
          min={1}
          max={10000}
          integer
          stepFrom={(v, direction) => v + direction * 5}
          onCommit={props.onCommit}
        />
      )}
    </Field>
  );
}

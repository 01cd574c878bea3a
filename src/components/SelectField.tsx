// A labelled <select> over string values (the config's enums).
import type { ReactNode } from 'react';
import { Field } from './Field';

export interface SelectOption<T extends string> {
  value: T;
  label: string;
}

interface SelectFieldProps<T extends string> {
  label: string;
  help: string;
  value: T;
  options: readonly SelectOption<T>[];
  onChange: (value: T) => void;
  notes?: ReactNode;
}

export function SelectField<T extends string>(props: SelectFieldProps<T>) {
  const { label, help, value, options, onChange, notes } = props;
  return (
    <Field label={label} help={help} notes={notes}>
      {({ inputId, describedBy, title }) => (
        <select
          id={inputId}
          className="rl-select"
          value={value}
          title={title}
          aria-describedby={describedBy}
          onChange={(e) => {
            const picked = options.find((o) => o.value === e.currentTarget.value);
            if (picked) onChange(picked.value);
          }}
        >
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

// A labelled <select> of numbers (repeats, the p a curve holds, a point's repeat).
import { useId } from 'react';

export interface NumberSelectProps {
  label: string;
  value: number;
  options: readonly number[];
  format?: (value: number) => string;
  onChange: (value: number) => void;
}

export function NumberSelect({
  label,
  value,
  options,
  format = String,
  onChange,
}: NumberSelectProps) {
  const id = useId();
  return (
    <span className="sweep-inline">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        className="chart-select"
        value={value}
        onChange={(e) => onChange(Number(e.currentTarget.value))}
      >
        {options.map((v) => (
          <option key={v} value={v}>
            {format(v)}
          </option>
        ))}
      </select>
    </span>
  );
}

// A linear range slider with its value beside the label. It sends every input event, so a drag
// changes the run live.
import type { ReactNode } from 'react';
import { Field } from './Field';
import { decimalsOf, roundToStep } from './format';

interface LabelledSliderProps {
  label: string;
  help: string;
  value: number;
  min: number;
  max: number;
  step: number;
  onChange: (value: number) => void;
  /** The value as shown and spoken; the step's decimals by default. */
  format?: (n: number) => string;
  notes?: ReactNode;
}

export function LabelledSlider(props: LabelledSliderProps) {
  const { label, help, value, min, max, step, onChange, notes } = props;
  const shown = props.format ? props.format(value) : value.toFixed(decimalsOf(step));
  return (
    <Field label={label} help={help} value={shown} notes={notes}>
      {({ inputId, describedBy, title }) => (
        <input
          id={inputId}
          type="range"
          className="rl-slider"
          min={min}
          max={max}
          step={step}
          value={value}
          aria-valuetext={shown}
          aria-describedby={describedBy}
          title={title}
          onChange={(e) => onChange(roundToStep(Number(e.currentTarget.value), step))}
        />
      )}
    </Field>
  );
}

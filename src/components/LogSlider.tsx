// A slider over decades (see logScale.ts) with a typed entry beside it for exact values, e.g.
// λ = 0.003. The typed entry may accept a wider range than the slider spans.
import type { ReactNode } from 'react';
import { Field } from './Field';
import { formatSignificant } from './format';
import type { LogScale } from './logScale';
import { positionOf, stepLog, topPosition, valueAt } from './logScale';
import { NumberField } from './NumberField';

interface LogSliderProps {
  label: string;
  /** The typed entry's accessible name, e.g. "Learning rate value". */
  valueLabel: string;
  help: string;
  value: number;
  scale: LogScale;
  typedMin: number;
  typedMax: number;
  onChange: (value: number) => void;
  notes?: ReactNode;
}

export function LogSlider(props: LogSliderProps) {
  const { label, valueLabel, help, value, scale, onChange, notes } = props;
  const shown = formatSignificant(value, 3);
  return (
    <Field label={label} help={help} notes={notes}>
      {({ inputId, describedBy, title }) => (
        <div className="rl-row">
          <input
            id={inputId}
            type="range"
            className="rl-slider"
            min={0}
            max={topPosition(scale)}
            step={1}
            value={positionOf(scale, value)}
            aria-valuetext={shown}
            aria-describedby={describedBy}
            title={title}
            onChange={(e) => onChange(valueAt(scale, Number(e.currentTarget.value)))}
          />
          <NumberField
            ariaLabel={valueLabel}
            describedBy={describedBy}
            title={title}
            value={value}
            min={props.typedMin}
            max={props.typedMax}
            stepFrom={(v, direction) => stepLog(scale, v, direction)}
            onCommit={onChange}
          />
        </div>
      )}
    </Field>
  );
}

// A labelled checkbox: native keyboard access (Tab, Space) and a visible label for every toggle.
import { memo } from 'react';

export interface ToggleProps {
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  disabled?: boolean;
  testId?: string;
}

/** Memoized: a chart re-renders its controls at every chart tick, and they rarely change. */
export const Toggle = memo(function Toggle({
  label,
  checked,
  onChange,
  disabled,
  testId,
}: ToggleProps) {
  return (
    <label className="chart-toggle">
      <input
        type="checkbox"
        checked={checked}
        disabled={disabled}
        data-testid={testId}
        onChange={(e) => onChange(e.currentTarget.checked)}
      />
      {label}
    </label>
  );
});

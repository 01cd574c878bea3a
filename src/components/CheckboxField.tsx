// A checkbox with its label after it, a "?" and optional notes.
import { useId, useState } from 'react';
import type { ReactNode } from 'react';
import { HelpButton, HelpText } from './HelpTip';

interface CheckboxFieldProps {
  label: string;
  help: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  notes?: ReactNode;
}

export function CheckboxField({ label, help, checked, onChange, notes }: CheckboxFieldProps) {
  const base = useId();
  const [open, setOpen] = useState(false);
  const inputId = `${base}input`;
  const tipId = `${base}tip`;
  const notesId = `${base}notes`;
  return (
    <div className="rl-field rl-check">
      <div className="rl-field-head">
        <input
          id={inputId}
          type="checkbox"
          className="rl-checkbox"
          checked={checked}
          title={help}
          aria-describedby={notes ? `${notesId} ${tipId}` : tipId}
          onChange={(e) => onChange(e.currentTarget.checked)}
        />
        <label className="rl-field-label" htmlFor={inputId}>
          {label}
        </label>
        <HelpButton
          name={label}
          tipId={tipId}
          text={help}
          open={open}
          onToggle={() => setOpen((o) => !o)}
        />
      </div>
      {notes && (
        <div id={notesId} className="rl-field-notes">
          {notes}
        </div>
      )}
      <HelpText id={tipId} text={help} open={open} />
    </div>
  );
}

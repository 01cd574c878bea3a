// One labelled control: the label row (label, current value, "?"), the control, notes such as
// label-safety hints, and the tip. The control gets its id and description through `children`.
import { useId, useState } from 'react';
import type { ReactNode } from 'react';
import { HelpButton, HelpText } from './HelpTip';

export interface FieldIds {
  inputId: string;
  /** For the control's aria-describedby: the notes, then the tip. */
  describedBy: string;
  /** For the control's title: the tip as a mouse tooltip. */
  title: string;
}

interface FieldProps {
  label: string;
  help: string;
  /** The value as text beside the label (the control itself exposes it to assistive tech). */
  value?: ReactNode;
  notes?: ReactNode;
  /** Puts a small control (a number field) on the label's row instead of below it. */
  inline?: boolean;
  children: (ids: FieldIds) => ReactNode;
}

export function Field({ label, help, value, notes, inline = false, children }: FieldProps) {
  const base = useId();
  const [open, setOpen] = useState(false);
  const inputId = `${base}input`;
  const tipId = `${base}tip`;
  const notesId = `${base}notes`;
  const describedBy = notes ? `${notesId} ${tipId}` : tipId;
  const control = children({ inputId, describedBy, title: help });
  return (
    <div className="rl-field">
      <div className="rl-field-head">
        <label className="rl-field-label" htmlFor={inputId}>
          {label}
        </label>
        {value !== undefined && (
          <span className="rl-field-value" aria-hidden="true">
            {value}
          </span>
        )}
        {inline && <div className="rl-field-inline">{control}</div>}
        <HelpButton
          name={label}
          tipId={tipId}
          text={help}
          open={open}
          onToggle={() => setOpen((o) => !o)}
        />
      </div>
      {!inline && <div className="rl-field-body">{control}</div>}
      {notes && (
        <div id={notesId} className="rl-field-notes">
          {notes}
        </div>
      )}
      <HelpText id={tipId} text={help} open={open} />
    </div>
  );
}

// A collapsible group of controls. Open by default: a closed <details> hides its controls from
// keyboard, screen readers and tests alike, so the student chooses what to fold away.
import { useState } from 'react';
import type { ReactNode } from 'react';

export function Section({ title, children }: { title: string; children: ReactNode }) {
  const [open, setOpen] = useState(true);
  return (
    <details className="rl-section" open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary className="rl-section-title">
        <h2>{title}</h2>
      </summary>
      <div className="rl-section-body">{children}</div>
    </details>
  );
}

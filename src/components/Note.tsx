// A short line under a control: neutral, a warning (the setting works against the lesson, e.g. a
// flip that changes XOR's labels), or "not used now" (muted).
import type { ReactNode } from 'react';

export type NoteTone = 'info' | 'warn' | 'inactive';

export function Note({ tone = 'info', children }: { tone?: NoteTone; children: ReactNode }) {
  return (
    <p className={`rl-note rl-note--${tone}`}>
      {tone === 'warn' && (
        <span className="rl-note-icon" aria-hidden="true">
          ⚠{' '}
        </span>
      )}
      {children}
    </p>
  );
}

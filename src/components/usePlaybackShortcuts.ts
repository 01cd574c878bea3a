// Space = play/pause, → or "." = one epoch, "r" = reset. Keys typed into a field, a select or a
// slider are theirs (→ moves a slider; "." is part of "0.003"), and Space on a button or a
// checkbox already activates it.
import { useEffect } from 'react';
import { resetTraining, stepOneEpoch, togglePlay } from './playbackCommands';

const OWNS_KEYS =
  'input, select, textarea, [contenteditable=""], [contenteditable="true"], ' +
  '[role="slider"], [role="spinbutton"], [role="textbox"], [role="combobox"], [role="listbox"]';
const OWNS_SPACE = 'button, summary, a[href], [role="button"], [role="checkbox"], [role="switch"]';

function closest(target: EventTarget | null, selector: string): boolean {
  return target instanceof Element && target.closest(selector) !== null;
}

/** The key belongs to the focused field, select or slider (shared with presentation mode). */
export function fieldOwnsKeys(target: EventTarget | null): boolean {
  return closest(target, OWNS_KEYS);
}

/** Space activates the focused button or checkbox itself. */
export function controlOwnsSpace(target: EventTarget | null): boolean {
  return closest(target, OWNS_SPACE);
}

export function usePlaybackShortcuts(): void {
  useEffect(() => {
    const onKeyDown = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey) return;
      if (fieldOwnsKeys(e.target)) return;
      if (e.key === ' ') {
        if (controlOwnsSpace(e.target)) return;
        e.preventDefault(); // the page would scroll
        if (!e.repeat) togglePlay();
      } else if (e.key === 'ArrowRight' || e.key === '.') {
        e.preventDefault();
        stepOneEpoch();
      } else if ((e.key === 'r' || e.key === 'R') && !e.repeat) {
        resetTraining();
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}

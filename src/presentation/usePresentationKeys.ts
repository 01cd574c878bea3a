// Keyboard and presentation-clicker keys. Clickers send PageDown/PageUp (some → and ←), "b" or
// "." to blank the screen, and F5/Esc from their "start show" button. Nothing here fires while
// the lecturer types into a field; a focused slider or select keeps its own keys except the
// clicker's PageUp/PageDown and Esc, so a slider dragged a moment ago cannot swallow "next".
import { useEffect } from 'react';
import { revealPredict } from '../compare/predict/predictStore';
import { resetTraining, stepOneEpoch, togglePlay } from '../components/playbackCommands';
import { controlOwnsSpace, fieldOwnsKeys } from '../components/usePlaybackShortcuts';
import { nextLesson, previousLesson } from '../lesson/lessonActions';
import { exitPresentation, toggleBlank, toggleLegend } from './presentationActions';
import { usePresentation } from './presentationStore';

export type PresentationCommand =
  'next' | 'previous' | 'play' | 'step' | 'reset' | 'exit' | 'legend' | 'blank' | 'stay';

const KEYS: Record<string, PresentationCommand> = {
  PageDown: 'next',
  ArrowRight: 'next',
  PageUp: 'previous',
  ArrowLeft: 'previous',
  ' ': 'play',
  k: 'play',
  s: 'step',
  r: 'reset',
  Escape: 'exit',
  '?': 'legend',
  b: 'blank',
  '.': 'blank',
  // A clicker's "start show" button: reloading would throw the run away.
  F5: 'stay',
};

const TEXT_ENTRY =
  'textarea, [contenteditable=""], [contenteditable="true"], [role="textbox"], ' +
  '[role="spinbutton"], input:not([type="range"]):not([type="checkbox"]):not([type="radio"])';

const CLICKER_KEYS = new Set(['PageDown', 'PageUp', 'Escape']);

/** What a key press asks of the presentation, or null when it is not the presentation's. */
export function presentationCommand(e: KeyboardEvent): PresentationCommand | null {
  if (e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey) return null;
  const command = KEYS[e.key.length === 1 ? e.key.toLowerCase() : e.key] ?? null;
  if (!command) return null;
  const target = e.target;
  if (target instanceof Element && target.closest(TEXT_ENTRY)) return null;
  if (fieldOwnsKeys(target) && !CLICKER_KEYS.has(e.key)) return null;
  if (e.key === ' ' && controlOwnsSpace(target)) return null;
  return command;
}

/**
 * Runs a command. Esc undoes what is in front first: a blanked screen comes back, an open key
 * list closes; only then does it leave the presentation. "Next" likewise reveals hidden labels
 * first (a clicker has no H key), and only then moves to the next lesson.
 */
export function runPresentationCommand(command: PresentationCommand): void {
  const { blank, legendOpen } = usePresentation.getState();
  if (command === 'exit' && blank) command = 'blank';
  else if (command === 'exit' && legendOpen) command = 'legend';
  const run: Record<PresentationCommand, () => void> = {
    // A clicker has no Play key: the next lesson starts playing at its pace (unless the reader
    // asked for reduced motion).
    next: () => {
      if (!revealPredict()) nextLesson({ play: true });
    },
    previous: () => previousLesson({ play: true }),
    play: togglePlay,
    step: stepOneEpoch,
    reset: resetTraining,
    exit: exitPresentation,
    legend: toggleLegend,
    blank: toggleBlank,
    stay: () => undefined,
  };
  run[command]();
}

/** Toggles fire once per press; held keys repeat only the step. */
const REPEATS: ReadonlySet<PresentationCommand> = new Set(['step']);

export function usePresentationKeys(): void {
  useEffect(() => {
    const onKeyDown = (e: KeyboardEvent) => {
      const command = presentationCommand(e);
      if (!command) return;
      e.preventDefault(); // Space would scroll, PageDown page, F5 reload
      if (e.repeat && !REPEATS.has(command)) return;
      runPresentationCommand(command);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}

// Whether the comparison's panels are hidden behind letters for a prediction: the round's
// shuffled order and the class's guesses. Small on purpose, as the panels' titles read it from
// the start-up bundle; the button, the shuffle and the form are a lazy chunk (PredictPanel.tsx).
import { create } from 'zustand';
// With the start-up styles, not the lazy chunk: the rules that hide the giveaways apply at once,
// and a stylesheet of the chunk would be one more name in the start-up code's preload map.
import './predict.css';

export interface PredictState {
  /** The runs' indices in the order the panels show them, or null while the labels show. */
  order: number[] | null;
  /** Per panel position, the run index guessed for it, or null. */
  guesses: (number | null)[];
  revealed: boolean;
}

export const usePredict = create<PredictState>(() => ({
  order: null,
  guesses: [],
  revealed: false,
}));

export function leavePredict(): void {
  usePredict.setState({ order: null, guesses: [], revealed: false });
}

/**
 * Reveals the hidden labels, if they are hidden and not yet revealed: true when it did. A
 * clicker's "next" does this before it moves on (presentation mode).
 */
export function revealPredict(): boolean {
  const { order, revealed } = usePredict.getState();
  if (!order || revealed) return false;
  usePredict.setState({ revealed: true });
  return true;
}

/** While the class guesses: labels hidden and not yet revealed (the giveaways stay hidden). */
export function useGuessing(): boolean {
  return usePredict((s) => s.order !== null && !s.revealed);
}

/** The letter of the panel at a position: A for the first, … D for the fourth. */
export function letterAt(position: number): string {
  return String.fromCharCode(65 + position);
}

/** A run titled by its letter while hidden, and "A · its title" after the reveal. */
export function lettered<R extends { name: string; title: string }>(
  run: R,
  letter: string,
  revealed: boolean,
): R {
  return { ...run, name: '', title: revealed ? `${letter} · ${run.title}` : letter };
}

/**
 * The runs as the panels show them: in the round's shuffled order and relabelled by `hide`
 * (their letter, and after the reveal "A · L2") while predicting; unchanged otherwise.
 */
export function usePredictView<R>(
  runs: R[],
  hide: (run: R, letter: string, revealed: boolean) => R,
): R[] {
  const order = usePredict((s) => s.order);
  const revealed = usePredict((s) => s.revealed);
  if (!order || order.length !== runs.length) return runs;
  return order.map((i, position) => hide(runs[i]!, letterAt(position), revealed));
}

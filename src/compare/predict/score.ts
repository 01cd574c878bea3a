// How a round of "predict, then reveal" scores, and which runs a panel's select still offers.
export interface Score {
  /** Per panel position: did the guess name the run behind it. */
  marks: boolean[];
  correct: number;
  total: number;
}

/**
 * Scores guesses (a run index per panel position, null when left open) against the order the
 * panels show. An open guess counts as wrong: the class sees "3 of 4", not "3 of 3".
 */
export function scoreGuesses(order: readonly number[], guesses: readonly (number | null)[]): Score {
  const marks = order.map((run, position) => guesses[position] === run);
  return { marks, correct: marks.filter(Boolean).length, total: order.length };
}

/** The runs still free for a panel's select: each run is named once, its own guess stays. */
export function freeChoices(
  count: number,
  guesses: readonly (number | null)[],
  position: number,
): number[] {
  const taken = new Set(guesses.filter((g, p): g is number => g !== null && p !== position));
  return Array.from({ length: count }, (_, i) => i).filter((i) => !taken.has(i));
}

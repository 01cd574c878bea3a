// A round of "predict, then reveal": a new seeded shuffle (the same seed gives the same order,
// a fresh seed each round), the guesses and the reveal.
import { shuffler } from 'd3-array';
import { leavePredict, usePredict } from './predictStore';

/**
 * A seeded source in [0, 1): the LCG of Numerical Recipes, as d3-random's randomLcg (that package
 * does not tree-shake: all of it would come along for these lines).
 */
function lcg(seed: number): () => number {
  let state = seed | 0;
  return () => {
    state = (Math.imul(0x19660d, state) + 0x3c6ef35f) | 0;
    return (state >>> 0) / 2 ** 32;
  };
}

/** The runs' indices in the order the panels show them: a fair shuffle, fixed by the seed. */
export function shuffledOrder(count: number, seed: number): number[] {
  const order = Array.from({ length: count }, (_, i) => i);
  return shuffler(lcg(seed))(order);
}

/** A new round: a new shuffle, no guesses, nothing revealed. */
export function startRound(count: number, seed = crypto.getRandomValues(new Uint32Array(1))[0]!) {
  usePredict.setState({ order: shuffledOrder(count, seed), guesses: [], revealed: false });
}

export function setGuess(position: number, run: number | null): void {
  const guesses = [...usePredict.getState().guesses];
  guesses[position] = run;
  usePredict.setState({ guesses });
}

/** Hides the labels of `count` runs behind a new shuffle, or shows them again. */
export function togglePredict(count: number): void {
  if (usePredict.getState().order) leavePredict();
  else startRound(count);
}

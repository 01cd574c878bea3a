// The shuffle behind the letters and the scoring of a round.
import { afterEach, describe, expect, it } from 'vitest';
import { leavePredict, letterAt, revealPredict, usePredict } from './predictStore';
import { setGuess, shuffledOrder, startRound, togglePredict } from './round';
import { freeChoices, scoreGuesses } from './score';

afterEach(leavePredict);

describe('shuffledOrder', () => {
  it('is a permutation of the runs, the same for the same seed', () => {
    for (const count of [2, 3, 4]) {
      for (const seed of [0, 1, 12345, 0xffffffff, 2 ** 31]) {
        const order = shuffledOrder(count, seed);
        expect([...order].sort()).toEqual(Array.from({ length: count }, (_, i) => i));
        expect(shuffledOrder(count, seed)).toEqual(order);
      }
    }
  });

  it('gives every order of four runs from different seeds, each run equally often in each place', () => {
    const orders = new Set<string>();
    const counts = Array.from({ length: 4 }, () => [0, 0, 0, 0]);
    const rounds = 24_000;
    for (let seed = 0; seed < rounds; seed++) {
      // Seeds far apart, as crypto.getRandomValues gives them.
      const order = shuffledOrder(4, Math.imul(seed, 0x9e3779b1));
      orders.add(order.join(''));
      order.forEach((run, position) => counts[position]![run]!++);
    }
    expect(orders.size).toBe(24);
    // 6,000 expected per cell; 5 standard deviations (≈ 335) would be a biased shuffle.
    for (const row of counts)
      for (const n of row) expect(Math.abs(n - rounds / 4)).toBeLessThan(335);
  });
});

describe('scoring', () => {
  it('counts the guesses that name the run behind each panel; an open guess is wrong', () => {
    const order = [2, 0, 3, 1];
    expect(scoreGuesses(order, [2, 0, 3, 1])).toEqual({
      marks: [true, true, true, true],
      correct: 4,
      total: 4,
    });
    expect(scoreGuesses(order, [2, 0, 1, 3])).toMatchObject({ correct: 2, total: 4 });
    expect(scoreGuesses(order, [2, null])).toEqual({
      marks: [true, false, false, false],
      correct: 1,
      total: 4,
    });
  });

  it('offers each run once: another panel’s guess is taken, the panel’s own stays', () => {
    expect(freeChoices(4, [2, null, 0], 1)).toEqual([1, 3]);
    expect(freeChoices(4, [2, null, 0], 0)).toEqual([1, 2, 3]);
    expect(freeChoices(3, [], 2)).toEqual([0, 1, 2]);
  });

  it('letters the panels A to D', () => {
    expect([0, 1, 2, 3].map(letterAt)).toEqual(['A', 'B', 'C', 'D']);
  });
});

describe('a round in the store', () => {
  it('enters with a shuffle, keeps guesses until Try again, and leaves on the toggle', () => {
    togglePredict(4);
    const first = usePredict.getState().order;
    expect(first).toHaveLength(4);
    setGuess(1, 3);
    setGuess(0, 2);
    expect(usePredict.getState().guesses).toEqual([2, 3]);
    expect(revealPredict()).toBe(true);
    expect(revealPredict()).toBe(false);
    expect(usePredict.getState().revealed).toBe(true);
    startRound(4, 7);
    expect(usePredict.getState()).toMatchObject({
      order: shuffledOrder(4, 7),
      guesses: [],
      revealed: false,
    });
    togglePredict(4);
    expect(usePredict.getState()).toMatchObject({ order: null, guesses: [], revealed: false });
    // Nothing hidden, nothing to reveal (a clicker's "next" then moves on).
    expect(revealPredict()).toBe(false);
  });
});

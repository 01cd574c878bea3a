// What the tests of "predict, then reveal" share, in the lab's view and in presentation mode: the
// four-run comparison and reading the panels' titles.
import { act, screen, within } from '@testing-library/react';
import { expect } from 'vitest';
import { setComparison, startLab } from '../../lab/labConfig';

/** A lazy chunk may take a while to resolve on a busy machine. */
export const LOAD = { timeout: 30_000 };

/** A panel title's own text, without the swatch's tooltip. */
export const ownText = (h: HTMLElement) =>
  [...h.childNodes]
    .filter((n) => n.nodeType === Node.TEXT_NODE)
    .map((n) => n.textContent)
    .join('');

export function fourRuns(): void {
  act(() => startLab(''));
  act(() =>
    setComparison({
      mainLabel: 'compare.run.none',
      variants: [
        { label: 'compare.run.l1', patch: { regularization: { kind: 'l1' } } },
        { label: 'compare.run.l2', patch: { regularization: { kind: 'l2' } } },
        {
          label: 'L2 + dropout',
          patch: { regularization: { kind: 'l2' }, model: { dropoutKeep: 0.5 } },
        },
      ],
    }),
  );
}

/** The panels' titles in the order shown, if they are exactly `names` (their accessible names). */
export function expectTitles(grid: HTMLElement, names: string[]): void {
  const titled = names.map((name) => within(grid).getByRole('heading', { level: 2, name }));
  expect(within(grid).getAllByRole('heading', { level: 2 })).toEqual(titled);
}

/**
 * While the labels are hidden: the panels say only A–D, none of the real `titles` shows, and the
 * overlay's legend would not name them either.
 */
export function expectLettered(panels: HTMLElement, titles: string[]): void {
  const letters = ['A', 'B', 'C', 'D'].slice(0, titles.length);
  expectTitles(panels, letters);
  for (const title of titles) expect(within(panels).queryByText(title)).toBeNull();
  const legend = screen.getByRole('list', { name: 'Runs in the overlay chart' });
  expect(
    within(legend)
      .getAllByRole('listitem')
      .map((li) => li.textContent),
  ).toEqual(letters);
}

// What each lesson promises, read off the page as a student reads it: the zero fraction under a
// histogram, the weight norm, the misclassified counts, the latest validation loss, the early
// stopping mark. Each check is a condition that holds once the effect shows; the tests play the
// lesson at its own pace and note the epoch at which it first holds.
import type { Locator, Page } from 'playwright-core';
import { epoch, until } from './labSession.ts';

/** The number in a readout such as "12.5%" or "‖W‖₂ 4.14", NaN while it shows none. */
async function numberIn(locator: Locator): Promise<number> {
  if ((await locator.count()) === 0) return NaN;
  const text = (await locator.first().textContent()) ?? '';
  const m = /-?\d+(\.\d+)?/.exec(text.replace(/,/g, ''));
  return m ? Number(m[0]) : NaN;
}

/** The side-by-side panel of the run titled `title` (or the whole page for a single run). */
function panel(page: Page, title?: string): Locator | Page {
  return title === undefined ? page : page.getByRole('region', { name: title, exact: true });
}

export function zeros(page: Page, title?: string): Promise<number> {
  return numberIn(panel(page, title).getByTestId('zero-fraction'));
}

export function norm(page: Page, title?: string): Promise<number> {
  return numberIn(panel(page, title).getByTestId('l2-norm'));
}

/** The latest validation loss in the run's loss readout. */
export async function valLoss(page: Page, title?: string): Promise<number> {
  const readout = panel(page, title).getByTestId('loss-readout');
  if ((await readout.count()) === 0) return NaN;
  const text = (await readout.first().textContent()) ?? '';
  const m = /validation data loss (\d+(\.\d+)?)/.exec(text);
  return m ? Number(m[1]) : NaN;
}

export async function trainLoss(page: Page, title?: string): Promise<number> {
  const text = (await panel(page, title).getByTestId('loss-readout').first().textContent()) ?? '';
  const m = /training data loss (\d+(\.\d+)?)/.exec(text);
  return m ? Number(m[1]) : NaN;
}

/** "Misclassified: training a of N · validation b of M" as shares of each split. */
export async function misclassified(
  page: Page,
  title?: string,
): Promise<{ train: number; val: number }> {
  const text =
    (await panel(page, title).getByTestId('misclassified-readout').first().textContent()) ?? '';
  const m = /training (\d+) of (\d+) · validation (\d+) of (\d+)/.exec(text);
  if (!m) return { train: NaN, val: NaN };
  return { train: Number(m[1]) / Number(m[2]), val: Number(m[3]) / Number(m[4]) };
}

export interface LessonEffect {
  /** The lesson's title in the Lesson menu. */
  title: string;
  /** What the class should see, for the failure message. */
  shows: string;
  /** A fresh check per play (some remember what they have seen, e.g. a minimum). */
  check: () => (page: Page) => Promise<boolean>;
}

const simple = (f: (page: Page) => Promise<boolean>) => () => f;

export const LESSON_EFFECTS: LessonEffect[] = [
  {
    title: 'Overfitting without regularization',
    shows: 'validation loss 25 % above its lowest while training loss keeps falling',
    check: () => {
      let lowest = Infinity;
      return async (page) => {
        const val = await valLoss(page);
        // Before the lesson's first frame the readout shows no loss: NaN would stick as the
        // lowest (Math.min) and the effect could never be read.
        if (Number.isNaN(val)) return false;
        lowest = Math.min(lowest, val);
        return val > 1.25 * lowest && (await trainLoss(page)) < 0.6 * val;
      };
    },
  },
  {
    title: 'L2 shrinks the weights',
    shows: 'L2’s validation loss well below the unpenalized run’s, no weight exactly 0',
    check: simple(
      async (p) =>
        (await valLoss(p, 'L2')) < 0.8 * (await valLoss(p, 'No regularization')) &&
        (await zeros(p, 'L2')) === 0,
    ),
  },
  {
    title: 'L1 switches features off',
    shows: 'five of the seven weights exactly 0 under L1, none without',
    check: simple(
      async (p) => (await zeros(p, 'L1')) === 71.4 && (await zeros(p, 'No regularization')) === 0,
    ),
  },
  {
    title: 'L1 vs L2 side by side',
    shows: 'over half the weights exactly 0 under L1, none under L2',
    check: simple(async (p) => (await zeros(p, 'L1')) > 50 && (await zeros(p, 'L2')) === 0),
  },
  {
    title: 'Dropout: p = 0.5 vs p = 1',
    shows: 'validation loss with dropout well below the one without',
    check: simple(
      async (p) => 1.2 * (await valLoss(p, 'p = 0.5')) < (await valLoss(p, 'p = 1 (no dropout)')),
    ),
  },
  {
    title: 'Early stopping (mark only)',
    shows: 'the stop mark on the loss chart',
    check: simple(async (p) => (await p.getByTestId('es-stop-marker').count()) > 0),
  },
  {
    title: 'Batch normalization',
    shows: 'validation loss below 0.3 with batch norm, above 0.6 without',
    check: simple(
      async (p) =>
        (await valLoss(p, 'Batch norm on')) < 0.3 && (await valLoss(p, 'Batch norm off')) > 0.6,
    ),
  },
  {
    title: 'Augmentation: right and wrong',
    shows: 'the flip run’s validation loss high, scaling’s as low as no augmentation’s',
    check: simple(async (p) => {
      const none = await valLoss(p, 'No flips, no scaling');
      return (
        (await valLoss(p, 'Horizontal flips, no scaling')) > 0.5 &&
        none < 0.4 &&
        (await valLoss(p, 'No flips, scaling ±0.3')) < 0.4
      );
    }),
  },
  {
    title: 'None, L1, L2, L2 + dropout',
    shows: 'L1 zeroes part of the weights, the others none; every penalty below no regularization',
    check: simple(async (p) => {
      const l1 = await zeros(p, 'L1, λ = 0.01, no dropout');
      const none = await valLoss(p, 'No regularization, no dropout');
      return (
        l1 > 20 &&
        l1 < 80 &&
        (await zeros(p, 'L2, λ = 0.01, no dropout')) === 0 &&
        (await valLoss(p, 'L2, λ = 0.01, dropout p = 0.5')) < 0.8 * none &&
        (await valLoss(p, 'L2, λ = 0.01, no dropout')) < 0.8 * none
      );
    }),
  },
  {
    title: 'All techniques combined',
    shows: 'the combined run’s validation loss well below the run with none of them',
    check: simple(
      async (p) =>
        1.2 *
          (await valLoss(
            p,
            'L2, λ = 0.003, dropout p = 0.9, early stopping marked only (patience 200), jitter σ = 0.5',
          )) <
        (await valLoss(p, 'No regularization, no dropout, no early stopping, no jitter')),
    ),
  },
  {
    title: 'Why L1 gives exact zeros',
    shows: 'one of the two weights exactly 0 under L1, none under L2',
    check: simple(async (p) => (await zeros(p, 'L1')) === 50 && (await zeros(p, 'L2')) === 0),
  },
  {
    title: 'Dropout is an ensemble',
    shows: 'the network with dropout learns the circle (under 15 % of validation points wrong)',
    check: simple(async (p) => (await misclassified(p)).val < 0.15),
  },
  {
    title: 'Batch norm: noise and a higher learning rate',
    shows: 'at learning rate 2, validation loss below 0.3 with batch norm, above 0.5 without',
    check: simple(
      async (p) =>
        (await valLoss(p, 'Batch norm on, learning rate 2')) < 0.3 &&
        (await valLoss(p, 'Batch norm off, learning rate 2')) > 0.5,
    ),
  },
  {
    title: 'L2 vs AdamW under Adam',
    shows: 'Adam + L2’s weight norm under half AdamW’s; SGD + L2 and SGD + weight decay alike',
    check: simple(async (p) => {
      const sgd = await valLoss(p, 'L2, λ = 0.01, SGD, learning rate 0.1');
      return (
        (await norm(p, 'L2, λ = 0.01, Adam, learning rate 0.01')) <
          0.5 * (await norm(p, 'L2, λ = 0.01 (AdamW), Adam, learning rate 0.01')) &&
        Math.abs(sgd - (await valLoss(p, 'L2, λ = 0.01 (AdamW), SGD, learning rate 0.1'))) < 0.002
      );
    }),
  },
];

/** The training speed the page shows (epochs per second), NaN for "as fast as possible". */
export async function shownSpeed(page: Page): Promise<number> {
  return Number(await page.getByRole('combobox', { name: 'Training speed' }).inputValue());
}

/**
 * Waits for a lesson's effect while it plays, and returns the epoch at which it first showed:
 * the epoch counter read just after the check held, so never earlier than the truth.
 */
export async function epochWhenShown(page: Page, effect: LessonEffect): Promise<number> {
  const check = effect.check();
  await until(
    () => check(page),
    (shown) => shown,
    `${effect.title}: ${effect.shows}`,
    60_000,
  );
  return epoch(page);
}

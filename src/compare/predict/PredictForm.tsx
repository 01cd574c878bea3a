// The class's guesses: a select per lettered panel offering every run's real title (each used
// once), "Reveal" to mark each guess right or wrong and announce the score, "Try again" for a new
// shuffle. Focus follows the round: to "Try again" after the reveal, to panel A's select after a
// reshuffle.
import { useEffect, useId, useRef } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useFormT } from './formStrings';
import { freeChoices, scoreGuesses } from './score';
import { letterAt, revealPredict, usePredict } from './predictStore';
import { setGuess, startRound } from './round';

const NO_ORDER: number[] = [];

export function PredictForm({ titles }: { titles: string[] }) {
  const t = useFormT();
  const baseId = useId();
  const { order, guesses, revealed } = usePredict(
    useShallow((s) => ({ order: s.order ?? NO_ORDER, guesses: s.guesses, revealed: s.revealed })),
  );
  const score = scoreGuesses(order, guesses);
  const again = useRef<HTMLButtonElement>(null);
  const first = useRef<HTMLSelectElement>(null);
  const round = useRef({ order, revealed });
  useEffect(() => {
    const before = round.current;
    round.current = { order, revealed };
    if (revealed && !before.revealed) again.current?.focus();
    else if (order !== before.order) first.current?.focus();
  }, [order, revealed]);

  return (
    <form
      className="predict-form"
      aria-labelledby={`${baseId}-title`}
      onSubmit={(e) => {
        e.preventDefault();
        revealPredict();
      }}
    >
      <h2 id={`${baseId}-title`} className="predict-title">
        {t('predictForm.form.title')}
      </h2>
      <p className="predict-note">{t('predictForm.form.note')}</p>
      <div className="predict-guesses">
        {order.map((run, position) => {
          const letter = letterAt(position);
          const id = `${baseId}-${position}`;
          const free = freeChoices(titles.length, guesses, position);
          const guess = guesses[position] ?? null;
          return (
            <div className="predict-guess" key={letter}>
              <label htmlFor={id}>{t('predictForm.form.guessLabel', { letter })}</label>
              <select
                id={id}
                ref={position === 0 ? first : undefined}
                value={guess ?? ''}
                disabled={revealed}
                onChange={(e) =>
                  setGuess(position, e.target.value === '' ? null : Number(e.target.value))
                }
              >
                <option value="">{t('predictForm.form.choose')}</option>
                {titles.map((title, i) => (
                  <option key={i} value={i} disabled={!free.includes(i)}>
                    {title}
                  </option>
                ))}
              </select>
              {revealed && (
                <span
                  className={
                    score.marks[position] ? 'predict-mark predict-mark--right' : 'predict-mark'
                  }
                  data-testid={`predict-result-${letter}`}
                >
                  {t(
                    score.marks[position] ? 'predictForm.result.right' : 'predictForm.result.wrong',
                    {
                      run: titles[run] ?? '',
                    },
                  )}
                </span>
              )}
            </div>
          );
        })}
      </div>
      <div className="predict-actions">
        {!revealed && (
          <button type="submit" className="rl-button">
            {t('predictForm.form.reveal')}
          </button>
        )}
        <button
          ref={again}
          type="button"
          className="rl-button"
          title={t('predictForm.form.tryAgainHelp')}
          onClick={() => startRound(titles.length)}
        >
          {t('predictForm.form.tryAgain')}
        </button>
        <p className="predict-score" role="status" aria-live="polite" data-testid="predict-score">
          {revealed
            ? t('predictForm.result.scoreLabel', { correct: score.correct, total: score.total })
            : ''}
        </p>
      </div>
    </form>
  );
}

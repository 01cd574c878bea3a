// A typed number. It applies on Enter or when focus leaves (not on every keystroke, so typing
// "0.003" never passes through λ = 0); ↑/↓ step. A value that is not a number in range is not
// applied: the field says so, keeps the text for fixing, and Escape puts the current value back.
import { useId, useState } from 'react';
import type { KeyboardEvent } from 'react';
import { useT } from '../i18n';
import { formatSignificant, parseNumber } from './format';

interface NumberFieldProps {
  id?: string;
  /** The accessible name when no <label for> names the field. */
  ariaLabel?: string;
  describedBy?: string;
  title?: string;
  value: number;
  min: number;
  max: number;
  integer?: boolean;
  /** The value one ↑ (+1) or ↓ (−1) step from `value`; arrows do nothing without it. */
  stepFrom?: (value: number, direction: 1 | -1) => number;
  format?: (n: number) => string;
  onCommit: (value: number) => void;
  /** Width in characters. */
  size?: number;
}

const plain = (n: number) => formatSignificant(n, 6);

export function NumberField(props: NumberFieldProps) {
  const { value, min, max, integer = false, stepFrom, format = plain, onCommit } = props;
  const t = useT();
  const errorId = useId();
  const [draft, setDraft] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  const apply = (n: number) => {
    setDraft(null);
    setError(null);
    if (n !== value) onCommit(n);
  };

  const commit = () => {
    if (draft === null) return;
    const n = parseNumber(draft);
    if (n === null || n < min || n > max || (integer && !Number.isInteger(n))) {
      const key = integer ? 'controls.number.invalidInteger' : 'controls.number.invalid';
      setError(
        t(key, { text: draft.trim(), min: plain(min), max: plain(max), kept: format(value) }),
      );
      return;
    }
    apply(n);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'Enter') {
      e.preventDefault();
      commit();
    } else if (e.key === 'Escape' && draft !== null) {
      e.preventDefault();
      setDraft(null);
      setError(null);
    } else if ((e.key === 'ArrowUp' || e.key === 'ArrowDown') && stepFrom) {
      e.preventDefault();
      const next = stepFrom(value, e.key === 'ArrowUp' ? 1 : -1);
      apply(Math.min(Math.max(next, min), max));
    }
  };

  const describedBy = [props.describedBy, error ? errorId : undefined].filter(Boolean).join(' ');
  return (
    <>
      <input
        id={props.id}
        type="text"
        role="spinbutton"
        inputMode={integer ? 'numeric' : 'decimal'}
        className="rl-number"
        size={props.size ?? 6}
        autoComplete="off"
        spellCheck={false}
        aria-label={props.ariaLabel}
        aria-describedby={describedBy || undefined}
        aria-invalid={error !== null}
        aria-valuenow={value}
        aria-valuemin={min}
        aria-valuemax={max}
        title={props.title}
        value={draft ?? format(value)}
        onChange={(e) => {
          setDraft(e.currentTarget.value);
          setError(null);
        }}
        onKeyDown={onKeyDown}
        onBlur={commit}
      />
      {error && (
        <span id={errorId} role="alert" className="rl-error">
          {error}
        </span>
      )}
    </>
  );
}

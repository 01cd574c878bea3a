// Picks the plane's two weights from a list by layer, from and to, and which of them the 1-D
// panel shows. Native selects and radios: keyboard access as the browser gives it.
import { useId } from 'react';
import type { WeightName } from '../weightNames';
import type { ViewT } from '../useViewT';

export interface PairPickerProps {
  names: WeightName[];
  layers: string[];
  pair: readonly [number, number] | null;
  onPair: (pair: [number, number]) => void;
  t: ViewT;
}

export function PairPicker({ names, layers, pair, onPair, t }: PairPickerProps) {
  const id = useId();
  const select = (which: 0 | 1) => (
    <span className="chart-toggle">
      <label htmlFor={`${id}${which}`}>
        {t(which === 0 ? 'geometry.pick.a' : 'geometry.pick.b')}
      </label>
      <select
        id={`${id}${which}`}
        className="chart-select"
        value={pair ? pair[which] : ''}
        data-testid={`geometry-pick-${which === 0 ? 'a' : 'b'}`}
        onChange={(e) => {
          const v = Number(e.currentTarget.value);
          const other = pair ? pair[which === 0 ? 1 : 0] : v;
          // The same weight twice is no plane: the other one takes this one's old place.
          const keep = other === v ? (pair ? pair[which] : v) : other;
          onPair(which === 0 ? [v, keep] : [keep, v]);
        }}
      >
        {pair === null && <option value="">…</option>}
        {layers.map((layer, l) => (
          <optgroup key={l} label={layer}>
            {names
              .filter((n) => n.layer === l)
              .map((n) => (
                <option key={n.index} value={n.index}>
                  {n.label}
                </option>
              ))}
          </optgroup>
        ))}
      </select>
    </span>
  );
  return (
    <>
      {select(0)}
      {select(1)}
    </>
  );
}

export interface LinePickerProps {
  labels: [string, string];
  value: 0 | 1;
  onChange: (v: 0 | 1) => void;
  t: ViewT;
}

/** Which of the two weights the 1-D panel follows. */
export function LinePicker({ labels, value, onChange, t }: LinePickerProps) {
  const name = useId();
  return (
    <fieldset className="view-radios">
      <legend>{t('geometry.line.pick')}</legend>
      {labels.map((label, k) => (
        <label key={k} className="chart-toggle">
          <input
            type="radio"
            name={name}
            checked={value === k}
            onChange={() => onChange(k as 0 | 1)}
          />
          {label}
        </label>
      ))}
    </fieldset>
  );
}

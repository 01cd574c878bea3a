import { memo, useId } from 'react';
import { useT } from '../i18n';

export interface LayerSelectProps {
  /** Layer widths from inputs to output, e.g. [2, 8, 8, 1]. */
  widths: readonly number[];
  value: number | 'all';
  onChange: (value: number | 'all') => void;
}

/** Names a layer by what it connects: x → h1, h1 → h2, …, hk → out. */
function endpoints(k: number, layers: number): [string, string] {
  const from = k === 0 ? 'x' : `h${k}`;
  const to = k === layers - 1 ? 'out' : `h${k + 1}`;
  return [from, to];
}

function LayerSelectField({ widths, value, onChange }: LayerSelectProps) {
  const t = useT();
  const id = useId();
  const layers = Math.max(0, widths.length - 1);
  return (
    <span className="chart-toggle">
      <label htmlFor={id}>{t('charts.weights.layer')}</label>
      <select
        id={id}
        className="chart-select"
        value={String(value)}
        data-testid="layer-select"
        onChange={(e) =>
          onChange(e.currentTarget.value === 'all' ? 'all' : Number(e.currentTarget.value))
        }
      >
        <option value="all">{t('charts.weights.allLayers')}</option>
        {Array.from({ length: layers }, (_, k) => {
          const [from, to] = endpoints(k, layers);
          return (
            <option key={k} value={k}>
              {t('charts.weights.layerN', { n: k + 1, from, to })}
            </option>
          );
        })}
      </select>
    </span>
  );
}

/**
 * Memoized on the widths' values: every frame's picture brings its own widths array, and the
 * histogram re-rendered the menu and its options at every chart tick.
 */
export const LayerSelect = memo(
  LayerSelectField,
  (a, b) =>
    a.value === b.value &&
    a.onChange === b.onChange &&
    a.widths.length === b.widths.length &&
    a.widths.every((w, i) => w === b.widths[i]),
);

// A focusable plot over the swept values: the pointer or the arrow keys move a cursor from value
// to value (the readout says what is there), a click or Enter picks the value (shows its model).
import type { KeyboardEvent, ReactNode } from 'react';
import type { StrengthAxis } from './strengthAxis';
import { nearestValue } from './strengthAxis';

export interface PickablePlotProps {
  values: readonly number[];
  axis: StrengthAxis;
  /** The plot's left margin inside the SVG (pixels from the element's edge to x = 0). */
  left: number;
  cursor: number | null;
  onCursor: (value: number | null) => void;
  onPick: (value: number) => void;
  label: string;
  testId: string;
  children: ReactNode;
}

export function PickablePlot(props: PickablePlotProps) {
  const { values, axis, left, cursor, onCursor, onPick } = props;
  const at = (e: { clientX: number; currentTarget: HTMLDivElement }) =>
    nearestValue(axis, values, e.clientX - e.currentTarget.getBoundingClientRect().left - left);
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (values.length === 0) return;
    const i = cursor === null ? -1 : values.indexOf(cursor);
    const last = values.length - 1;
    const moves: Record<string, number> = {
      ArrowLeft: i < 0 ? last : Math.max(0, i - 1),
      ArrowRight: i < 0 ? 0 : Math.min(last, i + 1),
      Home: 0,
      End: last,
    };
    if (e.key in moves) {
      e.preventDefault();
      onCursor(values[moves[e.key]!]!);
    } else if ((e.key === 'Enter' || e.key === ' ') && cursor !== null) {
      e.preventDefault();
      onPick(cursor);
    } else if (e.key === 'Escape') onCursor(null);
  };
  return (
    <div
      className="chart-plot sweep-plot"
      tabIndex={0}
      role="group"
      aria-label={props.label}
      data-testid={props.testId}
      onPointerMove={(e) => onCursor(at(e))}
      onClick={(e) => {
        const v = at(e);
        if (v !== null) onPick(v);
      }}
      onKeyDown={onKeyDown}
    >
      {props.children}
    </div>
  );
}

// The marks the views share, drawn the same in plots and in keys. Colours are Okabe–Ito (safe for
// the common colour-vision deficiencies), and each mark also differs in shape or dash.
import type { ReactNode } from 'react';
import { INK, MUTED } from '../charts/palette';

export const VIEW_COLOURS = {
  dataMin: '#D55E00',
  penalizedMin: '#009E73',
  region: '#CC79A7',
  contour: '#56748f',
  trajectory: MUTED,
  full: INK,
  ensemble: '#0072B2',
  member: '#6e7781',
  unscaled: '#D55E00',
  uncertainty: '#7a3e8f',
  batch: '#D55E00',
  running: '#0072B2',
} as const;

export type MarkKind = 'point' | 'dataMin' | 'penalizedMin';

/** A point mark centred at (x, y). */
export function Mark({
  kind,
  x,
  y,
  testId,
}: {
  kind: MarkKind;
  x: number;
  y: number;
  testId?: string;
}) {
  if (kind === 'point') {
    return (
      <circle cx={x} cy={y} r={5} fill={INK} stroke="#fff" strokeWidth={1.5} data-testid={testId} />
    );
  }
  if (kind === 'dataMin') {
    const d = 5;
    return (
      <path
        d={`M${x - d},${y - d}L${x + d},${y + d}M${x - d},${y + d}L${x + d},${y - d}`}
        stroke={VIEW_COLOURS.dataMin}
        strokeWidth={2.5}
        data-testid={testId}
      />
    );
  }
  return (
    <path
      d={`M${x},${y - 6}L${x + 5.5},${y + 4}L${x - 5.5},${y + 4}Z`}
      fill={VIEW_COLOURS.penalizedMin}
      stroke="#fff"
      strokeWidth={1}
      data-testid={testId}
    />
  );
}

export interface KeyItem {
  id: string;
  label: string;
  /** Drawn in an 18 × 12 box. */
  swatch: ReactNode;
}

/** A view's legend. */
export function ViewKey({ items }: { items: KeyItem[] }) {
  return (
    <ul className="chart-key view-key">
      {items.map((item) => (
        <li key={item.id}>
          <svg width={18} height={12} aria-hidden="true">
            {item.swatch}
          </svg>
          {item.label}
        </li>
      ))}
    </ul>
  );
}

/** A key swatch: a line in a colour, dash and width. */
export function lineSwatch(color: string, dash?: string, width = 2, opacity = 1): ReactNode {
  return (
    <line
      x1={1}
      x2={17}
      y1={6}
      y2={6}
      stroke={color}
      strokeWidth={width}
      strokeDasharray={dash}
      strokeOpacity={opacity}
    />
  );
}

/** A key swatch: a point mark. */
export function markSwatch(kind: MarkKind): ReactNode {
  return <Mark kind={kind} x={9} y={6} />;
}

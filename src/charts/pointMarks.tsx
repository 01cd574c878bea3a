// The marks of one data point, shared by the plot and its legend so the key always matches.
import { CLASS0, CLASS1, INK } from './palette';

export type Split = 'train' | 'val' | 'test';

export const classColor = (label: number) => (label >= 0.5 ? CLASS1 : CLASS0);

export interface MarkProps {
  cx: number;
  cy: number;
  r: number;
  color: string;
}

/** Training points are filled, validation points hollow, test points diamonds. */
export function PointMark({ split, cx, cy, r, color }: MarkProps & { split: Split }) {
  if (split === 'val') {
    return (
      <g>
        <circle cx={cx} cy={cy} r={r} fill="none" stroke="white" strokeWidth={3.5} />
        <circle cx={cx} cy={cy} r={r} fill="none" stroke={color} strokeWidth={1.75} />
      </g>
    );
  }
  if (split === 'test') {
    const d = r * 1.3;
    return (
      <path
        d={`M${cx},${cy - d}L${cx + d},${cy}L${cx},${cy + d}L${cx - d},${cy}Z`}
        fill={color}
        stroke={INK}
        strokeWidth={0.75}
      />
    );
  }
  return <circle cx={cx} cy={cy} r={r} fill={color} stroke="white" strokeWidth={1} />;
}

/** A dark ×: no red, readable over either class colour thanks to its white halo. */
export function WrongMark({ cx, cy, r }: Omit<MarkProps, 'color'>) {
  const d = `M${cx - r},${cy - r}L${cx + r},${cy + r}M${cx - r},${cy + r}L${cx + r},${cy - r}`;
  return (
    <g>
      <path d={d} stroke="white" strokeWidth={3.5} strokeLinecap="round" />
      <path d={d} stroke={INK} strokeWidth={1.75} strokeLinecap="round" />
    </g>
  );
}

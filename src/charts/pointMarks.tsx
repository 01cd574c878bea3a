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

/**
 * A dark ring just outside the point: the point's class colour stays visible inside it (at epoch 0
 * about half the points are wrong, and a mark on top of them would hide which class each one is).
 * Its white halo keeps it readable over either class colour.
 */
export function WrongMark({ cx, cy, r }: Omit<MarkProps, 'color'>) {
  const ring = wrongRingRadius(r);
  return (
    <g data-wrong="">
      <circle cx={cx} cy={cy} r={ring} fill="none" stroke="white" strokeWidth={3} />
      <circle cx={cx} cy={cy} r={ring} fill="none" stroke={INK} strokeWidth={1.5} />
    </g>
  );
}

/** Outside the point and its white edge (training 1 px, validation's halo 1.75 px). */
export function wrongRingRadius(r: number): number {
  return r + 2.75;
}

import { memo } from 'react';
import type { Point } from '../../workers/contract';
import type { RunPicture } from '../store/frameStore';
import type { Split } from './pointMarks';
import { PointMark, classColor } from './pointMarks';

export interface BoundaryPointsProps {
  points: RunPicture['points'];
  showTest: boolean;
  x: (v: number) => number;
  y: (v: number) => number;
  r: number;
}

function SplitMarks({ pts, split, x, y, r }: { pts: Point[]; split: Split } & Scales) {
  return (
    <g data-split={split}>
      {pts.map(([x1, x2, label], i) => (
        <PointMark key={i} split={split} cx={x(x1)} cy={y(x2)} r={r} color={classColor(label)} />
      ))}
    </g>
  );
}

type Scales = Pick<BoundaryPointsProps, 'x' | 'y' | 'r'>;

/** The data points: they change only with the data, so frames never re-render them (memo). */
export const BoundaryPoints = memo(function BoundaryPoints(props: BoundaryPointsProps) {
  const { points, showTest, ...scales } = props;
  return (
    <g className="boundary-points">
      {showTest && <SplitMarks pts={points.test} split="test" {...scales} />}
      <SplitMarks pts={points.train} split="train" {...scales} />
      <SplitMarks pts={points.val} split="val" {...scales} />
    </g>
  );
});

// The training points that form the batch, ringed, on the batch-statistics map.
import { DOMAIN } from '../../../workers/contract';
import type { Point } from '../../../workers/contract';
import { VIEW_COLOURS } from '../marks';
import { linearScale } from '../scales';

export function BatchMarks({
  rows,
  train,
  size,
}: {
  rows: Int32Array;
  train: Point[];
  size: number;
}) {
  const x = linearScale(DOMAIN, [0, size]);
  const y = linearScale(DOMAIN, [size, 0]);
  return (
    <g data-testid="bn-batch-rows">
      {Array.from(rows, (r) => {
        const p = train[r];
        return p ? (
          <circle
            key={r}
            cx={x(p[0])}
            cy={y(p[1])}
            r={6}
            fill="none"
            stroke={VIEW_COLOURS.batch}
            strokeWidth={2}
          />
        ) : null;
      })}
    </g>
  );
}

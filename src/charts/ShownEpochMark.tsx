import { useT } from '../i18n';
import { INK } from './palette';

export interface ShownEpochMarkProps {
  x: (epoch: number) => number;
  height: number;
  /** The epoch the epoch scrubber shows, or null while the charts follow live training. */
  epoch: number | null;
}

/** The epoch scrubber's position on the curves: the boundary and weights show this epoch. */
export function ShownEpochMark({ x, height, epoch }: ShownEpochMarkProps) {
  const t = useT();
  if (epoch === null) return null;
  const xs = x(epoch);
  return (
    <g data-testid="shown-epoch-mark" fontSize={11}>
      <line x1={xs} x2={xs} y2={height} stroke={INK} strokeWidth={2} strokeDasharray="2 2" />
      <text
        x={xs + 4}
        y={height - 20}
        fill={INK}
        paintOrder="stroke"
        stroke="white"
        strokeWidth={3}
      >
        {t('compare.scrub.mark', { epoch })}
      </text>
    </g>
  );
}

// The sweep charts' x axis drawn by React (ticks from strengthAxis.ts), with the break that sets
// λ = 0 apart from the log axis.
import { Axis } from '../charts/axis';
import { MUTED } from '../charts/palette';
import type { StrengthAxis } from './strengthAxis';

export interface StrengthAxisViewProps {
  axis: StrengthAxis;
  height: number;
  label: string;
  /** Grid lines up the plot from each tick. */
  grid?: boolean;
}

export function StrengthAxisView({ axis, height, label, grid = true }: StrengthAxisViewProps) {
  const b = axis.zero?.breakX;
  return (
    <>
      <Axis
        scale={axisScale(axis)}
        orient="bottom"
        offset={height}
        ticks={axis.ticks}
        format={axis.format}
        label={label}
        gridLength={grid ? height : 0}
        labelGap={34}
      />
      {b !== undefined && (
        // Two slanted strokes on a white gap: the axis does not run on from 0 to the log part.
        <g transform={`translate(${b},${height})`} data-testid="axis-break">
          <rect x={-4} y={-3} width={8} height={6} fill="white" />
          <path d="M-6,5L-1,-5M1,5L6,-5" stroke={MUTED} strokeWidth={1.25} />
        </g>
      )}
    </>
  );
}

/** The axis as a plain scale for the shared Axis component. */
export function axisScale(axis: StrengthAxis) {
  return Object.assign((v: number) => axis.x(v), { range: () => axis.range });
}

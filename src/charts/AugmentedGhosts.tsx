import { scaleLinear } from 'd3-scale';
import { useStore } from 'zustand';
import { boundaryPicture, frameStore } from '../store/frameStore';
import { CLASS0, CLASS1 } from './palette';

/** Soft labels (mixup) fall between the class colours. */
const softColor = scaleLinear<string>().domain([0, 1]).range([CLASS0, CLASS1]).clamp(true);

export interface AugmentedGhostsProps {
  runId: string;
  x: (v: number) => number;
  y: (v: number) => number;
  r: number;
}

/** The last epoch's augmented training points, faint, under the real points. */
export function AugmentedGhosts({ runId, x, y, r }: AugmentedGhostsProps) {
  const augmented = useStore(frameStore, (s) => boundaryPicture(s, runId)?.augmented ?? null);
  if (!augmented) return null;
  const marks = [];
  for (let k = 0; k + 2 < augmented.length; k += 3) {
    marks.push(
      <circle
        key={k}
        cx={x(augmented[k]!)}
        cy={y(augmented[k + 1]!)}
        r={r * 0.8}
        fill={softColor(augmented[k + 2]!)}
        fillOpacity={0.4}
      />,
    );
  }
  return (
    <g className="boundary-ghosts" data-testid="augmented-ghosts">
      {marks}
    </g>
  );
}

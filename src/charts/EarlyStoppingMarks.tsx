import { useId } from 'react';
import { useT } from '../i18n';
import { INK, MUTED, SERIES } from './palette';

export interface EarlyStoppingMarksProps {
  x: (epoch: number) => number;
  width: number;
  height: number;
  /** The drawn epoch range. */
  firstEpoch: number;
  lastEpoch: number;
  bestEpoch: number | null;
  stoppedEpoch: number | null;
  /** Patience in epochs when early stopping is on, else null (no window drawn). */
  patience: number | null;
  markOnly: boolean;
  /** The validation loss is now above its best: the region after the best epoch is overfitting. */
  overfitting: boolean;
}

const halo = { paintOrder: 'stroke', stroke: 'white', strokeWidth: 3 } as const;

/** Roughly the width of an 11 px label: enough to keep labels inside the plot. */
const textWidth = (text: string) => text.length * 6.2;

/** Beside a marker line: to its right when the label fits, else to its left, never off the plot. */
function beside(x: number, text: string, width: number) {
  const w = textWidth(text);
  if (x + 4 + w <= width) return { x: x + 4, textAnchor: 'start' as const };
  if (x - 4 - w >= 0) return { x: x - 4, textAnchor: 'end' as const };
  return { x: Math.max(0, width - w), textAnchor: 'start' as const };
}

/** The best validation epoch, the patience window after it, the stop, and the overfitting zone. */
export function EarlyStoppingMarks(props: EarlyStoppingMarksProps) {
  const { x, width, height, firstEpoch, lastEpoch, bestEpoch, stoppedEpoch, patience } = props;
  const t = useT();
  const hatchId = `${useId().replace(/[^\w-]/g, '')}-hatch`;
  if (bestEpoch === null || bestEpoch < firstEpoch || bestEpoch > lastEpoch) return null;
  const xb = x(bestEpoch);
  const xl = x(lastEpoch);
  const xp = patience === null ? xb : x(Math.min(lastEpoch, bestEpoch + patience));
  const xs = stoppedEpoch === null ? null : x(stoppedEpoch);
  const bestText = t('charts.loss.best', { epoch: bestEpoch });
  const stopText = t(props.markOnly ? 'charts.loss.wouldStop' : 'charts.loss.stop', {
    epoch: stoppedEpoch ?? 0,
  });
  return (
    <g className="es-marks" fontSize={11}>
      <defs>
        <pattern
          id={hatchId}
          width={7}
          height={7}
          patternUnits="userSpaceOnUse"
          patternTransform="rotate(45)"
        >
          <line y2={7} stroke={SERIES.val} strokeOpacity={0.22} strokeWidth={2.5} />
        </pattern>
      </defs>
      {props.overfitting && xl > xb && (
        <g data-testid="es-overfitting">
          <rect x={xb} width={xl - xb} height={height} fill={`url(#${hatchId})`} />
          <text x={xl - 4} y={44} textAnchor="end" fill={INK} {...halo}>
            {t('charts.loss.overfitting')}
          </text>
        </g>
      )}
      {patience !== null && xp > xb && (
        <g data-testid="es-patience">
          <rect x={xb} width={xp - xb} height={height} fill={MUTED} fillOpacity={0.12} />
          <text x={xb + 4} y={height - 6} fill={INK} {...halo}>
            {t('charts.loss.patience', { patience })}
          </text>
        </g>
      )}
      <g data-testid="es-best-marker">
        <line x1={xb} x2={xb} y2={height} stroke={INK} strokeWidth={1.5} />
        <text y={12} fill={INK} {...halo} {...beside(xb, bestText, width)}>
          {bestText}
        </text>
      </g>
      {xs !== null && (
        <g data-testid="es-stop-marker">
          <line x1={xs} x2={xs} y2={height} stroke={INK} strokeWidth={1.5} strokeDasharray="5 3" />
          <text y={28} fill={INK} {...halo} {...beside(xs, stopText, width)}>
            {stopText}
          </text>
        </g>
      )}
    </g>
  );
}

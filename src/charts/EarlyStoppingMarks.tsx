import { useId } from 'react';
import { useT } from '../i18n';
import type { EpochScale } from './epochScale';
import type { LabelRequest, Polyline, Spot } from './labelPlacement';
import { besideLine, insideBand, placeLabels } from './labelPlacement';
import { INK, MUTED, SERIES } from './palette';
import { textWidth } from './textWidth';

export interface EarlyStoppingMarksProps {
  x: EpochScale;
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
  /** Where the curves show overfitting (see overfitting.ts), or null. */
  overfitting: { from: number; to: number } | null;
  /** The rule that shades it, in words (the region's tooltip). */
  overfittingRule: string;
  /** The curves as drawn, in the plot's pixels: labels keep clear of them. */
  curves: readonly Polyline[];
}

const halo = { paintOrder: 'stroke', stroke: 'white', strokeWidth: 3 } as const;
const LABEL_HEIGHT = 13;
const ROW = 15;

function Label({ spot, text }: { spot: Spot | null; text: string }) {
  if (!spot) return null;
  // `top` is the top of the label's box; 11 px text has its baseline about 10 px below it.
  return (
    <text x={spot.x} y={spot.top + 10} textAnchor={spot.anchor} fill={INK} {...halo}>
      {text}
    </text>
  );
}

/**
 * The best validation epoch, the patience window after it, the stop, and the overfitting region.
 * Labels go where they stay inside the plot and off the curves (labelPlacement.ts), or nowhere:
 * the legend under the chart names every mark.
 */
export function EarlyStoppingMarks(props: EarlyStoppingMarksProps) {
  const { x, width, height, firstEpoch, lastEpoch, bestEpoch, stoppedEpoch, patience } = props;
  const t = useT();
  const hatchId = `${useId().replace(/[^\w-]/g, '')}-hatch`;
  if (bestEpoch === null || bestEpoch < firstEpoch || bestEpoch > lastEpoch) return null;
  const xb = x(bestEpoch);
  const xp = patience === null ? xb : x(Math.min(lastEpoch, bestEpoch + patience));
  const xs = stoppedEpoch === null || stoppedEpoch > lastEpoch ? null : x(stoppedEpoch);
  const over = props.overfitting;
  const xo0 = over ? x(over.from) : 0;
  const xo1 = over ? x(Math.min(over.to, lastEpoch)) : 0;
  const showOver = over !== null && xo1 > xo0;
  const showPatience = patience !== null && xp > xb;

  const texts = {
    best: t('charts.loss.best', { epoch: bestEpoch }),
    stop: t(props.markOnly ? 'charts.loss.wouldStop' : 'charts.loss.stop', {
      epoch: stoppedEpoch ?? 0,
    }),
    over: t('charts.loss.overfitting'),
    patience: t('charts.loss.patience', { patience: patience ?? 0 }),
  };
  const request = (text: string, spots: (w: number) => Spot[]): LabelRequest => {
    const w = textWidth(text);
    return { width: w, height: LABEL_HEIGHT, spots: spots(w) };
  };
  const none = () => [];
  const [best, stop, overLabel, patienceLabel] = placeLabels(
    [
      request(texts.best, () => besideLine(xb, height, ROW)),
      request(texts.stop, xs === null ? none : () => besideLine(xs, height, ROW)),
      request(texts.over, showOver ? (w) => insideBand(xo0, xo1, w, height, ROW) : none),
      request(
        texts.patience,
        showPatience ? (w) => insideBand(xb, xp, w, height, ROW, true) : none,
      ),
    ],
    props.curves,
    { width, height },
  );

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
      {showOver && (
        <g data-testid="es-overfitting">
          <rect x={xo0} width={xo1 - xo0} height={height} fill={`url(#${hatchId})`}>
            <title>{props.overfittingRule}</title>
          </rect>
          <Label spot={overLabel ?? null} text={texts.over} />
        </g>
      )}
      {showPatience && (
        <g data-testid="es-patience">
          <rect x={xb} width={xp - xb} height={height} fill={MUTED} fillOpacity={0.12} />
          <Label spot={patienceLabel ?? null} text={texts.patience} />
        </g>
      )}
      <g data-testid="es-best-marker">
        <line x1={xb} x2={xb} y2={height} stroke={INK} strokeWidth={1.5} />
        <Label spot={best ?? null} text={texts.best} />
      </g>
      {xs !== null && (
        <g data-testid="es-stop-marker">
          <line x1={xs} x2={xs} y2={height} stroke={INK} strokeWidth={1.5} strokeDasharray="5 3" />
          <Label spot={stop ?? null} text={texts.stop} />
        </g>
      )}
    </g>
  );
}

// The validation curve: training, validation and test loss (or accuracy) against λ or p, the mean
// over the repeats as a line and their spread as a bar from the lowest to the highest, the best
// value marked and the sides of it named: too little regularization overfits (left), too much
// underfits (right).
import { scaleLinear } from 'd3-scale';
import { line } from 'd3-shape';
import { useMemo, useState } from 'react';
import type { PointSummary } from '../../workers/contract';
import { bestByValidation } from '../../workers/contract';
import { tickCount } from '../charts/axis';
import { ChartFigure } from '../charts/ChartFigure';
import { ChartTabs } from '../charts/ChartTabs';
import { LineSwatch } from '../charts/LineSwatch';
import { INK, MUTED } from '../charts/palette';
import { curveSize, SweepPlot } from './SweepPlot';
import type { Axis as SweptAxis, CurveKind, CurvePoint } from './sweepSeries';
import { CURVE_FIGURES, along, curveDomain, curveOf, valueOn } from './sweepSeries';
import { SERIES_STYLE, spreadText } from './seriesStyle';
import { formatStrength, strengthAxis } from './strengthAxis';
import { useSweepT } from './sweepStrings';

export interface ValidationCurveProps {
  summaries: readonly PointSummary[];
  axis: SweptAxis;
  /** The value of the other axis the curve holds (a λ × p grid shows one row or column). */
  fixed: number;
  /** A selector for `fixed` on a grid (rendered among the chart's controls). */
  fixedControl?: React.ReactNode;
  width: number;
  onPick: (value: number) => void;
}

export function ValidationCurve(props: ValidationCurveProps) {
  const { summaries, axis: swept, fixed, width, onPick } = props;
  const t = useSweepT();
  const [kind, setKind] = useState<CurveKind>('loss');
  const [cursor, setCursor] = useState<number | null>(null);
  const line0 = useMemo(() => along(summaries, swept, fixed), [summaries, swept, fixed]);
  const values = line0.map((s) => valueOn(s, swept));
  const best = bestByValidation(line0);
  const bestAt = best ? valueOn(best, swept) : null;

  const { w, h } = curveSize(width);
  const x = strengthAxis(swept, values, w);
  const curves = CURVE_FIGURES[kind].map((f) => curveOf(line0, swept, f));
  const y = scaleLinear().domain(curveDomain(curves, kind)).nice().range([h, 0]);
  const yTicks = y.ticks(tickCount(h, 45));
  const name = swept === 'lambda' ? 'λ' : 'p';
  const shown = cursor ?? bestAt;
  const here = line0.find((s) => valueOn(s, swept) === shown);
  const figures = CURVE_FIGURES[kind];
  const bestMean = best?.figures[figures[1]]?.mean ?? null;

  return (
    <ChartFigure
      title={t('sweep.curve.title')}
      exportable="sweep-validation-curve"
      className="sweep-chart"
      controls={
        <>
          <ChartTabs
            tabs={[
              { key: 'loss', label: t('sweep.curve.loss') },
              { key: 'accuracy', label: t('sweep.curve.accuracy') },
            ]}
            value={kind}
            onChange={setKind}
            label={t('sweep.curve.tabs')}
            panelId="sweep-curve-plot"
          />
          {props.fixedControl}
        </>
      }
    >
      <SweepPlot
        values={values}
        axis={x}
        cursor={cursor}
        onCursor={setCursor}
        onPick={onPick}
        label={t('sweep.curve.plotLabel')}
        testId="sweep-curve"
        plotId="sweep-curve-plot"
        w={w}
        h={h}
        y={y}
        yTicks={yTicks}
        yFormat={y.tickFormat(yTicks.length)}
        yLabel={t(kind === 'loss' ? 'sweep.curve.lossAxis' : 'sweep.curve.accuracyAxis')}
        xLabel={t(swept === 'lambda' ? 'sweep.axis.lambda' : 'sweep.axis.keep')}
      >
        {bestAt !== null && (
          <BestMark x={x.x(bestAt)} width={w} height={h} label={t('sweep.best')}>
            {[t('sweep.overfitting'), t('sweep.underfitting')]}
          </BestMark>
        )}
        {curves.map((points, i) => (
          <Series
            key={figures[i]}
            points={points}
            x={x.x}
            y={y}
            breakAfterZero={x.zero !== null}
            style={SERIES_STYLE[i]!}
          />
        ))}
        {bestAt !== null && bestMean !== null && (
          <circle
            cx={x.x(bestAt)}
            cy={y(bestMean)}
            r={7}
            fill="none"
            stroke={INK}
            strokeWidth={1.5}
            data-testid="best-point"
          />
        )}
      </SweepPlot>
      <ul className="chart-key">
        {SERIES_STYLE.map((s, i) => (
          <li key={s.key}>
            <LineSwatch color={s.color} dash={s.dash} strokeWidth={s.width} />
            {t(s.key)}
            {curves[i]!.length === 0 ? ' —' : ''}
          </li>
        ))}
        <li className="sweep-key-note">{t('sweep.spread')}</li>
      </ul>
      <p className="chart-readout" aria-live="polite" data-testid="sweep-curve-readout">
        {here &&
          t('sweep.curve.readout', {
            name,
            value: formatStrength(valueOn(here, swept)),
            train: spreadText(here.figures[figures[0]], kind),
            val: spreadText(here.figures[figures[1]], kind),
            test: spreadText(here.figures[figures[2]], kind),
          })}
      </p>
      {bestAt !== null && (
        <p className="chart-readout" data-testid="sweep-best">
          {t('sweep.curve.best', { name, value: formatStrength(bestAt) })} {t('sweep.curve.hint')}
        </p>
      )}
    </ChartFigure>
  );
}

interface SeriesProps {
  points: CurvePoint[];
  x: (v: number) => number;
  y: (v: number) => number;
  breakAfterZero: boolean;
  style: (typeof SERIES_STYLE)[number];
}

/**
 * One figure: its mean line (dotted across the axis break), a dot per value and the spread over
 * the repeats as a bar from the lowest to the highest.
 */
function Series({ points, x, y, breakAfterZero, style }: SeriesProps) {
  const mean = line<CurvePoint>()
    .x((p) => x(p.at))
    .y((p) => y(p.spread.mean));
  const split = breakAfterZero && points[0]?.at === 0 ? 1 : 0;
  const bridge = split ? points.slice(0, 2) : [];
  return (
    <g data-series={style.field}>
      {points.map((p) =>
        p.spread.n > 1 ? (
          <path
            key={p.at}
            d={`M${x(p.at) - 3},${y(p.spread.min)}h6M${x(p.at)},${y(p.spread.min)}V${y(p.spread.max)}M${x(p.at) - 3},${y(p.spread.max)}h6`}
            stroke={style.color}
            strokeOpacity={0.6}
            strokeWidth={1.5}
            fill="none"
          />
        ) : null,
      )}
      <path
        d={mean(points.slice(split)) ?? ''}
        fill="none"
        stroke={style.color}
        strokeWidth={style.width}
        strokeDasharray={style.dash}
      />
      {bridge.length === 2 && (
        <path
          d={mean(bridge) ?? ''}
          fill="none"
          stroke={style.color}
          strokeWidth={1.25}
          strokeDasharray="2 3"
        />
      )}
      {points.map((p) => (
        <circle
          key={p.at}
          cx={x(p.at)}
          cy={y(p.spread.mean)}
          r={3}
          fill={style.color}
          stroke="white"
        />
      ))}
    </g>
  );
}

interface BestMarkProps {
  x: number;
  width: number;
  height: number;
  label: string;
  /** The names of the sides: [left (overfitting), right (underfitting)]. */
  children: [string, string];
}

/** A dashed line at the best value, its name above, and the two sides named beside it. */
function BestMark({ x, width, height, label, children: [left, right] }: BestMarkProps) {
  const room = 84;
  return (
    <g fontSize={11} data-testid="best-mark">
      <line x1={x} x2={x} y1={-6} y2={height} stroke={INK} strokeDasharray="5 4" />
      <text x={x} y={-10} textAnchor="middle" fontWeight={600} fill={INK}>
        {label}
      </text>
      {x > room && (
        <text x={x - 8} y={10} textAnchor="end" fill={MUTED} data-testid="side-overfitting">
          {left}
        </text>
      )}
      {width - x > room && (
        <text x={x + 8} y={10} textAnchor="start" fill={MUTED} data-testid="side-underfitting">
          {right}
        </text>
      )}
    </g>
  );
}

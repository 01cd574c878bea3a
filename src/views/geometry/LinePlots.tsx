// Why exactly zero in one dimension: along one weight (the others fixed), the data loss, the
// penalty and their sum, whose kink at 0 holds the minimum there when the data's slope at 0 is
// within ±λ; and the proximal step of L1, soft-thresholding u ↦ S_t(u), which sends every
// gradient step that lands within t = η·λ of 0 to exactly 0.
import { line } from 'd3-shape';
import { useMemo } from 'react';
import type { WeightLineView } from '../../../workers/contract';
import { Axis } from '../../charts/axis';
import { INK, SERIES } from '../../charts/palette';
import { Mark, VIEW_COLOURS } from '../marks';
import { linearScale } from '../scales';
import type { ViewT } from '../useViewT';

const M = { top: 10, right: 12, bottom: 42, left: 54 };

interface PlotProps {
  view: WeightLineView;
  width: number;
  height: number;
  t: ViewT;
  weightLabel: string;
}

const finiteRange = (...arrays: ArrayLike<number>[]): [number, number] => {
  let lo = Infinity;
  let hi = -Infinity;
  for (const a of arrays) {
    for (let i = 0; i < a.length; i++) {
      const v = a[i]!;
      if (Number.isFinite(v)) {
        lo = Math.min(lo, v);
        hi = Math.max(hi, v);
      }
    }
  }
  return hi > lo ? [lo, hi] : [lo - 1, lo + 1];
};

/** Data loss, penalty and their sum against w. */
export function LossAlongWeight({ view, width, height, t, weightLabel }: PlotProps) {
  const w = width - M.left - M.right;
  const h = height - M.top - M.bottom;
  const x = useMemo(() => linearScale([view.w[0]!, view.w[view.w.length - 1]!], [0, w]), [view, w]);
  const y = useMemo(
    () => linearScale(finiteRange(view.dataLoss, view.total, view.penaltyValue), [h, 0], true),
    [view, h],
  );
  const curve = (values: Float64Array) =>
    line<number>()
      .x((_, i) => x(view.w[i]!))
      .y((v) => y(v))
      .defined(Number.isFinite)(Array.from(values)) ?? '';
  const xTicks = x.ticks(5);
  const yTicks = y.ticks(4);
  const { penalizedMinimum: pm, dataMinimum: dm } = view;
  return (
    <svg
      width={width}
      height={height}
      role="img"
      aria-label={t('geometry.line.label', { weight: weightLabel })}
    >
      <g transform={`translate(${M.left},${M.top})`}>
        <Axis
          scale={y}
          orient="left"
          ticks={yTicks}
          format={y.tickFormat(4)}
          label={t('geometry.line.y')}
          gridLength={w}
          labelGap={40}
        />
        {x(0) >= 0 && x(0) <= w && (
          <line x1={x(0)} x2={x(0)} y1={0} y2={h} stroke={INK} strokeWidth={1} />
        )}
        <path d={curve(view.dataLoss)} fill="none" stroke={SERIES.train} strokeWidth={1.8} />
        <path
          d={curve(view.penaltyValue)}
          fill="none"
          stroke={SERIES.penalty}
          strokeWidth={1.8}
          strokeDasharray="5 3"
        />
        <path d={curve(view.total)} fill="none" stroke={INK} strokeWidth={2.4} />
        <line
          x1={x(view.current.w)}
          x2={x(view.current.w)}
          y1={0}
          y2={h}
          stroke={INK}
          strokeDasharray="2 3"
        />
        {dm.status === 'converged' && x(dm.w) >= 0 && x(dm.w) <= w && (
          <Mark kind="dataMin" x={x(dm.w)} y={y(dm.dataLoss)} />
        )}
        <Mark kind="penalizedMin" x={x(pm.w)} y={y(pm.objective)} testId="geometry-line-min" />
        <Axis
          scale={x}
          orient="bottom"
          offset={h}
          ticks={xTicks}
          format={x.tickFormat(5)}
          label={weightLabel}
          labelGap={34}
        />
      </g>
    </svg>
  );
}

/** The soft-thresholding map and the run's next step through it. */
export function SoftThresholdPlot({ view, width, height, t, weightLabel }: PlotProps) {
  const { prox } = view;
  const R = prox.input[prox.input.length - 1]!;
  const w = width - M.left - M.right;
  const h = height - M.top - M.bottom;
  const x = useMemo(() => linearScale([-R, R], [0, w]), [R, w]);
  const y = useMemo(() => linearScale([-R, R], [h, 0]), [R, h]);
  const map = useMemo(
    () =>
      line<number>()
        .x((_, i) => x(prox.input[i]!))
        .y((v) => y(v))(Array.from(prox.output)) ?? '',
    [prox, x, y],
  );
  const { beforeProx, after } = prox.step;
  const ticks = x.ticks(4);
  const proximal = prox.method === 'proximal';
  return (
    <svg
      width={width}
      height={height}
      role="img"
      aria-label={t('geometry.prox.label', { weight: weightLabel })}
    >
      <g transform={`translate(${M.left},${M.top})`}>
        <rect
          x={x(-prox.threshold)}
          width={Math.max(0, x(prox.threshold) - x(-prox.threshold))}
          height={h}
          fill={VIEW_COLOURS.region}
          fillOpacity={0.15}
        />
        <Axis
          scale={y}
          orient="left"
          ticks={ticks}
          format={y.tickFormat(4)}
          label={t('geometry.prox.y')}
          gridLength={w}
          labelGap={40}
        />
        <line
          x1={x(-R)}
          x2={x(R)}
          y1={y(-R)}
          y2={y(R)}
          stroke={INK}
          strokeOpacity={0.45}
          strokeDasharray="3 3"
        />
        <path d={map} fill="none" stroke={VIEW_COLOURS.region} strokeWidth={2.4} />
        {proximal && (
          <>
            <line
              x1={x(beforeProx)}
              x2={x(beforeProx)}
              y1={y(beforeProx)}
              y2={y(after)}
              stroke={INK}
              strokeWidth={1.5}
            />
            <circle cx={x(beforeProx)} cy={y(beforeProx)} r={3.5} fill="#fff" stroke={INK} />
            <Mark kind="point" x={x(beforeProx)} y={y(after)} />
          </>
        )}
        <Axis
          scale={x}
          orient="bottom"
          offset={h}
          ticks={ticks}
          format={x.tickFormat(4)}
          label={t('geometry.prox.x')}
          labelGap={34}
        />
      </g>
    </svg>
  );
}

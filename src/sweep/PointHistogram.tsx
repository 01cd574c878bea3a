// A sweep point's weights as a histogram, the exact zeros a bar of their own at 0 (weightHistogram.ts
// keeps them apart: L1's spike of zeros against L2's narrowing bell).
import { scaleLinear } from 'd3-scale';
import { useMemo } from 'react';
import type { ModelExport } from '../../workers/contract';
import { Axis, tickCount } from '../charts/axis';
import { INK, MUTED, SERIES } from '../charts/palette';
import { binWeights, maxAbs, niceHalfWidth } from '../charts/weightHistogram';

const MARGIN = { top: 18, right: 12, bottom: 40, left: 44 };

export interface PointHistogramProps {
  model: ModelExport;
  width: number;
  label: string;
  countLabel: string;
  valueLabel: string;
}

/** Every weight (not the biases) of the model, layer after layer. */
export function modelWeights(model: ModelExport): number[] {
  return model.layers.flatMap((l) => l.weights.flat());
}

export function PointHistogram({
  model,
  width,
  label,
  countLabel,
  valueLabel,
}: PointHistogramProps) {
  const values = useMemo(() => modelWeights(model), [model]);
  const half = niceHalfWidth(maxAbs(values));
  const bins = useMemo(() => binWeights(values, half, 30), [values, half]);
  const w = Math.max(140, width - MARGIN.left - MARGIN.right);
  const h = Math.round(Math.max(120, Math.min(220, w * 0.45)));
  const x = scaleLinear().domain([-half, half]).range([0, w]);
  const y = scaleLinear()
    .domain([0, Math.max(1, bins.zeros, ...bins.counts)])
    .nice()
    .range([h, 0]);
  const yTicks = y.ticks(Math.max(2, Math.round(h / 40))).filter(Number.isInteger);
  const binPx = w / bins.counts.length;
  const zeroW = Math.max(4, binPx * 0.7);
  const xTicks = x.ticks(tickCount(w, 70));
  return (
    <svg
      width={w + MARGIN.left + MARGIN.right}
      height={h + MARGIN.top + MARGIN.bottom}
      role="img"
      aria-label={label}
      data-testid="sweep-point-histogram"
    >
      <g transform={`translate(${MARGIN.left},${MARGIN.top})`}>
        <Axis
          scale={y}
          orient="left"
          ticks={yTicks}
          format={String}
          label={countLabel}
          gridLength={w}
          labelGap={32}
        />
        {bins.counts.map((c, i) =>
          c > 0 ? (
            <rect
              key={i}
              x={x(bins.edges[i]!) + 0.5}
              width={Math.max(1, binPx - 1)}
              y={y(c)}
              height={Math.max(0, h - y(c))}
              fill="#8c96a3"
            />
          ) : null,
        )}
        {bins.zeros > 0 && (
          <rect
            x={x(0) - zeroW / 2}
            width={zeroW}
            y={y(bins.zeros)}
            height={Math.max(0, h - y(bins.zeros))}
            fill={SERIES.zero}
            stroke={INK}
            strokeWidth={0.75}
            data-testid="sweep-point-zero-bar"
          />
        )}
        <line x1={x(0)} x2={x(0)} y1={0} y2={h} stroke={MUTED} strokeDasharray="2 3" />
        <Axis
          scale={x}
          orient="bottom"
          offset={h}
          ticks={xTicks}
          format={x.tickFormat(xTicks.length)}
          label={valueLabel}
          labelGap={32}
        />
      </g>
    </svg>
  );
}

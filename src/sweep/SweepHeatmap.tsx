// The λ × p grid as a heat map of the mean validation loss (cividis: ordered dark to light for
// every kind of colour vision), the best cell outlined. Arrow keys walk the cells, Enter shows a
// cell's model, and the readout says the cell's figures.
import { scaleLinear } from 'd3-scale';
import type { KeyboardEvent } from 'react';
import { useId, useMemo, useState } from 'react';
import type { PointSummary, SweepSpec } from '../../workers/contract';
import { bestByValidation } from '../../workers/contract';
import { Axis } from '../charts/axis';
import { ChartFigure } from '../charts/ChartFigure';
import { formatLogTick, formatValue } from '../charts/format';
import { INK } from '../charts/palette';
import { spreadText } from './seriesStyle';
import type { HeatCell } from './sweepSeries';
import { heatDomain, heatRows } from './sweepSeries';
import { useSweepT } from './sweepStrings';
import { formatStrength } from './strengthAxis';

/**
 * Cividis (Nuñez, Anderton & Renslow 2018) at nine even steps, as d3-scale-chromatic computes it:
 * lightness rises evenly and the hues read alike with every colour-vision deficiency. Stops
 * rather than d3-scale-chromatic itself: its module would bring colour code into the page's
 * start-up bundle, which d3-scale shares.
 */
const CIVIDIS = [
  '#002051',
  '#11366c',
  '#3c4d6e',
  '#62646f',
  '#7f7c75',
  '#9a9478',
  '#bbaf71',
  '#e2cb5c',
  '#fdea45',
];

const MARGIN = { top: 10, right: 12, bottom: 46, left: 56 };
const LEGEND_W = 180;
/** The p axis's label, written up the left side, is about this long. */
const MIN_H = 200;

export interface SweepHeatmapProps {
  spec: SweepSpec;
  summaries: readonly PointSummary[];
  width: number;
  onPick: (lambda: number, dropoutKeep: number) => void;
}

const lambdaText = (v: number) => (v === 0 ? '0' : formatLogTick(v));

interface Cells {
  (value: number): number;
  bandwidth(): number;
  /** The centre of a value's cell, as an axis scale. */
  centre: { (value: number): number; range(): number[] };
}

/** Equal cells for the values along `length` pixels, with 4 % of a cell between cells. */
function cells(values: readonly number[], length: number): Cells {
  const step = length / Math.max(1, values.length);
  const gap = step * 0.04;
  const start = (v: number) => Math.max(0, values.indexOf(v)) * step + gap / 2;
  return Object.assign(start, {
    bandwidth: () => step - gap,
    centre: Object.assign((v: number) => start(v) + (step - gap) / 2, { range: () => [0, length] }),
  });
}

export function SweepHeatmap({ spec, summaries, width, onPick }: SweepHeatmapProps) {
  const t = useSweepT();
  const gradientId = `${useId().replace(/[^\w-]/g, '')}-heat`;
  const rows = useMemo(() => heatRows(spec, summaries), [spec, summaries]);
  const domain = heatDomain(rows);
  const best = bestByValidation(summaries);
  const [cursor, setCursor] = useState<[number, number] | null>(null);

  const w = Math.max(160, width - MARGIN.left - MARGIN.right);
  const cols = spec.lambda.length;
  // Rows as tall as the cells are wide, up to 48 px: a 13 × 8 grid stays square-celled, a
  // 3 × 2 one does not fill the screen. At least MIN_H, the length of the p axis's label.
  const h = Math.round(Math.max(MIN_H, rows.length * Math.max(18, Math.min(48, w / cols))));
  // Equal cells (the values are categories here, λ = 0 among them), a small gap between.
  const x = cells(spec.lambda, w);
  const y = cells(
    rows.map((r) => r[0]!.dropoutKeep),
    h,
  );
  const color = scaleLinear<string>()
    .domain(CIVIDIS.map((_, i) => (domain ? domain[0] + ((domain[1] - domain[0]) * i) / 8 : i / 8)))
    .range(CIVIDIS);
  // Cividis is dark blue at the low end: a mark on the darker half is drawn white.
  const dark = (v: number) => domain !== null && v < (domain[0] + domain[1]) / 2;
  // Every other λ label when the cells are narrow.
  const step = Math.ceil(36 / Math.max(1, x.bandwidth()));
  const xTicks = spec.lambda.filter((_, i) => i % step === 0);

  const cell: HeatCell | null = cursor ? (rows[cursor[0]]?.[cursor[1]] ?? null) : null;
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const [r, c] = cursor ?? [0, 0];
    const moves: Record<string, [number, number]> = {
      ArrowLeft: [r, Math.max(0, c - 1)],
      ArrowRight: [r, Math.min(cols - 1, c + 1)],
      ArrowUp: [Math.max(0, r - 1), c],
      ArrowDown: [Math.min(rows.length - 1, r + 1), c],
    };
    if (e.key in moves) {
      e.preventDefault();
      setCursor(cursor ? moves[e.key]! : [r, c]);
    } else if ((e.key === 'Enter' || e.key === ' ') && cell) {
      e.preventDefault();
      onPick(cell.lambda, cell.dropoutKeep);
    }
  };

  return (
    <ChartFigure title={t('sweep.heat.title')} exportable="sweep-heat-map" className="sweep-chart">
      <div
        className="chart-plot sweep-plot"
        tabIndex={0}
        role="group"
        aria-label={t('sweep.heat.plotLabel')}
        onKeyDown={onKeyDown}
        data-testid="sweep-heatmap"
      >
        <svg
          width={w + MARGIN.left + MARGIN.right}
          height={h + MARGIN.top + MARGIN.bottom}
          aria-hidden="true"
        >
          <g transform={`translate(${MARGIN.left},${MARGIN.top})`}>
            {rows.map((row, r) =>
              row.map((c, k) => {
                const isBest = best?.lambda === c.lambda && best.dropoutKeep === c.dropoutKeep;
                const here = cursor?.[0] === r && cursor[1] === k;
                return (
                  <g
                    key={`${c.lambda}-${c.dropoutKeep}`}
                    transform={`translate(${x(c.lambda)},${y(c.dropoutKeep)})`}
                    onPointerEnter={() => setCursor([r, k])}
                    onClick={() => c.valLoss && onPick(c.lambda, c.dropoutKeep)}
                    data-best={isBest || undefined}
                  >
                    <rect
                      width={x.bandwidth()}
                      height={y.bandwidth()}
                      fill={c.valLoss ? color(c.valLoss.mean) : '#eef0f2'}
                      stroke={
                        isBest
                          ? INK
                          : here
                            ? c.valLoss && !dark(c.valLoss.mean)
                              ? INK
                              : '#fff'
                            : 'none'
                      }
                      strokeWidth={isBest ? 3 : 2}
                      strokeDasharray={here && !isBest ? '3 2' : undefined}
                    />
                    {isBest && (
                      <text
                        x={x.bandwidth() / 2}
                        y={y.bandwidth() / 2}
                        dy="0.35em"
                        textAnchor="middle"
                        fontSize={Math.min(14, x.bandwidth() * 0.6)}
                        fill={c.valLoss && dark(c.valLoss.mean) ? '#fff' : INK}
                      >
                        ★
                      </text>
                    )}
                  </g>
                );
              }),
            )}
            <Axis
              scale={y.centre}
              orient="left"
              ticks={rows.map((row) => row[0]!.dropoutKeep)}
              format={(v) => String(v)}
              label={t('sweep.axis.keep')}
              labelGap={40}
            />
            <Axis
              scale={x.centre}
              orient="bottom"
              offset={h}
              ticks={xTicks}
              format={lambdaText}
              label={t('sweep.heat.lambdaAxis')}
              labelGap={34}
            />
          </g>
        </svg>
      </div>
      {domain && (
        <svg width={LEGEND_W + 24} height={46} role="img" aria-label={t('sweep.heat.legend')}>
          <defs>
            <linearGradient id={gradientId}>
              {CIVIDIS.map((c, i) => (
                <stop key={c} offset={i / 8} stopColor={c} />
              ))}
            </linearGradient>
          </defs>
          <g transform="translate(12,2)">
            <rect width={LEGEND_W} height={10} fill={`url(#${gradientId})`} />
            <Axis
              scale={scaleLinear().domain(domain).range([0, LEGEND_W])}
              orient="bottom"
              offset={10}
              ticks={domain}
              format={formatValue}
              label={t('sweep.heat.legend')}
              labelGap={30}
            />
          </g>
        </svg>
      )}
      {best && <p className="chart-note">{t('sweep.heat.bestKey')}</p>}
      <p className="chart-readout" aria-live="polite" data-testid="sweep-heat-readout">
        {cell &&
          t('sweep.heat.readout', {
            lambda: formatStrength(cell.lambda),
            keep: formatStrength(cell.dropoutKeep),
            val: cell.valLoss ? spreadText(cell.valLoss, 'loss') : t('sweep.heat.notDone'),
          })}
      </p>
    </ChartFigure>
  );
}

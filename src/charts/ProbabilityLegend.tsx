import { scaleLinear } from 'd3-scale';
import { useId, useMemo } from 'react';
import { useT } from '../i18n';
import { Axis } from './axis';
import { probabilityCss } from './heatmap';

const STOPS = Array.from({ length: 11 }, (_, i) => i / 10);
const BAR = 12;

/** The heat map's key: P(class 1) from 0 (class 0, orange) to 1 (class 1, blue). */
export function ProbabilityLegend({ width }: { width: number }) {
  const t = useT();
  const gradientId = `${useId().replace(/[^\w-]/g, '')}-p`;
  const inner = Math.max(80, Math.min(260, width - 24));
  const x = useMemo(() => scaleLinear().domain([0, 1]).range([0, inner]), [inner]);
  return (
    <svg
      className="chart-legend-bar"
      width={inner + 24}
      height={BAR + 44}
      role="img"
      aria-label={t('charts.boundary.legendLabel')}
    >
      <defs>
        <linearGradient id={gradientId}>
          {STOPS.map((p) => (
            <stop key={p} offset={p} stopColor={probabilityCss(p)} />
          ))}
        </linearGradient>
      </defs>
      <g transform="translate(12,2)">
        <rect width={inner} height={BAR} fill={`url(#${gradientId})`} stroke="#999" />
        <Axis
          scale={x}
          orient="bottom"
          offset={BAR}
          ticks={[0, 0.25, 0.5, 0.75, 1]}
          format={String}
          label={t('charts.boundary.legendAxis')}
          labelGap={28}
        />
      </g>
    </svg>
  );
}

// Per batch-norm layer, each unit's running mean and variance (what evaluation divides by) against
// the batch's (what training divides by): the gap between ring and dot is the batch's noise.
import type { BatchNormLayerStats } from '../../../workers/contract';
import { Axis } from '../../charts/axis';
import { VIEW_COLOURS, ViewKey } from '../marks';
import { linearScale, pointScale } from '../scales';
import type { ViewT } from '../useViewT';

const M = { top: 20, right: 12, bottom: 30, left: 58 };

function Dumbbells({
  label,
  running,
  batch,
  width,
  t,
}: {
  label: string;
  running: Float64Array;
  batch: Float64Array;
  width: number;
  t: ViewT;
}) {
  const n = running.length;
  const w = Math.max(120, width - M.left - M.right);
  const h = 90;
  const units = Array.from({ length: n }, (_, j) => j);
  const x = pointScale(n, [0, w]);
  const values = [...running, ...batch].filter(Number.isFinite);
  const y = linearScale([Math.min(0, ...values), Math.max(0, ...values)], [h, 0], true);
  return (
    <svg width={w + M.left + M.right} height={h + M.top + M.bottom} role="img" aria-label={label}>
      <g transform={`translate(${M.left},${M.top})`}>
        <text y={-8} fontSize={12}>
          {label}
        </text>
        <Axis
          scale={y}
          orient="left"
          ticks={y.ticks(3)}
          format={y.tickFormat(3)}
          label=""
          gridLength={w}
        />
        {units.map((j) => (
          <g key={j} transform={`translate(${x(j)},0)`}>
            <line y1={y(running[j]!)} y2={y(batch[j]!)} stroke="#8c959f" strokeWidth={1.5} />
            <circle
              cy={y(running[j]!)}
              r={4.5}
              fill="#fff"
              stroke={VIEW_COLOURS.running}
              strokeWidth={2}
            />
            <circle cy={y(batch[j]!)} r={3.5} fill={VIEW_COLOURS.batch} />
            <text y={h + 16} textAnchor="middle" fontSize={11}>
              {t('bn.stats.unit', { j: j + 1 })}
            </text>
          </g>
        ))}
      </g>
    </svg>
  );
}

export function LayerStats({
  layers,
  width,
  t,
}: {
  layers: BatchNormLayerStats[];
  width: number;
  t: ViewT;
}) {
  const half = Math.max(220, Math.floor(width / 2) - 8);
  return (
    <>
      <ViewKey
        items={[
          {
            id: 'running',
            label: t('bn.stats.key.running'),
            swatch: (
              <circle
                cx={9}
                cy={6}
                r={4}
                fill="#fff"
                stroke={VIEW_COLOURS.running}
                strokeWidth={2}
              />
            ),
          },
          {
            id: 'batch',
            label: t('bn.stats.key.batch'),
            swatch: <circle cx={9} cy={6} r={3.5} fill={VIEW_COLOURS.batch} />,
          },
        ]}
      />
      {layers.map((L) => (
        <div key={L.layer} className="view-row">
          <Dumbbells
            label={t('bn.stats.mean', { layer: L.layer + 1 })}
            running={L.runningMean}
            batch={L.batchMean}
            width={half}
            t={t}
          />
          <Dumbbells
            label={t('bn.stats.variance', { layer: L.layer + 1 })}
            running={L.runningVar}
            batch={L.batchVarUnbiased}
            width={half}
            t={t}
          />
        </div>
      ))}
    </>
  );
}

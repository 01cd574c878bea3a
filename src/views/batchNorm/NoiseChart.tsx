// The train/eval difference against batch size (averaged over random batches per size): the
// noise batch norm adds, large for small batches. Log₂ batch size on x; a table says the same.
import { line } from 'd3-shape';
import type { BatchNormNoise } from '../../../workers/contract';
import { Axis } from '../../charts/axis';
import { formatValue } from '../../charts/format';
import { INK, SERIES } from '../../charts/palette';
import { ViewKey, lineSwatch } from '../marks';
import { linearScale, logScale } from '../scales';
import type { ViewT } from '../useViewT';

const M = { top: 12, right: 16, bottom: 42, left: 58 };

export function NoiseChart({
  noise,
  chosen,
  width,
  t,
}: {
  noise: BatchNormNoise;
  chosen: number;
  width: number;
  t: ViewT;
}) {
  const sizes = Array.from(noise.sizes);
  const w = Math.max(200, width - M.left - M.right);
  const h = 170;
  const x = logScale([sizes[0] ?? 2, Math.max(4, sizes.at(-1) ?? 4)], [0, w], 2);
  const top = Math.max(1e-6, ...noise.grid, ...noise.validation);
  const y = linearScale([0, top], [h, 0], true);
  const series = (values: Float64Array) =>
    line<number>()
      .x((_, i) => x(sizes[i]!))
      .y((v) => y(v))(Array.from(values)) ?? '';
  return (
    <>
      <svg
        width={w + M.left + M.right}
        height={h + M.top + M.bottom}
        role="img"
        aria-label={t('bn.noise.label')}
      >
        <g transform={`translate(${M.left},${M.top})`}>
          <Axis
            scale={y}
            orient="left"
            ticks={y.ticks(4)}
            format={y.tickFormat(4)}
            label={t('bn.noise.y')}
            gridLength={w}
            labelGap={44}
          />
          <line x1={x(chosen)} x2={x(chosen)} y1={0} y2={h} stroke={INK} strokeDasharray="3 3" />
          <path d={series(noise.grid)} fill="none" stroke={SERIES.val} strokeWidth={2.2} />
          <path
            d={series(noise.validation)}
            fill="none"
            stroke={SERIES.train}
            strokeWidth={2}
            strokeDasharray="6 3"
          />
          {sizes.map((s, i) => (
            <circle
              key={s}
              cx={x(s)}
              cy={y(noise.grid[i]!)}
              r={s === chosen ? 5 : 3}
              fill={SERIES.val}
            />
          ))}
          <Axis
            scale={x}
            orient="bottom"
            offset={h}
            ticks={sizes}
            format={String}
            label={t('bn.noise.x')}
            labelGap={34}
          />
        </g>
      </svg>
      <ViewKey
        items={[
          {
            id: 'grid',
            label: t('bn.noise.key.grid'),
            swatch: lineSwatch(SERIES.val, undefined, 2.2),
          },
          { id: 'val', label: t('bn.noise.key.val'), swatch: lineSwatch(SERIES.train, '6 3', 2) },
        ]}
      />
      <table className="view-table" data-testid="bn-noise-table">
        <caption>{t('bn.noise.table')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('bn.noise.x')}</th>
            {sizes.map((s) => (
              <th key={s} scope="col">
                {s}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          <tr>
            <th scope="row">{t('bn.noise.key.grid')}</th>
            {sizes.map((s, i) => (
              <td key={s} data-testid={`bn-noise-${s}`}>
                {formatValue(noise.grid[i]!)}
              </td>
            ))}
          </tr>
        </tbody>
      </table>
    </>
  );
}

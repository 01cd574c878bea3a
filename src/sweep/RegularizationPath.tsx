// The regularization path: every first-layer weight against λ, one line per weight coloured by
// the input it reads (for a model without hidden layers, the classic lasso path), and on a second
// tab the count of weights exactly 0. L1's weights reach 0 one by one; L2's shrink together.
import { scaleLinear } from 'd3-scale';
import { line } from 'd3-shape';
import { useMemo, useState } from 'react';
import type { FeatureName, SweepPointResult, SweepSpec } from '../../workers/contract';
import { exactZeroCounts, regularizationPath } from '../../workers/contract';
import { tickCount } from '../charts/axis';
import { ChartFigure } from '../charts/ChartFigure';
import { ChartTabs } from '../charts/ChartTabs';
import { formatValue } from '../charts/format';
import { LineSwatch } from '../charts/LineSwatch';
import { INK, MUTED } from '../charts/palette';
import { FEATURE_LABEL } from '../components/FeaturesSection';
import { curveSize, SweepPlot } from './SweepPlot';
import { formatStrength, lambdaAxis } from './strengthAxis';
import { useSweepT } from './sweepStrings';

/** Okabe–Ito without its yellow (too pale on white): one colour per input feature. */
export const FEATURE_COLORS = [
  '#E69F00',
  '#56B4E9',
  '#009E73',
  '#0072B2',
  '#D55E00',
  '#CC79A7',
  '#000000',
];

export interface RegularizationPathProps {
  spec: SweepSpec;
  points: readonly SweepPointResult[];
  /** The p the path is drawn at (the config's own when it is on the axis). */
  keep: number;
  width: number;
  onPick: (lambda: number) => void;
}

type Tab = 'weights' | 'zeros';

export function RegularizationPath({ spec, points, keep, width, onPick }: RegularizationPathProps) {
  const t = useSweepT();
  const [tab, setTab] = useState<Tab>('weights');
  const [cursor, setCursor] = useState<number | null>(null);
  const path = useMemo(() => regularizationPath(spec, points, keep, 0), [spec, points, keep]);
  const zeros = useMemo(() => exactZeroCounts(spec, points, keep), [spec, points, keep]);
  const kind = spec.config.regularization.kind;
  const makesZeros = kind === 'l1' || kind === 'elasticnet';

  const { w, h } = curveSize(width);
  const x = lambdaAxis(spec.lambda, w);
  const done = spec.lambda.filter((_, l) => path.weights.some((row) => row[l] !== null));
  const shown = cursor ?? done[done.length - 1] ?? null;
  const at = shown === null ? -1 : spec.lambda.indexOf(shown);

  const maxAbs = Math.max(1e-6, ...path.weights.flat().map((v) => Math.abs(v ?? 0)));
  const yW = scaleLinear().domain([-maxAbs, maxAbs]).nice().range([h, 0]);
  const total = zeros[0]?.weights ?? 0;
  const yZ = scaleLinear()
    .domain([0, Math.max(1, total)])
    .range([h, 0]);
  const y = tab === 'weights' ? yW : yZ;
  const yTicks = tab === 'weights' ? yW.ticks(tickCount(h, 45)) : yZ.ticks(tickCount(h, 45));

  const column = at < 0 ? [] : path.weights.map((row) => row[at]);
  const readout =
    shown === null
      ? ''
      : tab === 'weights'
        ? t('sweep.path.readout', {
            lambda: formatStrength(shown),
            zeros: column.filter((v) => v === 0).length,
            total: column.length,
            max: formatValue(Math.max(...column.map((v) => Math.abs(v ?? NaN)))),
          })
        : t('sweep.zeros.readout', {
            lambda: formatStrength(shown),
            all: zeroText(zeros[at]?.zeros?.mean),
            total,
            first: zeroText(zeros[at]?.firstLayerZeros?.mean),
            firstTotal: zeros[0]?.firstLayerWeights ?? 0,
          });

  return (
    <ChartFigure
      title={t('sweep.path.title')}
      exportable="sweep-regularization-path"
      className="sweep-chart"
      controls={
        <ChartTabs
          tabs={[
            { key: 'weights', label: t('sweep.path.weights') },
            { key: 'zeros', label: t('sweep.path.zeros') },
          ]}
          value={tab}
          onChange={setTab}
          label={t('sweep.path.tabs')}
          panelId="sweep-path-plot"
        />
      }
    >
      <SweepPlot
        values={done}
        axis={x}
        cursor={cursor}
        onCursor={setCursor}
        onPick={onPick}
        label={t('sweep.path.plotLabel')}
        testId="sweep-path"
        plotId="sweep-path-plot"
        w={w}
        h={h}
        y={y}
        yTicks={yTicks}
        yFormat={tab === 'weights' ? yW.tickFormat(yTicks.length) : String}
        yLabel={t(tab === 'weights' ? 'sweep.path.weightAxis' : 'sweep.path.zeroAxis')}
        xLabel={t('sweep.axis.lambda')}
      >
        {tab === 'weights' ? (
          <WeightLines path={path} x={x.x} y={yW} />
        ) : (
          <ZeroLines zeros={zeros} x={x.x} y={yZ} />
        )}
        {tab === 'weights' && <line x2={w} y1={yW(0)} y2={yW(0)} stroke={INK} strokeWidth={1} />}
      </SweepPlot>
      {tab === 'weights' ? (
        <>
          <ul className="chart-key" data-testid="sweep-path-key">
            {path.inputs.map((name, i) => (
              <li key={name}>
                <LineSwatch color={FEATURE_COLORS[i % FEATURE_COLORS.length]!} />
                {FEATURE_LABEL[name as FeatureName] ?? name}
              </li>
            ))}
          </ul>
          <p className="chart-note">{t('sweep.path.note', { keep: formatStrength(keep) })}</p>
        </>
      ) : (
        <>
          <ul className="chart-key">
            <li>
              <LineSwatch color={INK} />
              {t('sweep.zeros.all')}
            </li>
            <li>
              <LineSwatch color={MUTED} dash="5 3" />
              {t('sweep.zeros.first')}
            </li>
          </ul>
          {!makesZeros && <p className="chart-note">{t('sweep.zeros.l2')}</p>}
        </>
      )}
      <p className="chart-readout" aria-live="polite" data-testid="sweep-path-readout">
        {readout}
      </p>
    </ChartFigure>
  );
}

const zeroText = (v: number | undefined) =>
  v === undefined ? '—' : String(Number(v.toPrecision(3)));

interface LinesProps<P> {
  path: P;
  x: (v: number) => number;
  y: (v: number) => number;
}

function WeightLines({ path, x, y }: LinesProps<ReturnType<typeof regularizationPath>>) {
  return (
    <g data-testid="path-lines">
      {path.weights.map((row, k) => {
        const d = line<number>()
          .defined((l) => row[l] !== null)
          .x((l) => x(path.lambda[l]!))
          .y((l) => y(row[l]!))(row.map((_, l) => l));
        return (
          <path
            key={k}
            d={d ?? ''}
            fill="none"
            stroke={FEATURE_COLORS[path.input[k]! % FEATURE_COLORS.length]}
            strokeWidth={1.5}
            strokeOpacity={0.85}
          />
        );
      })}
    </g>
  );
}

function ZeroLines({
  zeros,
  x,
  y,
}: { zeros: ReturnType<typeof exactZeroCounts> } & Omit<LinesProps<null>, 'path'>) {
  const all = zeros.filter((z) => z.zeros !== null);
  const mean = (pick: (z: (typeof all)[number]) => number) =>
    line<(typeof all)[number]>()
      .x((z) => x(z.lambda))
      .y((z) => y(pick(z)))(all) ?? '';
  return (
    <g data-testid="zero-lines">
      {all.map((z) => (
        <line
          key={z.lambda}
          x1={x(z.lambda)}
          x2={x(z.lambda)}
          y1={y(z.zeros!.min)}
          y2={y(z.zeros!.max)}
          stroke={INK}
          strokeOpacity={0.35}
          strokeWidth={5}
        />
      ))}
      <path d={mean((z) => z.zeros!.mean)} fill="none" stroke={INK} strokeWidth={2} />
      <path
        d={mean((z) => z.firstLayerZeros!.mean)}
        fill="none"
        stroke={MUTED}
        strokeWidth={2}
        strokeDasharray="5 3"
      />
      {all.map((z) => (
        <circle key={z.lambda} cx={x(z.lambda)} cy={y(z.zeros!.mean)} r={3} fill={INK} />
      ))}
    </g>
  );
}

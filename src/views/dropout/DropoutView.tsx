// The Dropout ensemble tab: K thinned networks (one fixed mask each) drawn faintly over the full
// network's boundary, the boundary of their average, how close the two are, Monte Carlo
// dropout's uncertainty, and what forgetting the test-time convention does.
import { useId, useMemo, useState } from 'react';
import { useStore } from 'zustand';
import { contourPath } from '../../charts/boundaryContour';
import { formatPercent, formatValue } from '../../charts/format';
import { Toggle } from '../../charts/Toggle';
import { useContainerWidth } from '../../charts/useContainerWidth';
import { frameStore } from '../../store/frameStore';
import { PROBABILITY_LUT, sequentialLut } from '../colourTables';
import { MAP_MARGIN, MapPlot } from '../MapPlot';
import { VIEW_COLOURS, ViewKey, lineSwatch } from '../marks';
import { ViewFigure } from '../ViewFigure';
import { useViewData } from '../useViewData';
import { useViewT } from '../useViewT';

const HEAT = PROBABILITY_LUT;
const SPREAD = sequentialLut(VIEW_COLOURS.uncertainty);
/** The std of a probability is at most ½: the uncertainty map's full scale. */
const MAX_STD = 0.5;

export default function DropoutView({ runId }: { runId: string }) {
  const t = useViewT();
  const id = useId();
  const [ref, width] = useContainerWidth<HTMLDivElement>(720);
  const [members, setMembers] = useState(16);
  const [draw, setDraw] = useState(0);
  const [showSpread, setShowSpread] = useState(false);
  const [forget, setForget] = useState(false);
  const frame = useViewData(runId, { view: 'dropout-ensemble', members, draw });
  const points = useStore(frameStore, (s) => s.live[runId]?.points);
  const e = frame?.data?.ensemble;
  const size = Math.round(
    Math.max(200, Math.min(420, width - 300 - MAP_MARGIN.left - MAP_MARGIN.right)),
  );
  const paths = useMemo(() => {
    if (!e) return null;
    const n = e.gridSize;
    const cells = n * n;
    return {
      members: Array.from({ length: e.members }, (_, k) =>
        contourPath(e.memberGrids.subarray(k * cells, (k + 1) * cells), n, size),
      ),
      mean: contourPath(e.mean, n, size),
      full: contourPath(e.full, n, size),
      unscaled: contourPath(e.unscaled, n, size),
    };
  }, [e, size]);

  const controls = (
    <>
      <span className="chart-toggle">
        <label htmlFor={`${id}k`}>{t('dropout.members', { k: members })}</label>
        <input
          id={`${id}k`}
          type="range"
          min={8}
          max={32}
          step={1}
          value={members}
          data-testid="dropout-members"
          onChange={(ev) => setMembers(Number(ev.currentTarget.value))}
        />
      </span>
      <button type="button" className="rl-button" onClick={() => setDraw((d) => d + 1)}>
        {t('dropout.resample')}
      </button>
      <Toggle
        label={t('dropout.showSpread')}
        checked={showSpread}
        onChange={setShowSpread}
        testId="dropout-spread"
      />
      <Toggle
        label={t('dropout.forget')}
        checked={forget}
        onChange={setForget}
        testId="dropout-forget"
      />
    </>
  );
  const grid = e ? (showSpread ? e.std : forget ? e.unscaled : e.full) : undefined;
  const acc = e?.validation;
  return (
    <div ref={ref} className="view-stack">
      <ViewFigure
        title={t('dropout.title')}
        guide={t('dropout.guide')}
        slug="dropout-ensemble"
        controls={controls}
        frame={frame}
      >
        {e && paths && (
          <div className="view-row">
            <MapPlot
              grid={grid}
              n={e.gridSize}
              lut={showSpread ? SPREAD : HEAT}
              max={showSpread ? MAX_STD : 1}
              size={size}
              points={points}
              label={t(
                showSpread
                  ? 'dropout.map.spread'
                  : forget
                    ? 'dropout.map.unscaled'
                    : 'dropout.map.full',
                {
                  k: e.members,
                },
              )}
              testId="dropout-map"
            >
              <g data-testid="dropout-member-contours">
                {paths.members.map((d, k) => (
                  <path
                    key={k}
                    d={d}
                    fill="none"
                    stroke={VIEW_COLOURS.member}
                    strokeOpacity={0.5}
                    strokeWidth={1}
                  />
                ))}
              </g>
              <path
                d={paths.mean}
                fill="none"
                stroke={VIEW_COLOURS.ensemble}
                strokeWidth={2.5}
                strokeDasharray="7 4"
              />
              <path d={paths.full} fill="none" stroke={VIEW_COLOURS.full} strokeWidth={2.5} />
              {forget && (
                <path
                  d={paths.unscaled}
                  fill="none"
                  stroke={VIEW_COLOURS.unscaled}
                  strokeWidth={3}
                  strokeDasharray="2 3"
                />
              )}
            </MapPlot>
            <div className="view-side">
              <ViewKey
                items={[
                  {
                    id: 'member',
                    label: t('dropout.key.member'),
                    swatch: lineSwatch(VIEW_COLOURS.member, undefined, 1, 0.6),
                  },
                  {
                    id: 'mean',
                    label: t('dropout.key.mean'),
                    swatch: lineSwatch(VIEW_COLOURS.ensemble, '7 4', 2.5),
                  },
                  {
                    id: 'full',
                    label: t('dropout.key.full'),
                    swatch: lineSwatch(VIEW_COLOURS.full, undefined, 2.5),
                  },
                  ...(forget
                    ? [
                        {
                          id: 'unscaled',
                          label: t('dropout.key.unscaled'),
                          swatch: lineSwatch(VIEW_COLOURS.unscaled, '2 3', 3),
                        },
                      ]
                    : []),
                ]}
              />
              {showSpread && <SpreadLegend label={t('dropout.spreadAxis')} />}
              <dl className="chart-readouts view-readouts">
                <div>
                  <dt>{t('dropout.readout.agreement')}</dt>
                  <dd data-testid="dropout-agreement">
                    {formatPercent(e.closeness.full.agreement)}
                  </dd>
                </div>
                <div>
                  <dt>{t('dropout.readout.meanDiff')}</dt>
                  <dd data-testid="dropout-mean-diff">
                    {formatValue(e.closeness.full.meanAbsDiff)}
                  </dd>
                </div>
                <div>
                  <dt>{t('dropout.readout.accFull')}</dt>
                  <dd data-testid="dropout-acc-full">{formatPercent(acc!.full)}</dd>
                </div>
                <div>
                  <dt>{t('dropout.readout.accEnsemble')}</dt>
                  <dd data-testid="dropout-acc-ensemble">{formatPercent(acc!.ensemble)}</dd>
                </div>
                {forget && (
                  <>
                    <div>
                      <dt>{t('dropout.readout.accUnscaled')}</dt>
                      <dd data-testid="dropout-acc-unscaled">{formatPercent(acc!.unscaled)}</dd>
                    </div>
                    <div>
                      <dt>{t('dropout.readout.unscaledAgreement')}</dt>
                      <dd data-testid="dropout-unscaled-agreement">
                        {formatPercent(e.closeness.unscaled.agreement)}
                      </dd>
                    </div>
                  </>
                )}
              </dl>
              <p className="chart-readout">
                {e.keep === 1
                  ? t('dropout.noDropout')
                  : forget
                    ? t('dropout.forgetNote', {
                        p: e.keep,
                        drop: formatPercent(acc!.full - acc!.unscaled),
                      })
                    : t('dropout.keepNote', { p: e.keep, k: e.members })}
              </p>
            </div>
          </div>
        )}
      </ViewFigure>
    </div>
  );
}

function SpreadLegend({ label }: { label: string }) {
  const gradientId = `${useId().replace(/[^\w-]/g, '')}-s`;
  return (
    <svg width={220} height={44} role="img" aria-label={label}>
      <defs>
        <linearGradient id={gradientId}>
          <stop offset={0} stopColor="#fff" />
          <stop offset={1} stopColor={VIEW_COLOURS.uncertainty} />
        </linearGradient>
      </defs>
      <rect x={10} y={2} width={200} height={12} fill={`url(#${gradientId})`} stroke="#999" />
      <text x={10} y={28} fontSize={11}>
        0
      </text>
      <text x={210} y={28} fontSize={11} textAnchor="end">
        {MAX_STD}
      </text>
      <text x={110} y={40} fontSize={11} textAnchor="middle">
        {label}
      </text>
    </svg>
  );
}

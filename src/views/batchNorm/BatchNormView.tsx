// The Batch norm tab: the boundary with every point normalized by one random batch's statistics
// beside the boundary under the running averages evaluation uses, how far they differ as the
// batch shrinks, and the per-layer statistics behind the difference.
import { useId, useMemo, useState } from 'react';
import { useStore } from 'zustand';
import { contourPath } from '../../charts/boundaryContour';
import { formatPercent, formatValue } from '../../charts/format';
import { useContainerWidth } from '../../charts/useContainerWidth';
import { frameStore } from '../../store/frameStore';
import { PROBABILITY_LUT } from '../colourTables';
import { MAP_MARGIN, MapPlot } from '../MapPlot';
import { VIEW_COLOURS, ViewKey, lineSwatch } from '../marks';
import { ViewFigure } from '../ViewFigure';
import { useViewData } from '../useViewData';
import { useViewT } from '../useViewT';
import { BatchMarks } from './BatchMarks';
import { LayerStats } from './LayerStats';
import { NoiseChart } from './NoiseChart';

const HEAT = PROBABILITY_LUT;
const SIZES = [2, 4, 8, 16, 32, 64, 128];

export default function BatchNormView({ runId }: { runId: string }) {
  const t = useViewT();
  const id = useId();
  const [ref, width] = useContainerWidth<HTMLDivElement>(720);
  const trainCount = useStore(frameStore, (s) => s.live[runId]?.points.train.length ?? 0);
  const points = useStore(frameStore, (s) => s.live[runId]?.points);
  const sizes = useMemo(() => SIZES.filter((s) => s <= trainCount), [trainCount]);
  const [sizeIndex, setSizeIndex] = useState(3);
  const [draw, setDraw] = useState(0);
  const k = Math.min(sizeIndex, Math.max(0, sizes.length - 1));
  const batchSize = sizes[k] ?? 2;
  const frame = useViewData(runId, { view: 'batch-norm', batchSize, draw });
  const data = frame?.data;
  const size = Math.round(
    Math.max(180, Math.min(340, (width - 24) / 2 - MAP_MARGIN.left - MAP_MARGIN.right)),
  );
  const paths = useMemo(() => {
    if (!data) return null;
    const n = data.batch.gridSize;
    return {
      batch: contourPath(data.batch.batchGrid, n, size),
      running: contourPath(data.batch.evalGrid, n, size),
    };
  }, [data, size]);

  const controls = (
    <>
      <span className="chart-toggle">
        <label htmlFor={`${id}b`}>{t('bn.batchSize', { b: batchSize })}</label>
        <input
          id={`${id}b`}
          type="range"
          min={0}
          max={Math.max(0, sizes.length - 1)}
          step={1}
          value={k}
          aria-valuetext={String(batchSize)}
          data-testid="bn-batch-size"
          onChange={(e) => setSizeIndex(Number(e.currentTarget.value))}
        />
      </span>
      <button type="button" className="rl-button" onClick={() => setDraw((d) => d + 1)}>
        {t('bn.newBatch')}
      </button>
    </>
  );
  const b = data?.batch;
  return (
    <div ref={ref} className="view-stack">
      <ViewFigure
        title={t('bn.title')}
        guide={t('bn.guide')}
        slug="batch-norm"
        controls={controls}
        frame={frame}
      >
        {b && paths && (
          <>
            <div className="view-row">
              <figure className="view-subplot">
                <figcaption>{t('bn.map.batch', { b: b.rows.length })}</figcaption>
                <MapPlot
                  grid={b.batchGrid}
                  n={b.gridSize}
                  lut={HEAT}
                  size={size}
                  label={t('bn.map.batchLabel', { b: b.rows.length })}
                  testId="bn-batch-map"
                >
                  <path
                    d={paths.running}
                    fill="none"
                    stroke={VIEW_COLOURS.running}
                    strokeWidth={2}
                    strokeDasharray="6 3"
                  />
                  <path d={paths.batch} fill="none" stroke={VIEW_COLOURS.batch} strokeWidth={2.5} />
                  {points && <BatchMarks rows={b.rows} train={points.train} size={size} />}
                </MapPlot>
              </figure>
              <figure className="view-subplot">
                <figcaption>{t('bn.map.running')}</figcaption>
                <MapPlot
                  grid={b.evalGrid}
                  n={b.gridSize}
                  lut={HEAT}
                  size={size}
                  points={points}
                  label={t('bn.map.runningLabel')}
                  testId="bn-running-map"
                >
                  <path
                    d={paths.batch}
                    fill="none"
                    stroke={VIEW_COLOURS.batch}
                    strokeWidth={2}
                    strokeDasharray="2 3"
                  />
                  <path
                    d={paths.running}
                    fill="none"
                    stroke={VIEW_COLOURS.running}
                    strokeWidth={2.5}
                  />
                </MapPlot>
              </figure>
            </div>
            <ViewKey
              items={[
                {
                  id: 'batch',
                  label: t('bn.key.batch'),
                  swatch: lineSwatch(VIEW_COLOURS.batch, undefined, 2.5),
                },
                {
                  id: 'running',
                  label: t('bn.key.running'),
                  swatch: lineSwatch(VIEW_COLOURS.running, '6 3', 2.5),
                },
                {
                  id: 'rows',
                  label: t('bn.key.rows'),
                  swatch: (
                    <circle
                      cx={9}
                      cy={6}
                      r={4.5}
                      fill="none"
                      stroke={VIEW_COLOURS.batch}
                      strokeWidth={2}
                    />
                  ),
                },
              ]}
            />
            <dl className="chart-readouts view-readouts">
              <div>
                <dt>{t('bn.readout.difference', { b: b.rows.length })}</dt>
                <dd data-testid="bn-difference">{formatValue(b.difference.grid.meanAbsDiff)}</dd>
              </div>
              <div>
                <dt>{t('bn.readout.agreement')}</dt>
                <dd data-testid="bn-agreement">{formatPercent(b.difference.grid.agreement)}</dd>
              </div>
              <div>
                <dt>{t('bn.readout.validation')}</dt>
                <dd>{formatValue(b.difference.validation.meanAbsDiff)}</dd>
              </div>
            </dl>
          </>
        )}
      </ViewFigure>
      {data && (
        <ViewFigure
          title={t('bn.noise.title')}
          guide={t('bn.noise.guide')}
          slug="batch-norm-noise"
          frame={null}
        >
          <NoiseChart noise={data.noise} chosen={batchSize} width={Math.min(560, width)} t={t} />
        </ViewFigure>
      )}
      {b && (
        <ViewFigure
          title={t('bn.stats.title')}
          guide={t('bn.stats.guide', { b: b.rows.length })}
          slug="batch-norm-statistics"
          frame={null}
        >
          <LayerStats layers={b.layers} width={Math.min(720, width)} t={t} />
        </ViewFigure>
      )}
    </div>
  );
}

// One point of the sweep: its figures, its model's decision boundary (evaluated by a sweep worker
// from the point's exported model) and weights, and the button that sets the main run to it.
import { useEffect, useState } from 'react';
import type { GridAnswer, SweepPointKey, SweepSpec } from '../../workers/contract';
import { ChartFigure } from '../charts/ChartFigure';
import { formatPercent, formatValue } from '../charts/format';
import { applySweepPoint, pointGrid, selectPoint, sweepData } from './sweepActions';
import { PointBoundary } from './PointBoundary';
import { PointHistogram } from './PointHistogram';
import { pointOf, useSweep } from './sweepStore';
import type { SweepKey } from './sweepStrings';
import { useSweepT } from './sweepStrings';
import { NumberSelect } from './NumberSelect';
import { formatStrength } from './strengthAxis';

/** The grid a point's boundary is evaluated on (the live map starts at 128; this one is small). */
const POINT_GRID = 80;

export interface PointDetailProps {
  runId: string;
  spec: SweepSpec;
  at: SweepPointKey;
  width: number;
}

type GridState = { key: string; grid: GridAnswer } | { key: string; error: string } | null;

export function PointDetail({ runId, spec, at, width }: PointDetailProps) {
  const t = useSweepT();
  const point = useSweep((s) => pointOf(s, at));
  const data = useSweep((s) => (s.spec === spec ? s.data : null));
  const [grid, setGrid] = useState<GridState>(null);
  const [used, setUsed] = useState<string | null>(null);
  const key = `${at.lambda}/${at.dropoutKeep}/${at.repeat}`;
  const hasPoint = point !== null;

  useEffect(() => {
    void sweepData(spec).catch(() => undefined); // the boundary shows without its points then
  }, [spec]);
  useEffect(() => {
    if (!hasPoint) return;
    const asked = pointGrid(spec, at, POINT_GRID);
    if (!asked) return;
    let live = true;
    asked.answer.then(
      (g) => live && setGrid({ key, grid: g }),
      (e: unknown) => live && setGrid({ key, error: e instanceof Error ? e.message : String(e) }),
    );
    return () => {
      live = false;
      asked.cancel();
    };
  }, [spec, key, hasPoint]); // eslint-disable-line react-hooks/exhaustive-deps -- `at` is `key`

  const sweepsLambda = spec.lambda.length > 1;
  const sweepsKeep = spec.dropoutKeep.length > 1;
  const useKey: SweepKey =
    sweepsLambda && sweepsKeep
      ? 'sweep.use.both'
      : sweepsKeep
        ? 'sweep.use.keep'
        : 'sweep.use.lambda';
  const shown = grid?.key === key ? grid : null;
  const size = Math.max(160, Math.min(300, width - 60));
  const params = { lambda: formatStrength(at.lambda), keep: formatStrength(at.dropoutKeep) };

  return (
    <section className="sweep-point" aria-labelledby="sweep-point-title" data-testid="sweep-point">
      <div className="sweep-point-head">
        <h3 id="sweep-point-title" className="chart-title">
          {t('sweep.point.title', params)}
        </h3>
        <NumberSelect
          label={t('sweep.point.repeat')}
          value={at.repeat}
          options={Array.from({ length: spec.repeats }, (_, r) => r)}
          onChange={(repeat) => selectPoint({ ...at, repeat })}
        />
        <button type="button" className="rl-button" onClick={() => selectPoint(null)}>
          {t('sweep.point.close')}
        </button>
      </div>
      {point && (
        <p className="chart-readout" data-testid="sweep-point-status">
          {t('sweep.point.status', {
            status: t(`sweep.status.${point.status}`),
            epochs: point.epochs,
            val: point.final.valLoss === null ? '—' : formatValue(point.final.valLoss),
            acc: point.final.valAcc === null ? '—' : formatPercent(point.final.valAcc),
          })}
        </p>
      )}
      <div className="sweep-point-charts">
        <ChartFigure title={t('sweep.point.boundary')} exportable="sweep-point-boundary">
          {shown && 'grid' in shown ? (
            <PointBoundary
              grid={shown.grid}
              data={data}
              size={size}
              label={t('sweep.point.boundaryLabel')}
            />
          ) : shown ? (
            <p role="alert" className="chart-note">
              {t('sweep.point.failed', { detail: shown.error })}
            </p>
          ) : (
            <p className="chart-note">{t('sweep.point.loading')}</p>
          )}
        </ChartFigure>
        {point && (
          <ChartFigure title={t('sweep.point.weights')} exportable="sweep-point-weights">
            <PointHistogram
              model={point.model}
              width={Math.min(width, 420)}
              label={t('sweep.point.weightsLabel')}
              countLabel={t('sweep.point.count')}
              valueLabel={t('sweep.point.value')}
            />
            <p className="chart-readout" data-testid="sweep-point-zeros">
              {t('sweep.point.zeros', {
                count: point.model.layers.reduce(
                  (n, l) => n + l.weights.flat().filter((w) => w === 0).length,
                  0,
                ),
                total: point.model.layers.reduce((n, l) => n + l.weights.flat().length, 0),
              })}
            </p>
          </ChartFigure>
        )}
      </div>
      <div className="sweep-use">
        <button
          type="button"
          className="rl-button rl-button--primary"
          onClick={() => {
            if (applySweepPoint(runId, spec, { ...at, repeat: 0 })) setUsed(key);
          }}
        >
          {t(useKey)}
        </button>
        <span className="chart-note">{t('sweep.use.help')}</span>
        {used === key && (
          <p role="status" className="chart-readout">
            {t('sweep.use.done', params)}
          </p>
        )}
      </div>
    </section>
  );
}

// The Geometry tab: why L1 gives exact zeros, in the plane of two weights and along one.
import { memo, useCallback, useMemo, useState } from 'react';
import { useStore } from 'zustand';
import { useContainerWidth } from '../../charts/useContainerWidth';
import { formatValue } from '../../charts/format';
import { Toggle } from '../../charts/Toggle';
import { frameStore } from '../../store/frameStore';
import { useLab } from '../../store/labStore';
import { ViewFigure } from '../ViewFigure';
import { useViewFrame, useViewRequest } from '../useViewData';
import { useViewT } from '../useViewT';
import type { ViewT } from '../useViewT';
import { indexOfPlace, weightNames } from '../weightNames';
import { GeometryKey, LineKey } from './GeometryKeys';
import { LossAlongWeight, SoftThresholdPlot } from './LinePlots';
import { LinePicker, PairPicker } from './PairPicker';
import { PLANE_MARGIN, PlanePlot } from './PlanePlot';

const Picker = memo(PairPicker);

/** A weight's value as read: exactly 0 said so, since that is the point of the view. */
export function weightValue(v: number, t: ViewT): string {
  return v === 0 ? t('geometry.exactZero') : formatValue(v);
}

const point = (a: number, b: number, t: ViewT) => `(${weightValue(a, t)}, ${weightValue(b, t)})`;

export default function GeometryView({ runId }: { runId: string }) {
  const t = useViewT();
  const [ref, width] = useContainerWidth<HTMLDivElement>(720);
  const shape = useStore(frameStore, (s) => {
    const p = s.live[runId];
    return p ? `${p.widths.join(',')}|${p.inputs.join(',')}` : '';
  });
  const [widthsKey = '', inputsKey = ''] = shape.split('|');
  const widths = useMemo(() => (widthsKey ? widthsKey.split(',').map(Number) : []), [widthsKey]);
  const names = useMemo(() => weightNames(widths, inputsKey.split(',')), [widths, inputsKey]);
  const layers = useMemo(
    () => widths.slice(1).map((_, l) => t('geometry.pick.layer', { n: l + 1 })),
    [widths, t],
  );
  const generation = useLab((s) => s.runs[runId]?.generation ?? -1);
  const frame = useViewFrame(runId, 'geometry');
  const data = frame?.data;
  const shownPair = useMemo((): [number, number] | null => {
    if (!data || widths.length < 2) return null;
    const [a, b] = data.geometry.pair.map((p) => indexOfPlace(widths, p));
    return [a!, b!];
  }, [data, widths]);
  // A picked pair is kept for the network it was picked on. Until one is picked, the worker's
  // default (the two largest first-layer weights) is kept as first shown, so the plane stays put
  // when other weights outgrow them; another network (a new generation) starts afresh.
  const [picked, setPicked] = useState<{ shape: string; pair: [number, number] } | null>(null);
  const [lineWhich, setLineWhich] = useState<0 | 1>(0);
  const [zoom, setZoom] = useState(false);
  const adopted = frame?.generation === generation ? shownPair : null;
  const pair = picked?.shape === shape ? picked.pair : (adopted ?? undefined);
  useViewRequest(runId, {
    view: 'geometry',
    ...(pair ? { pair, line: pair[lineWhich] } : {}),
    ...(zoom ? { zoom } : {}),
  });

  const plane = Math.round(
    Math.max(220, Math.min(400, width * 0.5 - PLANE_MARGIN.left - PLANE_MARGIN.right)),
  );
  const side = Math.max(260, width - plane - PLANE_MARGIN.left - PLANE_MARGIN.right - 24);
  const g = data?.geometry;
  const aName = shownPair ? (names[shownPair[0]]?.label ?? '') : '';
  const bName = shownPair ? (names[shownPair[1]]?.label ?? '') : '';
  const lineName = data ? (names[indexOfPlace(widths, data.line.weight)]?.label ?? '') : '';
  const pen = g?.penalty;
  const penaltyText = !pen
    ? ''
    : pen.kind === 'none'
      ? t('geometry.penalty.none')
      : t(`geometry.penalty.${pen.kind}`, { l1: formatValue(pen.l1), l2: formatValue(pen.l2) });

  const onPair = useCallback((p: [number, number]) => setPicked({ shape, pair: p }), [shape]);
  const controls = (
    <>
      <Picker names={names} layers={layers} pair={shownPair} onPair={onPair} t={t} />
      <Toggle label={t('geometry.zoom')} checked={zoom} onChange={setZoom} testId="geometry-zoom" />
    </>
  );
  return (
    <div ref={ref} className="view-stack">
      <ViewFigure
        title={t('geometry.title')}
        guide={t('geometry.guide')}
        slug="geometry-plane"
        controls={controls}
        frame={frame}
      >
        {g && data && (
          <div className="view-row">
            <PlanePlot
              view={g}
              trajectory={data.trajectory}
              size={plane}
              aLabel={t('geometry.axis', { weight: aName })}
              bLabel={t('geometry.axis', { weight: bName })}
              label={t('geometry.plane.label', {
                a: aName,
                b: bName,
                point: point(g.current.a, g.current.b, t),
              })}
            />
            <div className="view-side">
              <GeometryKey region={g.region?.kind ?? null} t={t} />
              <dl className="chart-readouts view-readouts">
                <div>
                  <dt>{aName}</dt>
                  <dd data-testid="geometry-a">{weightValue(g.current.a, t)}</dd>
                </div>
                <div>
                  <dt>{bName}</dt>
                  <dd data-testid="geometry-b">{weightValue(g.current.b, t)}</dd>
                </div>
                <div>
                  <dt>{t('geometry.readout.penalty')}</dt>
                  <dd data-testid="geometry-penalty">{penaltyText}</dd>
                </div>
                <div>
                  <dt>{t('geometry.readout.penalizedMin')}</dt>
                  <dd data-testid="geometry-penalized-min-value">
                    {point(g.penalizedMinimum.a, g.penalizedMinimum.b, t)}
                  </dd>
                </div>
                <div>
                  <dt>{t('geometry.readout.dataMin')}</dt>
                  <dd>
                    {g.dataMinimum.status === 'converged'
                      ? point(g.dataMinimum.a, g.dataMinimum.b, t)
                      : t(
                          g.dataMinimum.status === 'unbounded'
                            ? 'geometry.unbounded'
                            : 'geometry.notFound',
                        )}
                  </dd>
                </div>
                <div>
                  <dt>{t('geometry.readout.loss')}</dt>
                  <dd>{formatValue(g.current.dataLoss)}</dd>
                </div>
              </dl>
              <p className="chart-readout" data-testid="geometry-on-axis">
                {g.current.a === 0 || g.current.b === 0
                  ? t('geometry.onAxis', { weight: g.current.a === 0 ? aName : bName })
                  : t('geometry.offAxis')}
              </p>
            </div>
          </div>
        )}
      </ViewFigure>
      <ViewFigure
        title={t('geometry.line.title')}
        guide={t('geometry.line.guide')}
        slug="geometry-one-weight"
        controls={
          shownPair && (
            <LinePicker labels={[aName, bName]} value={lineWhich} onChange={setLineWhich} t={t} />
          )
        }
        frame={frame && !frame.problem ? null : frame}
      >
        {data && (
          <>
            <div className="view-row">
              <LossAlongWeight
                view={data.line}
                width={Math.min(420, side)}
                height={220}
                t={t}
                weightLabel={lineName}
              />
              <SoftThresholdPlot
                view={data.line}
                width={Math.min(320, side)}
                height={220}
                t={t}
                weightLabel={lineName}
              />
            </div>
            <LineKey t={t} />
            <p className="chart-readout" data-testid="geometry-prox">
              {data.line.prox.method === 'proximal'
                ? t('geometry.prox.readout', {
                    eta: formatValue(data.line.prox.stepSize),
                    t: formatValue(data.line.prox.threshold),
                    u: formatValue(data.line.prox.step.beforeProx),
                    after: weightValue(data.line.prox.step.after, t),
                  })
                : t('geometry.prox.subgradient')}
            </p>
          </>
        )}
      </ViewFigure>
    </div>
  );
}

// The Weights over time tab: per layer (or all), the weight histogram at every stored epoch, with
// the exact zeros apart, early stopping's epochs marked and the epoch scrubber's epoch followed;
// and the L2-vs-decoupled-decay panel for the run's weights.
import { useState } from 'react';
import { useStore } from 'zustand';
import { LayerSelect } from '../../charts/LayerSelect';
import { formatPercent, formatValue } from '../../charts/format';
import { SERIES } from '../../charts/palette';
import { useContainerWidth } from '../../charts/useContainerWidth';
import { EpochScrubber } from '../../compare/EpochScrubber';
import { frameStore } from '../../store/frameStore';
import { ViewKey, lineSwatch } from '../marks';
import { ViewFigure } from '../ViewFigure';
import { useViewData } from '../useViewData';
import { useViewT } from '../useViewT';
import { DecayPanel } from './DecayPanel';
import { COUNT_COLOUR, HistoryPlot } from './HistoryPlot';

const REQUEST = { view: 'weights-over-time' } as const;

/** The index of the stored snapshot shown at `epoch`: the last one at or before it. */
export function snapshotAt(epochs: Int32Array, epoch: number): number {
  let k = -1;
  for (let i = 0; i < epochs.length && epochs[i]! <= epoch; i++) k = i;
  return k;
}

export default function WeightsOverTimeView({ runId }: { runId: string }) {
  const t = useViewT();
  const [ref, width] = useContainerWidth<HTMLDivElement>(720);
  const [layer, setLayer] = useState<number | 'all'>('all');
  const frame = useViewData(runId, REQUEST);
  const scrubEpoch = useStore(frameStore, (s) => s.scrubEpoch);
  const widths = useStore(frameStore, (s) => s.live[runId]?.widths.join(',') ?? '');
  const history = frame?.data?.history;
  const series = history
    ? layer === 'all'
      ? history.all
      : (history.layers[layer] ?? history.all)
    : undefined;
  const epochs = history?.epochs;
  const lastEpoch = epochs && epochs.length > 0 ? epochs[epochs.length - 1]! : 0;
  const shownEpoch = scrubEpoch ?? lastEpoch;
  const k = epochs ? snapshotAt(epochs, shownEpoch) : -1;
  const marks = [];
  if (history?.bestEpoch != null)
    marks.push({
      epoch: history.bestEpoch,
      kind: 'best' as const,
      label: t('wot.best', { epoch: history.bestEpoch }),
    });
  if (history?.stoppedEpoch != null && history.stoppedEpoch !== history.bestEpoch) {
    marks.push({
      epoch: history.stoppedEpoch,
      kind: 'stop' as const,
      label: t('wot.stop', { epoch: history.stoppedEpoch }),
    });
  }
  if (epochs && k >= 0 && scrubEpoch !== null)
    marks.push({
      epoch: epochs[k]!,
      kind: 'shown' as const,
      label: t('wot.shown', { epoch: epochs[k]! }),
    });

  const controls = (
    <LayerSelect
      widths={widths ? widths.split(',').map(Number) : []}
      value={layer}
      onChange={setLayer}
    />
  );
  const zeros = series && k >= 0 ? series.zeros[k]! : 0;
  return (
    <div ref={ref} className="view-stack">
      <ViewFigure
        title={t('wot.title')}
        guide={t('wot.guide')}
        slug="weights-over-time"
        controls={controls}
        frame={frame}
      >
        {series && epochs && (
          <>
            <HistoryPlot
              epochs={epochs}
              series={series}
              width={Math.min(900, width)}
              height={300}
              marks={marks}
              label={t('wot.label', { epochs: epochs.length, last: lastEpoch })}
              t={t}
            />
            <ViewKey
              items={[
                {
                  id: 'count',
                  label: t('wot.key.count'),
                  swatch: <rect width={18} height={12} fill={`rgb(${COUNT_COLOUR.join(',')})`} />,
                },
                {
                  id: 'zero',
                  label: t('wot.key.zero'),
                  swatch: <rect x={5} width={8} height={12} fill={SERIES.zero} />,
                },
                { id: 'best', label: t('wot.key.best'), swatch: lineSwatch('#009E73', '6 3') },
                { id: 'stop', label: t('wot.key.stop'), swatch: lineSwatch('#D55E00', '2 3') },
                { id: 'shown', label: t('wot.key.shown'), swatch: lineSwatch('#1f2328') },
              ]}
            />
            {k >= 0 && (
              <dl className="chart-readouts view-readouts" data-testid="wot-readouts">
                <div>
                  <dt>{t('wot.readout.epoch')}</dt>
                  <dd data-testid="wot-epoch">{epochs[k]}</dd>
                </div>
                <div>
                  <dt>{t('wot.readout.zero')}</dt>
                  <dd data-testid="wot-zero">
                    {t('wot.zeroOf', {
                      n: zeros,
                      total: series.total,
                      percent: formatPercent(series.total ? zeros / series.total : 0),
                    })}
                  </dd>
                </div>
                <div>
                  <dt>{t('wot.readout.rms')}</dt>
                  <dd>{formatValue(series.rms[k]!)}</dd>
                </div>
                <div>
                  <dt>{t('wot.readout.max')}</dt>
                  <dd>{formatValue(series.maxAbs[k]!)}</dd>
                </div>
              </dl>
            )}
            <EpochScrubber runId={runId} />
          </>
        )}
      </ViewFigure>
      {frame?.data && (
        <DecayPanel decay={frame.data.decay} runId={runId} width={Math.min(720, width)} />
      )}
    </div>
  );
}

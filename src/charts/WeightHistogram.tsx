import { useMemo, useState } from 'react';
import { useT } from '../i18n';
import { usePacedPicture } from '../store/frameStore';
import { ChartFigure } from './ChartFigure';
import { formatPercent, formatValue } from './format';
import { HistogramPlot } from './HistogramPlot';
import { useSharedHistogramAxes } from './histogramAxes';
import { HistogramKey } from './HistogramKey';
import { LayerSelect } from './LayerSelect';
import { Toggle } from './Toggle';
import { useContainerWidth } from './useContainerWidth';
import { useStableHalfWidth } from './useStableHalfWidth';
import { binWeightsOnce, layerSlices, maxAbs, summarize } from './weightHistogram';

export interface WeightHistogramProps {
  runId: string;
}

/** Weights below this in magnitude count as "small": what L2 achieves instead of exact zeros. */
export const SMALL_THRESHOLD = 0.01;

const EMPTY = new Float64Array(0);

/** The distribution of the weights now against at initialization, exact zeros apart. */
export function WeightHistogram({ runId }: WeightHistogramProps) {
  const t = useT();
  const [ref, width] = useContainerWidth<HTMLDivElement>();
  const frame = usePacedPicture(runId);
  const [layer, setLayer] = useState<number | 'all'>('all');
  const [log, setLog] = useState(false);

  const widths = frame?.widths;
  const slice = useMemo(
    () => (widths && layer !== 'all' ? layerSlices(widths)[layer] : undefined),
    [widths, layer],
  );
  // A layer that no longer exists (the network shrank) falls back to all layers.
  const selected = slice ? layer : 'all';
  const [weights, initialWeights] = useMemo(() => {
    const pick = (a: Float64Array | undefined) =>
      a && slice ? a.subarray(slice.start, slice.end) : (a ?? EMPTY);
    return [pick(frame?.weights), pick(frame?.initialWeights)];
  }, [frame, slice]);

  const shared = useSharedHistogramAxes();
  const ownHalf = useStableHalfWidth(
    `${frame?.generation ?? -1}:${selected}`,
    maxAbs(initialWeights),
    maxAbs(weights),
  );
  // Side by side, every panel bins on the same edges; one layer alone keeps its own count scale.
  const half = shared?.halfWidth ?? ownHalf;
  const maxCount = shared && selected === 'all' ? shared.maxCount : undefined;
  const now = binWeightsOnce(weights, half);
  const initial = binWeightsOnce(initialWeights, half);
  const summary = useMemo(() => summarize(weights, SMALL_THRESHOLD), [weights]);

  const controls = (
    <>
      <LayerSelect widths={widths ?? []} value={selected} onChange={setLayer} />
      <Toggle label={t('charts.weights.logCounts')} checked={log} onChange={setLog} />
    </>
  );
  const zero = formatPercent(summary.zeroFraction);
  const small = formatPercent(summary.smallFraction);
  const norm = formatValue(summary.l2Norm);

  return (
    <ChartFigure
      title={t('charts.weights.title')}
      controls={controls}
      className="weight-histogram"
      exportable="weight-histogram"
    >
      <div ref={ref} className="chart-body">
        {frame ? (
          <HistogramPlot
            now={now}
            initial={initial}
            halfWidth={half}
            maxCount={maxCount}
            log={log}
            width={width}
            label={t('charts.weights.svgLabel', { zero, small, norm })}
          />
        ) : (
          <p className="chart-note">{t('charts.waiting')}</p>
        )}
        <HistogramKey />
        <dl className="chart-readouts">
          <div>
            <dt>{t('charts.weights.zeroFraction')}</dt>
            <dd data-testid="zero-fraction">{zero}</dd>
          </div>
          <div>
            <dt>{t('charts.weights.smallFraction', { threshold: SMALL_THRESHOLD })}</dt>
            <dd data-testid="small-fraction">{small}</dd>
          </div>
          <div>
            <dt>{t('charts.weights.l2Norm')}</dt>
            <dd data-testid="l2-norm">{norm}</dd>
          </div>
          <div>
            <dt>{t('charts.weights.total')}</dt>
            <dd>{weights.length}</dd>
          </div>
        </dl>
      </div>
    </ChartFigure>
  );
}

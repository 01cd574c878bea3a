// L2 in the loss against decoupled weight decay, for a few of the run's weights: the fraction of
// each weight the penalty removes per step once it is part of the optimizer's state. Under SGD
// both are lr·λ; under Adam, L2 is divided by √v̂ (uneven), AdamW removes lr·λ from every weight.
import { useStore } from 'zustand';
import type { DecayComparison } from '../../../workers/contract';
import { Axis } from '../../charts/axis';
import { formatValue } from '../../charts/format';
import { INK } from '../../charts/palette';
import { frameStore } from '../../store/frameStore';
import { useLab } from '../../store/labStore';
import { ViewKey } from '../marks';
import { logScale } from '../scales';
import { ViewFigure } from '../ViewFigure';
import { useViewT } from '../useViewT';
import { indexOfPlace, weightNames } from '../weightNames';

const M = { top: 10, right: 20, bottom: 42, left: 120 };
const ROW = 28;
const ADAM_L2 = '#D55E00';
const ADAMW = '#0072B2';

const sgdMark = (x: number, y: number) => (
  <circle cx={x} cy={y} r={6.5} fill="none" stroke={INK} strokeWidth={1.8} />
);
const adamL2Mark = (x: number, y: number) => (
  <path d={`M${x},${y - 6}L${x + 5.5},${y + 4}L${x - 5.5},${y + 4}Z`} fill={ADAM_L2} />
);
const adamWMark = (x: number, y: number) => (
  <rect x={x - 3.5} y={y - 3.5} width={7} height={7} fill={ADAMW} />
);

export function DecayPanel({
  decay,
  runId,
  width,
}: {
  decay: DecayComparison | null;
  runId: string;
  width: number;
}) {
  const t = useViewT();
  const shape = useStore(frameStore, (s) => {
    const p = s.live[runId];
    return p ? `${p.widths.join(',')}|${p.inputs.join(',')}` : '|';
  });
  const opt = useLab((s) => s.runs[runId]?.config.optimizer.kind);
  const decoupled = useLab((s) => s.runs[runId]?.config.regularization.decoupled ?? false);
  const [w0 = '', i0 = ''] = shape.split('|');
  const widths = w0 ? w0.split(',').map(Number) : [];
  const names = weightNames(widths, i0.split(','));
  const n = decay?.weights.length ?? 0;
  let body;
  if (!decay || n === 0) body = <p className="chart-note">{t('decay.none')}</p>;
  else if (!(decay.lambda > 0)) body = <p className="chart-note">{t('decay.zeroLambda')}</p>;
  else {
    const all = [...decay.settled.sgd, ...decay.settled.adamL2, ...decay.settled.adamW].filter(
      (v) => v > 0 && Number.isFinite(v),
    );
    const lo = Math.min(...all);
    const hi = Math.max(...all);
    const w = Math.max(160, width - M.left - M.right);
    const h = n * ROW;
    const x = logScale([lo / 2, hi * 2], [0, w]);
    const ticks = x
      .ticks(4)
      .filter((_, i, a) => a.length <= 6 || i % Math.ceil(a.length / 5) === 0);
    const label = (k: number) => {
      const place = decay.weights[k]!;
      return `${names[indexOfPlace(widths, place)]?.label ?? ''} (${formatValue(decay.values[k]!)})`;
    };
    const pos = (v: number) => (v > 0 && Number.isFinite(v) ? x(v) : null);
    const adamL2 = Array.from(decay.settled.adamL2).filter((v) => v > 0);
    body = (
      <>
        <svg
          width={w + M.left + M.right}
          height={h + M.top + M.bottom}
          role="img"
          aria-label={t('decay.label')}
        >
          <g transform={`translate(${M.left},${M.top})`}>
            {decay.weights.map((_, k) => {
              const yk = k * ROW + ROW / 2;
              const [s, a, d] = [
                pos(decay.settled.sgd[k]!),
                pos(decay.settled.adamL2[k]!),
                pos(decay.settled.adamW[k]!),
              ];
              return (
                <g key={k}>
                  <line x1={0} x2={w} y1={yk} y2={yk} stroke="#d0d7de" />
                  <text x={-8} y={yk} dy="0.32em" textAnchor="end" fontSize={11}>
                    {label(k)}
                  </text>
                  {s !== null && sgdMark(s, yk)}
                  {a !== null && adamL2Mark(a, yk)}
                  {d !== null && adamWMark(d, yk)}
                </g>
              );
            })}
            <Axis
              scale={x}
              orient="bottom"
              offset={h}
              ticks={ticks}
              format={(v) => v.toExponential(0)}
              label={t('decay.x')}
              labelGap={34}
            />
          </g>
        </svg>
        <ViewKey
          items={[
            { id: 'sgd', label: t('decay.key.sgd'), swatch: sgdMark(9, 6) },
            { id: 'adamL2', label: t('decay.key.adamL2'), swatch: adamL2Mark(9, 6) },
            { id: 'adamW', label: t('decay.key.adamW'), swatch: adamWMark(9, 6) },
          ]}
        />
        <p className="chart-readout" data-testid="decay-same">
          {t('decay.same', {
            shrink: formatValue(decay.learningRate * decay.lambda),
            lr: formatValue(decay.learningRate),
            lambda: formatValue(decay.lambda),
          })}
        </p>
        <p className="chart-readout" data-testid="decay-differ">
          {t('decay.differ', {
            min: formatValue(Math.min(...adamL2)),
            max: formatValue(Math.max(...adamL2)),
            shrink: formatValue(decay.learningRate * decay.lambda),
          })}
        </p>
        <p className="chart-readout">
          {t(
            opt === 'adam'
              ? decoupled
                ? 'decay.run.adamW'
                : 'decay.run.adamL2'
              : opt === 'momentum'
                ? 'decay.run.momentum'
                : 'decay.run.sgd',
          )}
          {decay.adamState === 'fresh' ? ` ${t('decay.fresh')}` : ''}
        </p>
      </>
    );
  }
  return (
    <ViewFigure title={t('decay.title')} guide={t('decay.guide')} slug="l2-vs-adamw" frame={null}>
      {body}
    </ViewFigure>
  );
}

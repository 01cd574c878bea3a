import { scaleLinear } from 'd3-scale';
import { memo, useMemo } from 'react';
import { useT } from '../i18n';
import { usePacedPicture } from '../store/frameStore';
import { ChartFigure } from './ChartFigure';
import type { NetNode } from './networkLayout';
import { networkLayout } from './networkLayout';
import { CLASS0, CLASS1, INK, MUTED } from './palette';
import { useContainerWidth } from './useContainerWidth';
import { LineSwatch } from './LineSwatch';

export interface NetworkDiagramProps {
  runId: string;
}

/** Past these a diagram is a hairball; the histogram tells the story better. */
export const MAX_UNITS = 16;
export const MAX_LINKS = 600;

const MARGIN = { top: 12, right: 78, bottom: 12, left: 62 };
const NODE_R = 7;
const ROW = 26;

const linkColor = (w: number) => (w > 0 ? CLASS1 : CLASS0);

/** Inputs → hidden units → output; links coloured by sign and as thick as |w|, zeros dashed. */
export function NetworkDiagram({ runId }: NetworkDiagramProps) {
  const t = useT();
  const [ref, width] = useContainerWidth<HTMLDivElement>();
  const frame = usePacedPicture(runId);
  const widths = frame?.widths ?? [];
  const links = widths.slice(1).reduce((s, w, k) => s + w * widths[k]!, 0);
  const tooLarge = Math.max(0, ...widths) > MAX_UNITS || links > MAX_LINKS;
  const w = Math.max(160, width - MARGIN.left - MARGIN.right);
  const h = Math.max(3, ...widths) * ROW;
  const layout = useMemo(
    () => (frame && !tooLarge ? networkLayout(frame.widths, frame.weights, w, h) : null),
    [frame, tooLarge, w, h],
  );
  const thickness = useMemo(
    () =>
      scaleLinear()
        .domain([0, layout?.maxAbs || 1])
        .range([0.5, 5]),
    [layout?.maxAbs],
  );

  return (
    <ChartFigure title={t('charts.network.title')} className="network-diagram">
      <div ref={ref} className="chart-body">
        {!frame && <p className="chart-note">{t('charts.waiting')}</p>}
        {frame && tooLarge && (
          <p className="chart-note" data-testid="network-too-large">
            {t('charts.network.tooLarge', { max: MAX_UNITS, links: MAX_LINKS })}
          </p>
        )}
        {layout && frame && (
          <svg
            width={w + MARGIN.left + MARGIN.right}
            height={h + MARGIN.top + MARGIN.bottom}
            role="img"
            aria-label={t('charts.network.svgLabel')}
            data-testid="network-svg"
          >
            <g transform={`translate(${MARGIN.left},${MARGIN.top})`}>
              {layout.links.map((l) =>
                l.w === 0 ? (
                  <line
                    key={l.index}
                    {...pick(l)}
                    stroke={MUTED}
                    strokeOpacity={0.45}
                    strokeDasharray="3 3"
                    data-dead=""
                  />
                ) : (
                  <line
                    key={l.index}
                    {...pick(l)}
                    stroke={linkColor(l.w)}
                    strokeWidth={Math.round(10 * thickness(Math.abs(l.w))) / 10}
                    strokeOpacity={0.8}
                  />
                ),
              )}
              <NetworkNodes
                layers={layout.layers}
                inputs={frame.inputs}
                output={t('charts.boundary.legendAxis')}
              />
            </g>
          </svg>
        )}
        <NetworkKey />
      </div>
    </ChartFigure>
  );
}

/**
 * The units and their labels, which move only when the layers or the plot's size change: they
 * were re-rendered with the links at every chart tick.
 */
const NetworkNodes = memo(
  function NetworkNodes({
    layers,
    inputs,
    output,
  }: {
    layers: NetNode[][];
    inputs: readonly string[];
    output: string;
  }) {
    return (
      <>
        {layers.map((nodes, k) =>
          nodes.map((n, j) => (
            <circle
              key={`${k}-${j}`}
              cx={n.x}
              cy={n.y}
              r={NODE_R}
              fill="white"
              stroke={INK}
              strokeWidth={1.5}
            />
          )),
        )}
        {layers[0]!.map((n, j) => (
          <text
            key={j}
            x={n.x - NODE_R - 5}
            y={n.y}
            dy="0.32em"
            textAnchor="end"
            fontSize={12}
            fill={INK}
          >
            {inputs[j]}
          </text>
        ))}
        {layers.at(-1)!.map((n, j) => (
          <text key={j} x={n.x + NODE_R + 5} y={n.y} dy="0.32em" fontSize={12} fill={INK}>
            {output}
          </text>
        ))}
      </>
    );
  },
  (a, b) =>
    a.output === b.output &&
    sameList(a.inputs, b.inputs) &&
    a.layers.length === b.layers.length &&
    a.layers.every((nodes, k) => {
      const other = b.layers[k]!;
      return (
        nodes.length === other.length &&
        nodes.every((n, j) => n.x === other[j]!.x && n.y === other[j]!.y)
      );
    }),
);

const sameList = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((v, i) => v === b[i]);

const pick = (l: { x1: number; y1: number; x2: number; y2: number }) => ({
  x1: l.x1,
  y1: l.y1,
  x2: l.x2,
  y2: l.y2,
});

/** Memoized: the key never changes with the weights. */
const NetworkKey = memo(function NetworkKey() {
  const t = useT();
  const entries = [
    { key: 'charts.network.keyPositive', stroke: CLASS1, dash: undefined, opacity: 0.8 },
    { key: 'charts.network.keyNegative', stroke: CLASS0, dash: undefined, opacity: 0.8 },
    { key: 'charts.network.keyDead', stroke: MUTED, dash: '3 3', opacity: 0.6 },
  ] as const;
  return (
    <ul className="chart-key">
      {entries.map((e) => (
        <li key={e.key}>
          <LineSwatch color={e.stroke} dash={e.dash} strokeWidth={2.5} opacity={e.opacity} />
          {t(e.key)}
        </li>
      ))}
    </ul>
  );
});

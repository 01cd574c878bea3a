import { scaleLinear } from 'd3-scale';
import { useId, useMemo, useState } from 'react';
import { useStore } from 'zustand';
import type { AugmentationConfig } from '../../workers/contract';
import { DOMAIN } from '../../workers/contract';
import { useT } from '../i18n';
import { frameStore, shownPicture } from '../store/frameStore';
import { useLab } from '../store/labStore';
import { AugmentedGhosts } from './AugmentedGhosts';
import { Axis, tickCount } from './axis';
import { BoundaryCanvas } from './BoundaryCanvas';
import { BoundaryOverlay } from './BoundaryOverlay';
import { BoundaryPoints } from './BoundaryPoints';
import { ChartFigure } from './ChartFigure';
import { MisclassifiedReadout } from './MisclassifiedReadout';
import { PointKey } from './PointKey';
import type { PointEditState } from './PointEditor';
import { PointEditControls, PointEditLayer } from './PointEditor';
import { ProbabilityLegend } from './ProbabilityLegend';
import { Toggle } from './Toggle';
import { useContainerWidth } from './useContainerWidth';
import { WrongMarksCanvas } from './WrongMarksCanvas';

export interface BoundaryMapProps {
  runId: string;
}

const MARGIN = { top: 10, right: 12, bottom: 40, left: 40 };
/** Beyond this the map only gets blurrier, and it must leave room for the other charts. */
const MAX_PLOT = 720;
const MIN_PLOT = 160;

/** Mirrors the engine's test; the engine module itself stays out of the main bundle. */
function augmenting(a: AugmentationConfig | undefined): boolean {
  return !!a && (a.jitter > 0 || a.rotate > 0 || a.flip !== 'none' || a.scale > 0 || a.mixup > 0);
}

/** The decision boundary: a canvas heat map of P(class 1), the data, and the P = 0.5 line. */
export function BoundaryMap({ runId }: BoundaryMapProps) {
  const t = useT();
  const [ref, width] = useContainerWidth<HTMLDivElement>();
  const [showTest, setShowTest] = useState(false);
  const [showGhosts, setShowGhosts] = useState(true);
  const [edit, setEdit] = useState<PointEditState>({ on: false, label: 1 });
  const augmentation = useLab((s) => s.runs[runId]?.config.augmentation);
  const points = useStore(frameStore, (s) => shownPicture(s, runId)?.points);
  const active = augmenting(augmentation);
  const clipId = `${useId().replace(/[^\w-]/g, '')}-plot`;

  const size = Math.round(
    Math.max(MIN_PLOT, Math.min(MAX_PLOT, width - MARGIN.left - MARGIN.right)),
  );
  const x = useMemo(() => scaleLinear().domain(DOMAIN).range([0, size]), [size]);
  const y = useMemo(() => scaleLinear().domain(DOMAIN).range([size, 0]), [size]);
  const ticks = useMemo(() => x.ticks(tickCount(size, 60)), [x, size]);
  const r = Math.max(2.5, Math.min(5, size / 100));
  const outerW = size + MARGIN.left + MARGIN.right;
  const outerH = size + MARGIN.top + MARGIN.bottom;

  const controls = (
    <>
      <Toggle
        label={t('charts.boundary.showTest')}
        checked={showTest}
        onChange={setShowTest}
        testId="toggle-test-points"
      />
      {active && (
        <Toggle
          label={t('charts.boundary.showAugmented')}
          checked={showGhosts}
          onChange={setShowGhosts}
          testId="toggle-augmented-points"
        />
      )}
      <PointEditControls runId={runId} edit={edit} onEdit={setEdit} />
    </>
  );

  return (
    <ChartFigure
      title={t('charts.boundary.title')}
      controls={controls}
      className="boundary-map"
      exportable="decision-boundary"
    >
      <div ref={ref} className="chart-body">
        <div className="boundary-plot" style={{ width: outerW, height: outerH }}>
          <BoundaryCanvas
            runId={runId}
            size={size}
            left={MARGIN.left}
            top={MARGIN.top}
            label={t('charts.boundary.canvasLabel')}
          />
          {/* Three SVG layers, so a frame repaints only what it changed: Chromium records an SVG's
              paint as one piece, and the points (hundreds of elements) do not move. The rings
              around misclassified points are a canvas on top, painted outside React. */}
          {active && showGhosts && (
            <svg width={outerW} height={outerH} className="chart-overlay" aria-hidden="true">
              <defs>
                <clipPath id={`${clipId}-ghosts`}>
                  <rect width={size} height={size} />
                </clipPath>
              </defs>
              <g
                transform={`translate(${MARGIN.left},${MARGIN.top})`}
                clipPath={`url(#${clipId}-ghosts)`}
              >
                <AugmentedGhosts runId={runId} x={x} y={y} r={r} />
              </g>
            </svg>
          )}
          <svg width={outerW} height={outerH} className="chart-overlay" aria-hidden="true">
            <g transform={`translate(${MARGIN.left},${MARGIN.top})`}>
              {points && <BoundaryPoints points={points} showTest={showTest} x={x} y={y} r={r} />}
            </g>
          </svg>
          <svg width={outerW} height={outerH} className="chart-overlay" aria-hidden="true">
            <defs>
              <clipPath id={clipId}>
                <rect width={size} height={size} />
              </clipPath>
            </defs>
            <g transform={`translate(${MARGIN.left},${MARGIN.top})`}>
              <BoundaryOverlay runId={runId} size={size} clipPath={`url(#${clipId})`} />
              <Axis
                scale={x}
                orient="bottom"
                offset={size}
                ticks={ticks}
                format={String}
                label="x₁"
              />
              <Axis
                scale={y}
                orient="left"
                ticks={ticks}
                format={String}
                label="x₂"
                labelGap={26}
              />
            </g>
          </svg>
          <WrongMarksCanvas
            runId={runId}
            size={size}
            left={MARGIN.left}
            top={MARGIN.top}
            showTest={showTest}
            x={x}
            y={y}
            r={r}
          />
          <PointEditLayer
            runId={runId}
            edit={edit}
            size={size}
            left={MARGIN.left}
            top={MARGIN.top}
            x={x}
            y={y}
            r={r}
          />
        </div>
        <MisclassifiedReadout runId={runId} showTest={showTest} />
        <div className="chart-legend">
          <ProbabilityLegend width={width} />
          <PointKey showTest={showTest} showGhosts={active && showGhosts} />
        </div>
      </div>
    </ChartFigure>
  );
}

import type { ReactNode } from 'react';
import { memo, useId, useRef } from 'react';
import { ChartExportButtons } from '../share/ChartExportButtons';
import './charts.css';

// Its props (the title, the file name, the figure's ref) stay the same while the chart re-renders
// at every chart tick.
const ExportButtons = memo(ChartExportButtons);

export interface ChartFigureProps {
  title: string;
  /** Toggles and selectors shown under the title. */
  controls?: ReactNode;
  children: ReactNode;
  className?: string;
  /** A file name stem: adds buttons that download the chart as PNG and SVG. */
  exportable?: string;
}

/** The frame every chart shares: a titled figure, its controls, then the plot. */
export function ChartFigure(props: ChartFigureProps) {
  const { title, controls, children, className, exportable } = props;
  const titleId = useId();
  const figure = useRef<HTMLElement>(null);
  return (
    <figure ref={figure} className={`chart ${className ?? ''}`} aria-labelledby={titleId}>
      <figcaption className="chart-caption">
        <h3 id={titleId} className="chart-title">
          {title}
        </h3>
        {controls && <div className="chart-controls">{controls}</div>}
        {exportable && <ExportButtons chart={title} slug={exportable} figure={figure} />}
      </figcaption>
      {children}
    </figure>
  );
}

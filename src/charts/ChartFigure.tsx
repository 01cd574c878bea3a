import type { ReactNode } from 'react';
import { useId } from 'react';
import './charts.css';

export interface ChartFigureProps {
  title: string;
  /** Toggles and selectors shown under the title. */
  controls?: ReactNode;
  children: ReactNode;
  className?: string;
}

/** The frame every chart shares: a titled figure, its controls, then the plot. */
export function ChartFigure({ title, controls, children, className }: ChartFigureProps) {
  const titleId = useId();
  return (
    <figure className={`chart ${className ?? ''}`} aria-labelledby={titleId}>
      <figcaption className="chart-caption">
        <h3 id={titleId} className="chart-title">
          {title}
        </h3>
        {controls && <div className="chart-controls">{controls}</div>}
      </figcaption>
      {children}
    </figure>
  );
}

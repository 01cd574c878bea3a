// A view's frame: the chart figure (title, controls, PNG/SVG export), a one-line reading guide,
// and in place of the plot a sentence when the model lacks what the view needs.
import type { ReactNode } from 'react';
import { ChartFigure } from '../charts/ChartFigure';
import type { ViewFrame } from '../../workers/contract';
import { useViewT } from './useViewT';
import './views.css';

export interface ViewFigureProps {
  title: string;
  guide: string;
  slug: string;
  controls?: ReactNode;
  /** The view's latest frame; null for a panel computed from another view's frame. */
  frame: ViewFrame | null | undefined;
  children: ReactNode;
  className?: string;
}

export function ViewFigure({
  title,
  guide,
  slug,
  controls,
  frame,
  children,
  className,
}: ViewFigureProps) {
  const t = useViewT();
  const problem = frame?.problem;
  let body = children;
  if (frame === undefined) body = <p className="chart-note">{t('view.waiting')}</p>;
  else if (problem) {
    const known = problem.kind === 'failed' ? null : t(`view.problem.${problem.kind}`);
    body = (
      <p className="chart-note view-problem" role="status" data-testid="view-problem">
        {known ?? t('view.problem.failed', { message: problem.message })}
      </p>
    );
  }
  return (
    <ChartFigure
      title={title}
      controls={controls}
      exportable={slug}
      className={`view-figure ${className ?? ''}`}
    >
      <p className="view-guide">{guide}</p>
      {body}
      {frame && !problem && (
        <p className="view-source" data-export-skip>
          {t('view.source', { epoch: frame.epoch, ms: Math.round(frame.computeMs) })}
        </p>
      )}
    </ChartFigure>
  );
}

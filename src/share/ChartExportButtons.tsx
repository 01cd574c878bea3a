// The small PNG and SVG buttons beside a chart's title: the chart as the page shows it now.
import type { RefObject } from 'react';
import { useState } from 'react';
import { useT } from '../i18n';
import { saveFile, saveText } from './download';
import './share.css';

export interface ChartExportButtonsProps {
  /** The chart's title, for the buttons' names. */
  chart: string;
  /** The file name's stem, e.g. 'decision-boundary'. */
  slug: string;
  figure: RefObject<HTMLElement | null>;
}

export function ChartExportButtons({ chart, slug, figure }: ChartExportButtonsProps) {
  const t = useT();
  const [error, setError] = useState<string | null>(null);
  const save = async (format: 'png' | 'svg') => {
    const el = figure.current;
    if (!el) return;
    try {
      setError(null);
      // The exporter is a chunk of its own, loaded on the first export.
      const { collectPicture, composeSvg, svgToPng } = await import('./svgExport');
      const svg = composeSvg(collectPicture(el));
      const name = `reglab-${slug}.${format}`;
      if (format === 'svg') saveText(name, svg, 'image/svg+xml');
      else saveFile(name, await svgToPng(svg));
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };
  const button = (format: 'png' | 'svg') => {
    const name = t(format === 'png' ? 'share.chart.png' : 'share.chart.svg', { chart });
    return (
      <button
        type="button"
        className="rl-button share-chart-button"
        aria-label={name}
        title={name}
        onClick={() => void save(format)}
      >
        {t(format === 'png' ? 'share.chart.pngShort' : 'share.chart.svgShort')}
      </button>
    );
  };
  return (
    <span className="share-chart-buttons" data-export-skip>
      {button('png')}
      {button('svg')}
      {error && (
        <span role="alert" className="share-error">
          {t('share.failed')} {error}
        </span>
      )}
    </span>
  );
}

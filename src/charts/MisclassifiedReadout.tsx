import { useT } from '../i18n';
import { useBoundaryPicture } from '../store/frameStore';
import { useMisclassified } from './useMisclassified';

/** The × marks in words, per split: the count a screen reader gets instead of the picture. */
export function MisclassifiedReadout({ runId, showTest }: { runId: string; showTest: boolean }) {
  const t = useT();
  const points = useBoundaryPicture(runId)?.points;
  const wrong = useMisclassified(runId);
  if (!points) return null;
  const splits = showTest ? (['train', 'val', 'test'] as const) : (['train', 'val'] as const);
  return (
    <p className="chart-readout" data-testid="misclassified-readout">
      {t('charts.boundary.wrongTitle')}{' '}
      {splits
        .map((s) =>
          t(`charts.boundary.wrong.${s}`, { wrong: wrong[s].length, total: points[s].length }),
        )
        .join(' · ')}
    </p>
  );
}

import { useStore } from 'zustand';
import { useT } from '../i18n';
import { boundaryPicture, frameStore } from '../store/frameStore';
import { misclassifiedOf } from './useMisclassified';

const SPLITS = ['train', 'val', 'test'] as const;

/**
 * The × marks in words, per split: the count a screen reader gets instead of the picture. It
 * selects the counts alone (wrong and total per split, as one string), so it re-renders when a
 * count changes, not with every frame of the boundary.
 */
export function MisclassifiedReadout({ runId, showTest }: { runId: string; showTest: boolean }) {
  const t = useT();
  const counts = useStore(frameStore, (s) => {
    const picture = boundaryPicture(s, runId);
    if (!picture) return '';
    const wrong = misclassifiedOf(picture);
    return SPLITS.map((split) => `${wrong[split].length}/${picture.points[split].length}`).join(
      ' ',
    );
  });
  if (!counts) return null;
  const perSplit = counts.split(' ').map((c) => c.split('/').map(Number) as [number, number]);
  const splits = showTest ? SPLITS : SPLITS.slice(0, 2);
  return (
    <p className="chart-readout" data-testid="misclassified-readout">
      {t('charts.boundary.wrongTitle')}{' '}
      {splits
        .map((s, k) =>
          t(`charts.boundary.wrong.${s}`, { wrong: perSplit[k]![0], total: perSplit[k]![1] }),
        )
        .join(' · ')}
    </p>
  );
}

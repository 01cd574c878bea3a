// The side-by-side comparison: two to four runs on the same data, initial weights and batch
// order. One scrubber moves every panel to the same epoch; the overlay chart puts all runs'
// losses on one epoch axis. The view itself (ComparisonBody) loads with the first comparison.
import { lazy, Suspense } from 'react';
import { useT } from '../i18n';
import { useLab } from '../store/labStore';

export { CompareButton, ComparisonSetup } from './ComparisonSetup';
export { EpochScrubber } from './EpochScrubber';

const ComparisonBody = lazy(() => import('./ComparisonBody'));

export function ComparisonView() {
  const t = useT();
  const comparing = useLab((s) => s.comparison !== null);
  if (!comparing) return null;
  return (
    <Suspense fallback={<p className="compare-loading">{t('compare.view.loading')}</p>}>
      <ComparisonBody />
    </Suspense>
  );
}

// "How to read these curves": a closed disclosure under the loss chart, for the student who does
// not yet know what the two curves, the shading and the log epoch axis mean. Its text loads on
// first opening.
import { memo, lazy, Suspense, useState } from 'react';
import { useT } from '../i18n';

const LossGuideBody = lazy(() => import('./LossGuideBody'));

/** Memoized: the curves re-render at every chart tick; the guide does not change with them. */
export const LossGuide = memo(function LossGuide() {
  const t = useT();
  const [open, setOpen] = useState(false);
  return (
    <details className="chart-guide" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>{t('charts.guide.title')}</summary>
      {open && (
        <Suspense fallback={null}>
          <LossGuideBody />
        </Suspense>
      )}
    </details>
  );
});

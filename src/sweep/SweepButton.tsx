// Opens and closes the sweep panel (a lazy chunk: only a sweep needs it). A link that keeps a
// sweep's settings opens with the panel open.
import { lazy, Suspense, useState } from 'react';
import { useT } from '../i18n';
import { sweepLink } from './sweepLink';

const SweepPanel = lazy(() => import('./SweepPanel'));

export function SweepButton() {
  const t = useT();
  const [open, setOpen] = useState(sweepLink.text !== null);
  return (
    <>
      <button
        type="button"
        className="rl-button"
        aria-expanded={open}
        onClick={() => setOpen(!open)}
      >
        {t('sweep.open')}
      </button>
      {open && (
        <Suspense>
          <SweepPanel />
        </Suspense>
      )}
    </>
  );
}

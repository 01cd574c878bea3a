// The comparison's "Hide labels" button and key (H), and the guessing form while the labels are
// hidden: a lazy chunk, loaded with the first comparison (see PredictControls.tsx).
import { useEffect } from 'react';
import { fieldOwnsKeys } from '../../components/usePlaybackShortcuts';
import { useFormT } from './formStrings';
import { PredictForm } from './PredictForm';
import { leavePredict, usePredict } from './predictStore';
import { togglePredict } from './round';

function usePredictKey(count: number): void {
  useEffect(() => {
    const onKeyDown = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey || e.repeat) return;
      if (e.key !== 'h' && e.key !== 'H') return;
      if (fieldOwnsKeys(e.target)) return;
      togglePredict(count);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [count]);
}

/** `titles`: every run's real title, in the comparison's order. */
export default function PredictPanel({ titles }: { titles: string[] }) {
  const t = useFormT();
  const count = titles.length;
  const active = usePredict((s) => s.order !== null);
  usePredictKey(count);
  // A comparison with other runs (or none) starts with its labels shown.
  useEffect(() => leavePredict, [count]);
  return (
    <>
      <button
        type="button"
        className="rl-button predict-toggle"
        title={t('predictForm.toggle.help')}
        aria-keyshortcuts="h"
        onClick={() => togglePredict(count)}
      >
        {t(active ? 'predictForm.toggle.show' : 'predictForm.toggle.hide')}
      </button>
      {active && <PredictForm titles={titles} />}
    </>
  );
}

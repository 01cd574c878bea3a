// Where the comparison view puts "predict, then reveal": the button, its key and the form load as
// a chunk of their own with the first comparison (the page's start-up budget).
import { lazy, Suspense } from 'react';

const PredictPanel = lazy(() => import('./PredictPanel'));

/** `runs`: the comparison's runs in its own order, their labels as in the link. */
export function PredictControls({ runs }: { runs: { label: string }[] }) {
  return (
    <Suspense fallback={null}>
      <PredictPanel labels={runs.map((r) => r.label)} />
    </Suspense>
  );
}

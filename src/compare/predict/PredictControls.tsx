// Where the comparison view puts "predict, then reveal": the button, its key and the form load as
// a chunk of their own with the first comparison (the page's start-up budget).
import { lazy, Suspense } from 'react';

const PredictPanel = lazy(() => import('./PredictPanel'));

/** `titles`: every run's real title, in the comparison's order. */
export function PredictControls({ titles }: { titles: string[] }) {
  return (
    <Suspense fallback={null}>
      <PredictPanel titles={titles} />
    </Suspense>
  );
}

// The shared histogram axes of a comparison: ±halfWidth over every run's initial and current
// weights (widened, never narrowed, while the runs train: bins stay put and a shrinking
// distribution is seen to shrink), and the tallest bar of any run on those bins.
import { useMemo } from 'react';
import { useStore } from 'zustand';
import { useShallow } from 'zustand/react/shallow';
import type { RunId } from '../../workers/contract';
import type { HistogramAxes } from '../charts/histogramAxes';
import { tallestBar } from '../charts/HistogramPlot';
import { useStableHalfWidth } from '../charts/useStableHalfWidth';
import { binWeightsOnce, maxAbs } from '../charts/weightHistogram';
import { frameStore, pacedPicture } from '../store/frameStore';

export function useComparisonHistogramAxes(ids: readonly RunId[]): HistogramAxes {
  const pictures = useStore(
    frameStore,
    useShallow((s) => ids.map((id) => pacedPicture(s, id))),
  );
  const key = pictures.map((p) => p?.generation ?? -1).join();
  let initialMax = 0;
  let currentMax = 0;
  for (const p of pictures) {
    if (!p) continue;
    initialMax = Math.max(initialMax, maxAbs(p.initialWeights));
    currentMax = Math.max(currentMax, maxAbs(p.weights));
  }
  const halfWidth = useStableHalfWidth(key, initialMax, currentMax);
  const maxCount = useMemo(() => {
    let most = 1;
    for (const p of pictures) {
      if (!p) continue;
      most = Math.max(
        most,
        tallestBar(
          binWeightsOnce(p.weights, halfWidth),
          binWeightsOnce(p.initialWeights, halfWidth),
        ),
      );
    }
    return most;
  }, [pictures, halfWidth]);
  return useMemo(() => ({ halfWidth, maxCount }), [halfWidth, maxCount]);
}

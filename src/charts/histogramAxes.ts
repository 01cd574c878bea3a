// Side-by-side histograms share one x-axis (so one set of bin edges) and one count scale: L1's
// spike of zeros and L2's narrow bell are then compared by eye, not by reading tick labels. The
// comparison view provides the shared axes; a lone histogram picks its own.
import { createContext, useContext } from 'react';

export interface HistogramAxes {
  /** The x-axis spans ±halfWidth; the bin edges follow from it. */
  halfWidth: number;
  /** The tallest bar (or zero spike) of any run, all layers shown. */
  maxCount: number;
}

export const HistogramAxesContext = createContext<HistogramAxes | null>(null);

export function useSharedHistogramAxes(): HistogramAxes | null {
  return useContext(HistogramAxesContext);
}

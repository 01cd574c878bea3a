import { useState } from 'react';
import { niceHalfWidth } from './weightHistogram';

/**
 * The histogram's range ±halfWidth: set from the larger of the initial and current weights when
 * `key` (run generation and layer) changes, then only ever widened, so bins stay put frame after
 * frame and a shrinking distribution is seen to shrink instead of being re-binned to fill the axis.
 */
export function useStableHalfWidth(key: string, initialMax: number, currentMax: number): number {
  const [state, setState] = useState(() => ({
    key,
    half: niceHalfWidth(Math.max(initialMax, currentMax)),
  }));
  let half = state.half;
  if (state.key !== key) half = niceHalfWidth(Math.max(initialMax, currentMax));
  else if (currentMax > half) half = niceHalfWidth(currentMax);
  // Storing what this render derived (React's "adjust state while rendering" pattern): the value
  // is used right away, and the re-render it schedules finds nothing left to change.
  if (state.key !== key || state.half !== half) setState({ key, half });
  return half;
}

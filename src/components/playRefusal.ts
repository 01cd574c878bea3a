// Play pressed when no run can train on (early stopping ended them, or they diverged): the status
// banner says why and what to do, instead of the button flicking to Pause and back.
import { create } from 'zustand';

export const usePlayRefusal = create<{ refused: boolean }>(() => ({ refused: false }));

export function refusePlay(): void {
  usePlayRefusal.setState({ refused: true });
}

export function clearPlayRefusal(): void {
  if (usePlayRefusal.getState().refused) usePlayRefusal.setState({ refused: false });
}

// Placeholder until presentation mode lands.
import { useLab } from '../store/labStore';

/** Whether the page is in presentation mode. */
export function usePresenting(): boolean {
  return useLab((s) => s.runOrder.length < 0);
}

export function PresentationToggle() {
  return null;
}

export function PresentationView() {
  return null;
}

// Presentation mode's own state. Kept apart from the lab store (and free of imports) so the
// store's URL code can read the flag without depending on the presentation components.
import { create } from 'zustand';

export interface PresentationState {
  /** The page shows the lecture-hall view instead of the lab (`present=1` in the link). */
  presenting: boolean;
  /** The key legend ("?") is shown. */
  legendOpen: boolean;
  /** The screen is blanked ("b" or "." on a clicker), as slide software does. */
  blank: boolean;
}

export const usePresentation = create<PresentationState>(() => ({
  presenting: false,
  legendOpen: false,
  blank: false,
}));

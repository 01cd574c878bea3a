// Entering and leaving presentation mode. Full screen is asked for on entry (it needs the click
// that entered); where the browser refuses or lacks it, the view still fills the window, and
// leaving full screen (the browser's own Esc) leaves presentation mode too.
import { writeHash } from '../lab/hash';
import { usePresentation } from './presentationStore';

/** Set while presentation mode itself holds full screen, so only leaving *that* exits. */
let ownsFullscreen = false;

export function requestFullscreen(): void {
  const root = document.documentElement;
  if (document.fullscreenElement || typeof root.requestFullscreen !== 'function') return;
  root.requestFullscreen().then(
    () => {
      ownsFullscreen = true;
    },
    () => undefined, // refused (no user gesture, a kiosk, an iframe): the window view stays
  );
}

export function enterPresentation(): void {
  usePresentation.setState({ presenting: true, legendOpen: false, blank: false });
  writeHash();
  requestFullscreen();
}

export function exitPresentation(): void {
  usePresentation.setState({ presenting: false, legendOpen: false, blank: false });
  writeHash();
  if (ownsFullscreen && document.fullscreenElement && document.exitFullscreen) {
    void document.exitFullscreen().catch(() => undefined);
  }
  ownsFullscreen = false;
}

/** The browser left full screen (its own Esc, F11, a tab switch): leave presentation too. */
export function onFullscreenChange(): void {
  if (document.fullscreenElement || !ownsFullscreen) return;
  ownsFullscreen = false;
  if (usePresentation.getState().presenting) exitPresentation();
}

export function toggleLegend(): void {
  usePresentation.setState((s) => ({ legendOpen: !s.legendOpen }));
}

export function toggleBlank(): void {
  usePresentation.setState((s) => ({ blank: !s.blank }));
}

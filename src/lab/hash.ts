// The URL hash mirrors the lab (config, comparison, language, presentation mode, the lesson while
// the lab still is it, the last sweep's settings). It is written at most once per animation frame:
// a slider drag fires dozens of edits a second, and encoding a config with thousands of custom
// points for each of them would cost the page its frames.
import { lessonForLink } from '../lesson/lessonStore';
import { usePresentation } from '../presentation/presentationStore';
import { MAIN_RUN, useLab } from '../store/labStore';
import { encodeHash } from '../store/urlCodec';
import { sweepLink } from '../sweep/sweepLink';

/** The hash that describes the current state. */
export function currentHash(): string {
  const s = useLab.getState();
  return encodeHash({
    config: s.runs[MAIN_RUN]!.config,
    lang: s.lang,
    comparison: s.comparison,
    present: usePresentation.getState().presenting,
    lesson: lessonForLink(),
    sweep: sweepLink.text,
  });
}

let scheduled = false;

/** Writes the hash now (and cancels nothing: a scheduled write finds it up to date). */
export function writeHash(): void {
  if (typeof window === 'undefined') return;
  const hash = currentHash();
  if (window.location.hash !== hash) window.history.replaceState(null, '', hash);
}

/** Writes the hash on the next animation frame, once however many edits come before it. */
export function scheduleHashWrite(): void {
  if (typeof window === 'undefined' || scheduled) return;
  scheduled = true;
  const run = () => {
    scheduled = false;
    writeHash();
  };
  if (typeof requestAnimationFrame === 'function') requestAnimationFrame(run);
  else setTimeout(run, 0);
}

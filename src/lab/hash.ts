// The URL hash mirrors the lab (config, comparison, language, presentation mode, the lesson while
// the lab still is it, the last sweep's settings). An edit writes it once the lab has rested
// HASH_SETTLE_MS, so a slider drag writes it once, at its end: encoding a config with thousands of
// custom points costs tens of ms, and Chromium's history.replaceState itself took 1-46 ms (about
// 10 typically) on a core shared with the worker, which a write per animation frame paid at every
// frame of a drag. Hiding the page (another tab or window) or leaving it writes a pending hash
// first. A reload within HASH_SETTLE_MS of an edit reloads the address from before it: Chromium
// takes a reload's address before the page hears of it (a write in beforeunload was tried: the
// browser tests' reload still lost the edit).
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

/** How long after the last edit the hash is written (a drag's events come every 16 ms or so). */
export const HASH_SETTLE_MS = 250;

let pending: ReturnType<typeof setTimeout> | null = null;
let flushOnLeave = false;

/** Writes the hash now; a write scheduled before is no longer needed. */
export function writeHash(): void {
  if (typeof window === 'undefined') return;
  if (pending !== null) clearTimeout(pending);
  pending = null;
  const hash = currentHash();
  if (window.location.hash !== hash) window.history.replaceState(null, '', hash);
}

/** Writes the hash once the lab has rested HASH_SETTLE_MS, however many edits come before. */
export function scheduleHashWrite(): void {
  if (typeof window === 'undefined') return;
  if (!flushOnLeave) {
    flushOnLeave = true;
    window.addEventListener('pagehide', flushHashWrite);
    document.addEventListener('visibilitychange', () => {
      if (document.visibilityState === 'hidden') flushHashWrite();
    });
  }
  if (pending !== null) clearTimeout(pending);
  pending = setTimeout(writeHash, HASH_SETTLE_MS);
}

/** Writes a scheduled hash now (the page is being left), and nothing if none is pending. */
export function flushHashWrite(): void {
  if (pending !== null) writeHash();
}

// Canvases that repaint from the frame store skip their paints while scrolled out of sight: with
// four runs the two lower panels' boundary maps are a screen below the fold, and their heat maps
// and rings cost the page's frame as much as the two in view. A skipped paint is owed, not lost:
// it runs when the canvas comes into view, and before an export or a print reads the pixels.

/** Paints owed by canvases out of sight, run by `flushHiddenPaints`. */
const owed = new Set<() => void>();

/** Runs every paint owed by a canvas out of sight: call before reading canvases' pixels. */
export function flushHiddenPaints(): void {
  // Each paint takes itself off the list first, so one that throws leaves the others owed.
  for (const paint of [...owed]) paint();
}

// A printed page shows every map, in sight or not.
if (typeof window !== 'undefined') window.addEventListener('beforeprint', flushHiddenPaints);

export interface PaintGate {
  /** Paints now when the canvas may be in sight, else once it comes into view (or a flush). */
  readonly request: () => void;
  readonly dispose: () => void;
}

/**
 * Gates `paint` on `el` being in sight. Until the first observation, and where the browser has no
 * IntersectionObserver, the canvas counts as in sight: a paint is never held back on a guess.
 */
export function paintWhenSeen(el: Element, paint: () => void): PaintGate {
  let inSight = true;
  let pending = false;
  const run = () => {
    pending = false;
    owed.delete(run);
    paint();
  };
  const observer =
    typeof IntersectionObserver === 'undefined'
      ? null
      : new IntersectionObserver(
          (entries) => {
            const last = entries[entries.length - 1];
            if (!last) return;
            inSight = last.isIntersecting;
            if (inSight && pending) run();
          },
          // A screen's margin, within the page and within the lab's scrolling column, so a map
          // scrolled towards is painted before it shows. (A browser without scrollMargin paints
          // a map in the column as it comes into view: one frame late.)
          { rootMargin: '100% 0px', scrollMargin: '100% 0px' },
        );
  observer?.observe(el);
  return {
    request: () => {
      if (inSight) run();
      else if (!pending) {
        pending = true;
        owed.add(run);
      }
    },
    dispose: () => {
      observer?.disconnect();
      owed.delete(run);
      pending = false;
    },
  };
}

/**
 * Paints `el` now, on every change `subscribe` reports and once it comes into view, each gated
 * on sight as above (the boundary's canvases follow the frame store this way). Returns the
 * cleanup for a React effect.
 */
export function paintFollowingWhenSeen(
  el: Element,
  subscribe: (listener: () => void) => () => void,
  paint: () => void,
): () => void {
  const gate = paintWhenSeen(el, paint);
  gate.request();
  const unsubscribe = subscribe(gate.request);
  return () => {
    unsubscribe();
    gate.dispose();
  };
}

import { useLayoutEffect, useRef, useState } from 'react';

/** Used where ResizeObserver is missing (jsdom in tests): a mid-sized laptop column. */
export const DEFAULT_WIDTH = 480;

/**
 * The content width of the element the returned ref is attached to. Only the width is tracked:
 * the charts derive their height from it, and reading the height too would let a chart that grows
 * its container feed back into its own size.
 */
export function useContainerWidth<T extends HTMLElement>(fallback = DEFAULT_WIDTH) {
  const ref = useRef<T>(null);
  const [width, setWidth] = useState(fallback);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver((entries) => {
      const w = Math.floor(entries[0]?.contentRect.width ?? 0);
      // A hidden container reports 0: keep the last size rather than collapse the chart.
      if (w > 0) setWidth(w);
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  return [ref, width] as const;
}

// Reading a layout off the page: text too small for the back row, chart labels on top of each
// other, charts cut off by the button bar or the screen's edge, the size of each boundary map.
import type { Page } from 'playwright-core';

export interface LayoutReport {
  /** Visible text smaller than the minimum, as "size px: text". */
  small: string[];
  /** Pairs of chart texts that overlap, as "a / b". */
  overlaps: string[];
  /** Charts that reach under the button bar or past the window, as "class: how". */
  clipped: string[];
  /** Width and height on screen of each boundary map's plot. */
  boundaries: { width: number; height: number }[];
}

/**
 * Checks the visible content of `root`: every text at least `minText` px on screen, no two texts
 * of one chart overlapping, every chart above `barSelector` and inside the window.
 */
export function checkLayout(
  page: Page,
  root: string,
  minText: number,
  barSelector: string,
): Promise<LayoutReport> {
  return page.evaluate(
    ({ root, minText, barSelector }) => {
      const zoomOf = (el: Element) =>
        (el as Element & { currentCSSZoom?: number }).currentCSSZoom ?? 1;
      const shown = (el: Element) => {
        const r = el.getBoundingClientRect();
        if (r.width < 2 || r.height < 2) return false;
        for (let e: Element | null = el; e; e = e.parentElement) {
          const s = getComputedStyle(e);
          if (s.display === 'none' || s.visibility === 'hidden' || s.opacity === '0') return false;
          if (s.clip !== 'auto' && s.position === 'absolute') return false;
        }
        return true;
      };
      const scope = document.querySelector(root)!;
      const small: string[] = [];
      const walker = document.createTreeWalker(scope, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const text = n.textContent?.trim();
        const el = n.parentElement;
        if (!text || !el || !shown(el)) continue;
        // An <option> of a closed select is not drawn.
        if (el.closest('option, script, style, title')) continue;
        const px = parseFloat(getComputedStyle(el).fontSize) * zoomOf(el);
        if (px < minText - 0.05) small.push(`${px.toFixed(1)} px: ${text.slice(0, 40)}`);
      }
      const overlaps: string[] = [];
      for (const svg of scope.querySelectorAll('.chart svg')) {
        const texts = [...svg.querySelectorAll('text')]
          .filter((t) => t.textContent?.trim() && shown(t))
          .map((t) => {
            // The font's box, less the room above the capitals and below the descenders: what
            // the eye sees as the label.
            const r = t.getBoundingClientRect();
            const box = { left: r.left, right: r.right, top: r.top + 0.2 * r.height };
            return {
              t: (t.textContent ?? '').trim(),
              r: { ...box, bottom: r.bottom - 0.1 * r.height },
            };
          });
        for (let i = 0; i < texts.length; i++) {
          for (let j = i + 1; j < texts.length; j++) {
            const a = texts[i]!.r;
            const b = texts[j]!.r;
            const w = Math.min(a.right, b.right) - Math.max(a.left, b.left);
            const h = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
            if (w > 1 && h > 1)
              overlaps.push(
                `${texts[i]!.t} / ${texts[j]!.t} (${Math.round(w)}×${Math.round(h)} px at ${Math.round(a.left)},${Math.round(a.top)})`,
              );
          }
        }
      }
      const bar = barSelector ? document.querySelector(barSelector) : null;
      const barTop = bar ? bar.getBoundingClientRect().top : innerHeight;
      const clipped: string[] = [];
      for (const chart of scope.querySelectorAll('.chart')) {
        if (!shown(chart)) continue;
        const r = chart.getBoundingClientRect();
        const name = chart.className;
        if (r.bottom > barTop + 1) clipped.push(`${name}: bottom ${r.bottom} below ${barTop}`);
        if (r.right > innerWidth + 1 || r.left < -1) clipped.push(`${name}: outside the width`);
        // Cut off inside a panel that hides its overflow.
        for (let e = chart.parentElement; e && e !== scope; e = e.parentElement) {
          if (getComputedStyle(e).overflowY === 'visible') continue;
          const box = e.getBoundingClientRect();
          if (r.bottom > box.bottom + 1) clipped.push(`${name}: cut off by ${e.className}`);
          break;
        }
      }
      const boundaries = [...scope.querySelectorAll('.boundary-canvas')].filter(shown).map((c) => {
        const r = c.getBoundingClientRect();
        return { width: Math.round(r.width), height: Math.round(r.height) };
      });
      return { small, overlaps, clipped, boundaries };
    },
    { root, minText, barSelector },
  );
}

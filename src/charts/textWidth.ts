// The width of a chart label as the browser will draw it, so labels can be placed inside the plot
// and clear of the curves. Measured on a canvas in the page's font; in jsdom (no canvas) an
// estimate that counts CJK characters as a full em.
let context: CanvasRenderingContext2D | null | undefined;

function canvasContext(): CanvasRenderingContext2D | null {
  if (context !== undefined) return context;
  const browser = typeof document !== 'undefined' && !/jsdom/i.test(navigator.userAgent);
  context = browser ? document.createElement('canvas').getContext('2d') : null;
  if (context) context.font = `11px ${getComputedStyle(document.body).fontFamily || 'sans-serif'}`;
  return context;
}

const widths = new Map<string, number>();

/** Pixels an 11 px label takes, with a little to spare. */
export function textWidth(text: string): number {
  let w = widths.get(text);
  if (w === undefined) {
    const ctx = canvasContext();
    if (ctx) w = ctx.measureText(text).width + 2;
    else {
      w = 2;
      for (const ch of text) w += ch.codePointAt(0)! >= 0x2e80 ? 11 : 6.4;
    }
    widths.set(text, w);
  }
  return w;
}

// Charts as standalone SVG: an SVG file (or an <img> of one) sees none of the page's stylesheets,
// so every drawn element gets its computed presentation styles inlined, canvases become embedded
// PNG images, and the HTML text around the plots (titles, readouts) becomes <text>.
import { flushHiddenPaints } from '../charts/paintWhenSeen';
import { closeGaps } from './closeGaps';

const SVG_NS = 'http://www.w3.org/2000/svg';

/** What an SVG renderer needs to draw marks and text as the page shows them. */
const STYLE_PROPS = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-opacity',
  'stroke-dasharray',
  'stroke-linecap',
  'stroke-linejoin',
  'opacity',
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'text-anchor',
  'dominant-baseline',
  'visibility',
  'paint-order',
] as const;

export type StyleOf = (el: Element) => Pick<CSSStyleDeclaration, 'getPropertyValue'>;

const computed: StyleOf = (el) => getComputedStyle(el);

/** Copies `source`'s computed styles onto `target` (a deep clone of it), element by element. */
export function inlineStyles(source: Element, target: Element, styleOf: StyleOf = computed): void {
  const style = styleOf(source);
  const decl = STYLE_PROPS.map((p) => [p, style.getPropertyValue(p)] as const)
    .filter(([, v]) => v !== '')
    .map(([p, v]) => `${p}:${v}`)
    .join(';');
  if (decl) target.setAttribute('style', decl);
  const n = Math.min(source.children.length, target.children.length);
  for (let i = 0; i < n; i++) inlineStyles(source.children[i]!, target.children[i]!, styleOf);
}

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A piece of the picture, placed in the exported image's coordinates. */
export type Layer =
  | { kind: 'svg'; el: SVGSVGElement; box: Box }
  | { kind: 'canvas'; el: HTMLCanvasElement; box: Box }
  | { kind: 'text'; text: string; box: Box; style: Pick<CSSStyleDeclaration, 'getPropertyValue'> };

/** UI around the charts (buttons, selectors, the control panel) stays out of an exported image. */
export const SKIP =
  'button, select, input, textarea, label, aside, .chart-controls, .epoch-scrubber, [data-export-skip]';

function visible(r: DOMRect | Box): boolean {
  return r.width > 0 && r.height > 0;
}

/** Hidden from sight though in the page (a visually-hidden description): a 1-pixel box. */
function hiddenFromSight(el: Element, root: Element): boolean {
  for (let e: Element | null = el; e && e !== root; e = e.parentElement) {
    const r = e.getBoundingClientRect();
    if (r.width <= 1 || r.height <= 1) return true;
  }
  return getComputedStyle(el).visibility === 'hidden';
}

/**
 * A text node's lines: one box per line it wraps onto, each with its own words (a wrapped node
 * drawn as one line would run past its column and over its neighbours).
 */
function textLines(node: Text, range: Range): { text: string; box: Box }[] {
  range.selectNodeContents(node);
  if (range.getClientRects().length <= 1) {
    const text = node.data.replace(/\s+/g, ' ').trim();
    return [{ text, box: range.getBoundingClientRect() }];
  }
  const lines: { text: string; box: Box; top: number }[] = [];
  for (const m of node.data.matchAll(/\S+/g)) {
    range.setStart(node, m.index);
    range.setEnd(node, m.index + m[0].length);
    const r = range.getBoundingClientRect();
    const line = lines.at(-1);
    if (line && Math.abs(line.top - r.top) < r.height / 2) {
      line.text += ` ${m[0]}`;
      line.box = { ...line.box, width: r.right - line.box.x };
    } else {
      lines.push({
        text: m[0],
        top: r.top,
        box: { x: r.x, y: r.y, width: r.width, height: r.height },
      });
    }
  }
  return lines;
}

/** The canvases, outermost SVGs and HTML text runs under `root`, in page coordinates. */
export function collectLayers(root: Element): Layer[] {
  // Canvases out of sight skip their paints; a whole-view export shows them, so it paints them.
  flushHiddenPaints();
  const layers: Layer[] = [];
  for (const el of root.querySelectorAll('canvas, svg')) {
    if (el.parentElement?.closest('svg') || el.closest(SKIP)) continue;
    const box = el.getBoundingClientRect();
    if (!visible(box)) continue;
    if (el instanceof HTMLCanvasElement) layers.push({ kind: 'canvas', el, box });
    else layers.push({ kind: 'svg', el: el as SVGSVGElement, box });
  }
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const range = document.createRange();
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (!parent || !node.textContent?.trim() || parent.closest('svg') || parent.closest(SKIP)) {
      continue;
    }
    if (hiddenFromSight(parent, root)) continue;
    const style = getComputedStyle(parent);
    for (const { text, box } of textLines(node as Text, range)) {
      if (text && visible(box)) layers.push({ kind: 'text', text, box, style });
    }
  }
  return layers;
}

/** The charts under `root` (`root` itself when it is one): where room left by controls closes. */
function chartBlocks(root: Element): Box[] {
  const figures = root.matches('figure')
    ? [root]
    : [...root.querySelectorAll('figure')].filter((f) => !f.parentElement?.closest('figure'));
  return figures.map((f) => f.getBoundingClientRect()).filter(visible);
}

/** What an exported picture of `root` shows: its layers, with the controls' room closed up. */
export function collectPicture(root: Element): Layer[] {
  return closeGaps(collectLayers(root), chartBlocks(root));
}

/** The smallest box holding every layer. */
export function unionBox(layers: readonly Layer[]): Box {
  if (!layers.length) return { x: 0, y: 0, width: 1, height: 1 };
  const x = Math.min(...layers.map((l) => l.box.x));
  const y = Math.min(...layers.map((l) => l.box.y));
  const right = Math.max(...layers.map((l) => l.box.x + l.box.width));
  const bottom = Math.max(...layers.map((l) => l.box.y + l.box.height));
  return { x, y, width: Math.ceil(right - x), height: Math.ceil(bottom - y) };
}

function place(el: Element, box: Box, origin: Box): void {
  el.setAttribute('x', String(box.x - origin.x));
  el.setAttribute('y', String(box.y - origin.y));
  el.setAttribute('width', String(box.width));
  el.setAttribute('height', String(box.height));
}

function textElement(layer: Extract<Layer, { kind: 'text' }>, origin: Box): SVGTextElement {
  const t = document.createElementNS(SVG_NS, 'text');
  const s = layer.style;
  t.setAttribute('x', String(layer.box.x - origin.x));
  t.setAttribute('y', String(layer.box.y - origin.y + layer.box.height / 2));
  t.setAttribute('dominant-baseline', 'central');
  t.setAttribute(
    'style',
    `font-family:${s.getPropertyValue('font-family')};font-size:${s.getPropertyValue('font-size')};` +
      `font-weight:${s.getPropertyValue('font-weight')};fill:${s.getPropertyValue('color')}`,
  );
  t.textContent = layer.text;
  return t;
}

/** One standalone SVG document (white background) of the layers, positioned as on the page. */
export function composeSvg(layers: readonly Layer[], styleOf: StyleOf = computed): string {
  const origin = unionBox(layers);
  const svg = document.createElementNS(SVG_NS, 'svg');
  svg.setAttribute('width', String(origin.width));
  svg.setAttribute('height', String(origin.height));
  svg.setAttribute('viewBox', `0 0 ${origin.width} ${origin.height}`);
  const bg = document.createElementNS(SVG_NS, 'rect');
  bg.setAttribute('width', '100%');
  bg.setAttribute('height', '100%');
  bg.setAttribute('fill', '#ffffff');
  svg.append(bg);
  for (const layer of layers) {
    if (layer.kind === 'canvas') {
      const image = document.createElementNS(SVG_NS, 'image');
      place(image, layer.box, origin);
      image.setAttribute('preserveAspectRatio', 'none');
      image.setAttribute('href', layer.el.toDataURL('image/png'));
      svg.append(image);
    } else if (layer.kind === 'svg') {
      const clone = layer.el.cloneNode(true) as SVGSVGElement;
      inlineStyles(layer.el, clone, styleOf);
      clone.removeAttribute('class');
      place(clone, layer.box, origin);
      // Marks drawn past the plot (axis labels) show on the page: keep them in the file too.
      clone.setAttribute('overflow', 'visible');
      svg.append(clone);
    } else {
      svg.append(textElement(layer, origin));
    }
  }
  return new XMLSerializer().serializeToString(svg);
}

/** Rasterizes an SVG document at `scale` × its size (2 keeps slides sharp). */
export async function svgToPng(svgText: string, scale = 2): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svgText], { type: 'image/svg+xml' }));
  try {
    const img = new Image();
    img.src = url;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.max(1, Math.round(img.naturalWidth * scale));
    canvas.height = Math.max(1, Math.round(img.naturalHeight * scale));
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('no 2D canvas is available');
    ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob(
        (b) => (b ? resolve(b) : reject(new Error('PNG encoding failed'))),
        'image/png',
      ),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}

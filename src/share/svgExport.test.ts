// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { paintWhenSeen } from '../charts/paintWhenSeen';
import { lastObserver, stubIntersectionObserver } from '../testSupport/fakeIntersectionObserver';
import type { Layer, StyleOf } from './svgExport';
import { collectLayers, composeSvg, inlineStyles, unionBox } from './svgExport';

const SVG_NS = 'http://www.w3.org/2000/svg';

function chartSvg(): SVGSVGElement {
  const svg = document.createElementNS(SVG_NS, 'svg');
  svg.setAttribute('class', 'chart-overlay');
  const g = document.createElementNS(SVG_NS, 'g');
  const path = document.createElementNS(SVG_NS, 'path');
  path.setAttribute('d', 'M0,0L10,10');
  path.setAttribute('class', 'curve');
  g.append(path);
  svg.append(g);
  return svg;
}

/** Stands in for getComputedStyle: what the stylesheet would give each element. */
const styleOf: StyleOf = (el) => ({
  getPropertyValue: (p: string) =>
    el.getAttribute('class') === 'curve' && p === 'stroke'
      ? 'rgb(0, 114, 178)'
      : p === 'font-family'
        ? 'sans-serif'
        : '',
});

describe('inlineStyles', () => {
  it('copies each element’s computed styles onto its clone, descendants included', () => {
    const svg = chartSvg();
    const clone = svg.cloneNode(true) as SVGSVGElement;
    inlineStyles(svg, clone, styleOf);
    const path = clone.querySelector('path')!;
    expect(path.getAttribute('style')).toBe('stroke:rgb(0, 114, 178);font-family:sans-serif');
    expect(clone.getAttribute('style')).toBe('font-family:sans-serif');
    expect(svg.querySelector('path')!.hasAttribute('style')).toBe(false); // the page is untouched
  });
});

describe('composeSvg', () => {
  const text = (s: string, x: number, y: number): Layer => ({
    kind: 'text',
    text: s,
    box: { x, y, width: 80, height: 20 },
    style: { getPropertyValue: (p: string) => (p === 'color' ? 'rgb(31, 35, 40)' : '16px') },
  });

  it('places every layer relative to their union, on a white background', () => {
    const canvas = document.createElement('canvas');
    canvas.toDataURL = () => 'data:image/png;base64,AAAA';
    const layers: Layer[] = [
      text('Decision boundary', 100, 50),
      { kind: 'canvas', el: canvas, box: { x: 140, y: 80, width: 200, height: 200 } },
      { kind: 'svg', el: chartSvg(), box: { x: 100, y: 70, width: 252, height: 250 } },
    ];
    expect(unionBox(layers)).toEqual({ x: 100, y: 50, width: 252, height: 270 });
    const text0 = composeSvg(layers, styleOf);
    const doc = new DOMParser().parseFromString(text0, 'image/svg+xml');
    const root = doc.documentElement;
    expect(root.namespaceURI).toBe(SVG_NS);
    expect(text0.match(/xmlns=/g)).toHaveLength(1);
    expect([root.getAttribute('width'), root.getAttribute('height')]).toEqual(['252', '270']);
    expect(root.querySelector('rect')!.getAttribute('fill')).toBe('#ffffff');
    const image = root.querySelector('image')!;
    expect(image.getAttribute('href')).toBe('data:image/png;base64,AAAA');
    expect([image.getAttribute('x'), image.getAttribute('y')]).toEqual(['40', '30']);
    const nested = root.querySelector('svg')!;
    expect([nested.getAttribute('x'), nested.getAttribute('y')]).toEqual(['0', '20']);
    expect(nested.hasAttribute('class')).toBe(false);
    expect(nested.querySelector('path')!.getAttribute('style')).toMatch(
      /stroke:rgb\(0, 114, 178\)/,
    );
    const title = root.querySelector('text')!;
    expect(title.textContent).toBe('Decision boundary');
    expect(title.getAttribute('style')).toMatch(/fill:rgb\(31, 35, 40\)/);
  });
});

describe('collectLayers', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('first paints the canvases that skipped their paints out of sight', () => {
    stubIntersectionObserver();
    const canvas = document.createElement('canvas');
    document.body.append(canvas);
    const paint = vi.fn();
    const gate = paintWhenSeen(canvas, paint);
    lastObserver().see(false);
    gate.request();
    expect(paint).not.toHaveBeenCalled();
    collectLayers(document.body);
    expect(paint).toHaveBeenCalledTimes(1);
    gate.dispose();
    canvas.remove();
  });
});

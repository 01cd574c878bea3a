// An exported picture leaves out the page's controls (SKIP in svgExport.ts), but the layers keep
// their page positions: a chart whose title sits above a row of checkboxes and pickers came out
// with an empty band of 100 px and more between the title and the plot. This closes such bands
// inside each chart and moves what lies below that chart, in its column, up by as much.
import type { Box, Layer } from './svgExport';

/** Gaps up to this size are the page's own spacing and stay as they are. */
export const KEPT_GAP = 24;
/** What a wider gap (room left by controls) closes to. */
export const CLOSED_GAP = 12;

interface Cut {
  /** Where the removed room starts (page y). */
  at: number;
  /** How much is removed there. */
  size: number;
}

const overlapsX = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width;
const contains = (block: Box, box: Box) => {
  const cx = box.x + box.width / 2;
  const cy = box.y + box.height / 2;
  return (
    cx >= block.x && cx <= block.x + block.width && cy >= block.y && cy <= block.y + block.height
  );
};

/** The cuts that close every wide gap between the vertical extents of `boxes`. */
function cutsOf(boxes: readonly Box[]): Cut[] {
  const spans = boxes.map((b) => [b.y, b.y + b.height] as const).sort((a, b) => a[0] - b[0]);
  const cuts: Cut[] = [];
  let bottom = spans[0]?.[1] ?? 0;
  for (const [top, end] of spans.slice(1)) {
    if (top - bottom > KEPT_GAP) cuts.push({ at: bottom, size: top - bottom - CLOSED_GAP });
    bottom = Math.max(bottom, end);
  }
  return cuts;
}

const removedAbove = (cuts: readonly Cut[], y: number) =>
  cuts.reduce((sum, c) => (c.at < y ? sum + c.size : sum), 0);

/**
 * The layers with the wide empty bands inside each block (a chart's figure) closed, and every
 * layer below a block that shares its columns moved up by the room that block gave back. Layers
 * in no block keep their place unless a block above them shrank.
 */
export function closeGaps(layers: readonly Layer[], blocks: readonly Box[]): Layer[] {
  const owner = layers.map((l) => blocks.findIndex((b) => contains(b, l.box)));
  const cuts = blocks.map((_, i) =>
    cutsOf(layers.filter((_, j) => owner[j] === i).map((l) => l.box)),
  );
  const freed = cuts.map((c) => c.reduce((sum, cut) => sum + cut.size, 0));
  /** Room given back by the blocks wholly above `box` in its columns. */
  const fromAbove = (box: Box, self: number) =>
    blocks.reduce(
      (sum, b, i) =>
        i !== self && b.y + b.height <= box.y && overlapsX(b, box) ? sum + freed[i]! : sum,
      0,
    );
  return layers.map((l, j) => {
    const i = owner[j]!;
    const block = i >= 0 ? blocks[i]! : undefined;
    // A block's layers move with the block (the room freed above it) and by the cuts above them.
    const shift = block
      ? fromAbove(block, i) + removedAbove(cuts[i]!, l.box.y)
      : fromAbove(l.box, -1);
    // Boxes are often DOMRects, whose fields are getters: spread would copy none of them.
    const { x, y, width, height } = l.box;
    return shift === 0 ? l : { ...l, box: { x, y: y - shift, width, height } };
  });
}

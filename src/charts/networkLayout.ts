// Node and link geometry of the network diagram: layers as columns, units spread evenly down
// each column, one link per weight (flat weights, each layer [out][in] row-major).

export interface NetNode {
  x: number;
  y: number;
}

export interface NetLink {
  /** Index into the flat weight array. */
  index: number;
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  w: number;
}

export interface NetworkLayout {
  layers: NetNode[][];
  links: NetLink[];
  maxAbs: number;
}

export function networkLayout(
  widths: readonly number[],
  weights: ArrayLike<number>,
  width: number,
  height: number,
): NetworkLayout {
  const columns = widths.length;
  const layers = widths.map((units, k) => {
    const x = columns > 1 ? (k * width) / (columns - 1) : width / 2;
    return Array.from({ length: units }, (_, j) => ({ x, y: ((j + 0.5) * height) / units }));
  });
  const links: NetLink[] = [];
  let maxAbs = 0;
  let offset = 0;
  for (let k = 0; k + 1 < columns; k++) {
    const from = layers[k]!;
    const to = layers[k + 1]!;
    for (let o = 0; o < to.length; o++) {
      for (let i = 0; i < from.length; i++) {
        const index = offset + o * from.length + i;
        const w = weights[index] ?? 0;
        maxAbs = Math.max(maxAbs, Math.abs(w));
        links.push({ index, x1: from[i]!.x, y1: from[i]!.y, x2: to[o]!.x, y2: to[o]!.y, w });
      }
    }
    offset += from.length * to.length;
  }
  return { layers, links, maxAbs };
}

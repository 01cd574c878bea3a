// Weights named as a student reads them: from which unit to which, "x1 → h1₂" (layer 1's second
// unit), "h2₃ → out". A weight is addressed by its index in the frame's weights (layer after
// layer, each [out][in] row-major), the index the worker's view requests take.
import type { WeightPlace } from '../../workers/contract';

const SUBSCRIPT = '₀₁₂₃₄₅₆₇₈₉';
const sub = (n: number) => [...String(n)].map((d) => SUBSCRIPT[Number(d)]).join('');

/** A unit's name: an input feature, a hidden unit (1-based layer and unit), or the output. */
export function unitName(
  widths: readonly number[],
  inputs: readonly string[],
  layer: number,
  unit: number,
) {
  if (layer === 0) return inputs[unit] ?? `x${sub(unit + 1)}`;
  if (layer === widths.length - 1) return 'out';
  return `h${layer}${sub(unit + 1)}`;
}

export interface WeightName {
  index: number;
  layer: number;
  from: number;
  to: number;
  label: string;
}

/** Every weight, layer by layer, with its name. */
export function weightNames(widths: readonly number[], inputs: readonly string[]): WeightName[] {
  const out: WeightName[] = [];
  for (let l = 0; l + 1 < widths.length; l++) {
    const nIn = widths[l]!;
    for (let to = 0; to < widths[l + 1]!; to++) {
      for (let from = 0; from < nIn; from++) {
        const label = `${unitName(widths, inputs, l, from)} → ${unitName(widths, inputs, l + 1, to)}`;
        out.push({ index: out.length, layer: l, from, to, label });
      }
    }
  }
  return out;
}

/** The weights-array index of a weight the worker names by its place. */
export function indexOfPlace(widths: readonly number[], place: WeightPlace): number {
  let offset = 0;
  for (let l = 0; l < place.layer; l++) offset += widths[l]! * widths[l + 1]!;
  return offset + place.to * widths[place.layer]! + place.from;
}

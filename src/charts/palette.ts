// Okabe–Ito colours (Okabe & Ito 2008): distinguishable with the common colour-vision
// deficiencies. Class 0 is orange, class 1 blue, everywhere: points, heat map, weight signs.
export const CLASS0 = '#E69F00';
export const CLASS1 = '#0072B2';
/** The heat map's midpoint (P = 0.5): near-white so the boundary region reads as "unsure". */
export const MIDDLE = '#F4F4F1';

export const INK = '#1f2328';
export const MUTED = '#6e7781';
export const GRID_LINE = '#d0d7de';

/** Loss-curve series: blue and vermillion stay apart for deuteranopes; dashes back them up. */
export const SERIES = {
  train: '#0072B2',
  val: '#D55E00',
  penalty: '#009E73',
  zero: '#CC79A7',
} as const;

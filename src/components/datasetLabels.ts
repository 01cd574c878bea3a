import type { DatasetKind } from '../../workers/contract';

export const DATASET_LABEL = {
  circle: 'controls.dataset.circle',
  xor: 'controls.dataset.xor',
  gaussian: 'controls.dataset.gaussian',
  spiral: 'controls.dataset.spiral',
  moons: 'controls.dataset.moons',
  custom: 'controls.dataset.custom',
} as const satisfies Record<DatasetKind, string>;

// Which augmentations keep a dataset's labels: the page warns before a transform that breaks them
// (flipping XOR), so it is part of the contract the page may import, apart from the transforms.
import type { DatasetKind } from './config';

export type AugmentationName = 'jitter' | 'rotate' | 'flip' | 'scale' | 'mixup';

/** Whether a transform keeps every point's true label on a dataset. */
export type LabelSafety = 'preserves' | 'approximately' | 'breaks' | 'softens' | 'unknown';

// Why: circle's label is the radius (symmetric under rotations and flips, not under scaling);
// xor's is the sign of x1·x2 (kept by scaling, broken by one flip or a quarter turn); the two
// gaussian blobs sit on the diagonal, so flips and turns move points off their class; spiral arms
// and moons are neither rotation- nor mirror-symmetric.
const SAFETY: Record<
  Exclude<DatasetKind, 'custom'>,
  Record<'rotate' | 'flip' | 'scale', LabelSafety>
> = {
  circle: { rotate: 'preserves', flip: 'preserves', scale: 'breaks' },
  xor: { rotate: 'breaks', flip: 'breaks', scale: 'preserves' },
  gaussian: { rotate: 'breaks', flip: 'breaks', scale: 'approximately' },
  spiral: { rotate: 'breaks', flip: 'breaks', scale: 'breaks' },
  moons: { rotate: 'breaks', flip: 'breaks', scale: 'breaks' },
};

export function labelSafety(dataset: DatasetKind, t: AugmentationName): LabelSafety {
  if (t === 'mixup') return 'softens';
  if (t === 'jitter') return 'approximately';
  if (dataset === 'custom') return 'unknown';
  return SAFETY[dataset][t];
}

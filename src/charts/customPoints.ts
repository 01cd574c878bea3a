// Training on your own points, shared by the CSV import (in the page's first load) and the point
// editor's layer (a chunk of its own, with pointEditing.ts).
import type { ConfigV1, CustomPoint } from '../../workers/contract';

/**
 * Makes the config train on `points` (the dataset becomes 'custom'). A generated dataset's points
 * arrive with their noise applied, so label noise is set to 0 rather than flip labels again.
 */
export function setCustomPoints(draft: ConfigV1, points: CustomPoint[]): void {
  if (draft.data.dataset !== 'custom') draft.data.labelNoise = 0;
  draft.data.dataset = 'custom';
  draft.data.points = points;
}

// The side of the decision grid the worker evaluates for each frame: as fine as the page asked
// while composing a frame stays cheap, coarser (down to 128) when it does not, so a large plot on
// a slow machine keeps its frame rate rather than its resolution.
const MIN_GRID = 128;
const MAX_GRID = 384;
/** Composing slower than this coarsens the grid; faster than GROW_MS refines it again. */
const SHRINK_MS = 6;
const GROW_MS = 2.5;

export class GridSize {
  private requested = MIN_GRID;
  /** The side used now. */
  size = MIN_GRID;

  /** The page's wish (its plot's pixels), clamped to 16…384; the grid moves towards it. */
  request(n: number): void {
    this.requested = Math.min(MAX_GRID, Math.max(16, Math.round(n)));
    this.size = Math.min(this.requested, Math.max(this.size, MIN_GRID));
  }

  /** After a frame took `composeMs` to compose. */
  adapt(composeMs: number): void {
    const floor = Math.min(this.requested, MIN_GRID);
    if (composeMs > SHRINK_MS && this.size > floor) {
      this.size = Math.max(floor, Math.round(this.size * 0.8));
    } else if (composeMs < GROW_MS && this.size < this.requested) {
      this.size = Math.min(this.requested, Math.round(this.size * 1.25));
    }
  }
}

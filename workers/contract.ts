// What the page may import from workers/ at run time (ESLint's no-restricted-imports holds src/ to
// it): the config v1 contract (types, constants, defaults, validation), the points CSV reader,
// which augmentations keep a dataset's labels, and the types of the worker protocol. Nothing here
// trains: the engine ships only in the worker's bundle.
export * from './engine/config';
export * from './engine/validateConfig';
export * from './engine/pointsCsv';
export * from './engine/labelSafety';
export * from './engine/configPatch';
export type * from './engine/runExport';
export type * from './protocol';
// The frames carry the decision boundary's contour; the page draws past epochs' the same way.
export { contourPath, GRID_CONTOUR_DECIMALS } from './boundaryContour';
// The sweep, for the page's sweep panel: the spec and its validation, the λ ladder, the pool that
// drives sweep workers (browserPoolWorker wraps the page's `new Worker(...)`), the export and the
// summaries the charts draw. None of these trains: the points train in the sweep workers.
export * from './sweep/sweepSpec';
export * from './sweep/lambdaLadder';
export * from './sweep/summaries';
export { buildSweepExport } from './sweep/sweepExport';
export type * from './sweep/sweepExport';
export { runSweep } from './sweep/runSweep';
export type * from './sweep/runSweep';
export { browserPoolWorker } from './sweep/browserPoolWorker';
export { askSweepWorker } from './sweep/askSweepWorker';
export type * from './sweep/askSweepWorker';
export type { PoolWorker } from './sweep/pool';
export type * from './sweep/sweepQueryTypes';
export { CSV_COLUMNS, sweepPointsCsv } from './sweep/sweepCsv';

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

// The charts, each taking the id of the run it shows: <BoundaryMap runId="main" />.
export { BoundaryMap } from './BoundaryMap';
export type { BoundaryMapProps } from './BoundaryMap';
export { LossCurves } from './LossCurves';
export type { LossCurvesProps } from './LossCurves';
export { NetworkDiagram } from './NetworkDiagram';
export type { NetworkDiagramProps } from './NetworkDiagram';
export { WeightHistogram } from './WeightHistogram';
export type { WeightHistogramProps } from './WeightHistogram';
export { contourPath } from './boundaryContour';

// The "why it works" views (issue 11): computations on a running Trainer that never change it,
// with plain-data results (typed arrays for the big buffers, transferable from the worker).
// See docs/views.md for what each computes and which test holds which claim.
export type {
  GeometryOptions,
  GeometryView,
  ConstraintRegion,
  PlaneGrid,
  PairTrajectory,
} from './geometry';
export { geometryView, defaultPair, constraintRegion, pairTrajectory } from './geometry';
export type { WeightLineOptions, WeightLineView, SoftThreshold } from './weightLine';
export { weightLineView, softThreshold } from './weightLine';
export type { PlaneMinimum, LineMinimum, MinimumStatus } from './planeSolver';
export type { DropoutEnsembleOptions, DropoutEnsembleView } from './dropoutEnsemble';
export { dropoutEnsembleView, MAX_MEMBERS } from './dropoutEnsemble';
export type {
  BatchNormOptions,
  BatchNormView,
  BatchNormLayerStats,
  BatchNormNoiseOptions,
  BatchNormNoise,
} from './batchNormView';
export { batchNormView, batchNormNoise } from './batchNormView';
export type { WeightsOverTime, HistogramSeries, ParamSnapshot } from './weightsOverTime';
export { weightsOverTime, storedSnapshots, BIN_COUNT } from './weightsOverTime';
export type { DecayOptions, DecayComparison, ShrinkPair } from './decayComparison';
export { decayComparison } from './decayComparison';
export type { Closeness } from './gridPoints';
export type { WeightPlace } from './modelState';
export { weightPlace, weightIndex, weightParam } from './modelState';

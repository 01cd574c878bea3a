// The loss chart's parts that can be drawn a moment after its curves (the early-stopping marks,
// the legend, the readout): one chunk, loaded after the first screen, so that the start-up
// bundle stays within its budget.
export { EarlyStoppingMarks } from './EarlyStoppingMarks';
export { LossLegend } from './LossLegend';
export { LossReadout } from './LossReadout';

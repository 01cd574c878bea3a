// Strings of the side-by-side comparison and the epoch scrubber (src/compare). Keys start with
// 'compare.'. Run labels are stored in links as their keys ('compare.run.l1'), so a shared link
// shows each reader the labels in their own language.
export const compare = {
  'compare.select.label': 'Compare',
  'compare.select.help':
    'Train two to four runs side by side on the same data, initial weights and batch order: only the setting you compare differs.',
  'compare.preset.none': 'No comparison',
  'compare.preset.regularization': 'None vs L1 vs L2',
  'compare.preset.dropout': 'p = 1 vs p = 0.5',
  'compare.preset.earlyStopping': 'Early stopping on vs off',
  'compare.preset.batchNorm': 'Batch norm on vs off',
  'compare.preset.custom': 'Custom comparison (from a link)',

  'compare.run.none': 'No regularization',
  'compare.run.l1': 'L1',
  'compare.run.l2': 'L2',
  'compare.run.p1': 'p = 1 (no dropout)',
  'compare.run.p05': 'p = 0.5',
  'compare.run.esOn': 'Early stopping on',
  'compare.run.esOff': 'Early stopping off',
  'compare.run.bnOn': 'Batch norm on',
  'compare.run.bnOff': 'Batch norm off',

  'compare.runName.main': 'Main run',
  'compare.runName.variant': 'Run {letter}',

  'compare.view.title': 'Side-by-side runs',
  'compare.view.loading': 'Loading the side-by-side view…',
  'compare.view.note':
    'All runs share the data, the initial weights and the batch order; only the compared setting differs. Play, pause, step and reset drive them all.',
  'compare.view.end': 'End comparison',
  'compare.view.endHelp': 'Back to the single run the controls edit.',

  'compare.scrub.label': 'Epoch shown',
  'compare.scrub.help':
    'Drag back to see the boundary and the weights at an earlier epoch; the curves mark it with a line. Drag to the end or press Live to follow training again.',
  'compare.scrub.live': 'Live',
  'compare.scrub.liveHelp': 'Show the latest epoch again.',
  'compare.scrub.showing': 'Showing epoch {epoch}',
  'compare.scrub.following': 'Following training',
  'compare.scrub.valueText': 'epoch {epoch} of {last}',
  'compare.scrub.best': 'Best {epoch}',
  'compare.scrub.bestHelp': 'Show the epoch with the lowest validation loss ({epoch}).',
  'compare.scrub.stop': 'Stop {epoch}',
  'compare.scrub.stopHelp': 'Show the epoch where early stopping stopped ({epoch}).',
  'compare.scrub.mark': 'shown: {epoch}',
} as const;

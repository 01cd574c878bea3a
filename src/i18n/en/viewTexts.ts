// The texts of the "why it works" views (src/views): loaded with the first view a student opens,
// so they stay out of the page's start-up bundle. Translated in zh/viewTexts.ts.
export const viewTexts = {
  'view.waiting': 'Computing the view in the training worker…',
  'view.source':
    'Computed by the training worker from the model at epoch {epoch} (in {ms} ms); it follows training at most five times a second.',
  'view.problem.no-batch-norm':
    'This model has no batch norm: turn on batch norm under Network to compare batch statistics with the running averages.',
  'view.problem.no-hidden-layer':
    'This model has no hidden layer, so dropout has no units to drop: add a hidden layer under Network.',
  'view.problem.too-few-weights':
    'The geometry needs a model with at least two weights: add a feature or a hidden layer.',
  'view.problem.failed': 'The view could not be computed: {message}',

  'geometry.title': 'Geometry: why L1 gives exact zeros',
  'geometry.guide':
    'The penalized minimum (▲) is where the smallest penalty region touches a loss contour: at a corner of the L1 diamond one weight is exactly 0, and the point sits on an axis.',
  'geometry.pick.a': 'Horizontal weight',
  'geometry.pick.b': 'Vertical weight',
  'geometry.zoom': 'Zoom in on the model',
  'geometry.pick.layer': 'Layer {n}',
  'geometry.axis': 'weight {weight}',
  'geometry.plane.label':
    'Data-loss contours in the plane of the weights {a} and {b}, with the penalty region and both minima; the model is at {point}.',
  'geometry.exactZero': '0 (exactly)',
  'geometry.onAxis': '{weight} is exactly 0 in the model: the point lies on the axis.',
  'geometry.offAxis': 'Neither weight is exactly 0: the point lies off the axes.',
  'geometry.readout.penalty': 'Penalty',
  'geometry.readout.penalizedMin': 'Minimum with the penalty',
  'geometry.readout.dataMin': 'Minimum of the data loss',
  'geometry.readout.loss': 'Data loss now',
  'geometry.penalty.none': 'none (λ has no effect)',
  'geometry.penalty.l1': 'L1, λ = {l1}',
  'geometry.penalty.l2': 'L2, λ = {l2}',
  'geometry.penalty.elasticnet': 'elastic net, λα = {l1}, λ(1 − α) = {l2}',
  'geometry.unbounded':
    'none: the loss keeps falling as the weights grow (the data can be separated)',
  'geometry.notFound': 'not found within the search',
  'geometry.key.contours': 'data-loss contours',
  'geometry.key.through': 'contour through the model',
  'geometry.key.region.l1': 'L1 diamond through the model',
  'geometry.key.region.l2': 'L2 circle through the model',
  'geometry.key.region.elasticnet': 'elastic-net region through the model',
  'geometry.key.axes': 'axes (a weight = 0)',
  'geometry.key.point': 'the model now',
  'geometry.key.path': 'its path over training',
  'geometry.key.dataMin': 'minimum of the data loss',
  'geometry.key.penalizedMin': 'minimum with the penalty',

  'geometry.line.title': 'One weight: why exactly 0',
  'geometry.line.guide':
    'λ|w| has a kink at 0: when the data loss slopes less than λ there, the sum is lowest at exactly 0, and the proximal step sends every update within t of 0 to 0.',
  'geometry.line.pick': '1-D weight',
  'geometry.line.label':
    'Data loss, penalty and their sum along the weight {weight}, the others fixed.',
  'geometry.line.y': 'loss',
  'geometry.line.key.data': 'data loss',
  'geometry.line.key.penalty': 'penalty',
  'geometry.line.key.total': 'data loss + penalty',
  'geometry.line.key.map': 'soft-thresholding S_t(u)',
  'geometry.line.key.step': 'the next update',
  'geometry.line.key.min': 'minimum',
  'geometry.prox.label':
    'The soft-thresholding map of the proximal L1 step for the weight {weight}, with its next update.',
  'geometry.prox.x': 'u: after the gradient step',
  'geometry.prox.y': 'S_t(u): after the L1 step',
  'geometry.prox.readout':
    'Step size η = {eta}, threshold t = η·λ = {t}: the gradient step gives u = {u}, the L1 step S_t(u) = {after}.',
  'geometry.prox.subgradient':
    'This run uses the subgradient method: it adds λ·sign(w) to the gradient instead of this step, so its weights jitter around 0 rather than land on it.',

  'dropout.title': 'Dropout as an ensemble of thinned networks',
  'dropout.guide':
    'Each faint line is one thinned network (a fixed dropout mask); the dashed line is their average; the full network (solid) is close to that average.',
  'dropout.members': 'Thinned networks K = {k}',
  'dropout.resample': 'Resample',
  'dropout.showSpread': 'Uncertainty (MC dropout)',
  'dropout.forget': 'Forget to rescale',
  'dropout.spreadAxis': 'std of P(class 1) over the masks',
  'dropout.map.full':
    'The full network’s P(class 1) over the plane, with the boundaries of {k} thinned networks and of their average.',
  'dropout.map.unscaled':
    'P(class 1) of the full network evaluated without the test-time convention (every hidden output × p), with the thinned networks’ boundaries.',
  'dropout.map.spread':
    'Monte Carlo dropout uncertainty: the standard deviation of P(class 1) over {k} masks, with the boundaries.',
  'dropout.key.member': 'one thinned network (0.5 contour)',
  'dropout.key.mean': 'their average',
  'dropout.key.full': 'full network (evaluation)',
  'dropout.key.unscaled': 'without rescaling (wrong)',
  'dropout.readout.agreement': 'Same decision as the average',
  'dropout.readout.meanDiff': 'Mean |Δp| to the average',
  'dropout.readout.accFull': 'Validation accuracy, full network',
  'dropout.readout.accEnsemble': 'ensemble average',
  'dropout.readout.accUnscaled': 'without rescaling',
  'dropout.readout.unscaledAgreement': 'Unscaled: same decision as the average',
  'dropout.keepNote':
    'Keep probability p = {p}: training kept each hidden unit with probability p and divided by p, so the full network needs no change at test time.',
  'dropout.forgetNote':
    'Multiplying every hidden output by p at test time as well (mixing the two conventions) feeds the next layer p times what it learnt from: validation accuracy falls by {drop}.',
  'dropout.noDropout':
    'p = 1: no unit is ever dropped, so every thinned network is the full network. Lower the keep probability to see an ensemble.',

  'bn.title': 'Batch norm: batch statistics in training, running averages in evaluation',
  'bn.guide':
    'In training every point is normalized by its batch’s mean and variance, so its prediction depends on its batch mates; smaller batches, noisier statistics, a boundary further from evaluation’s.',
  'bn.batchSize': 'Batch size B = {b}',
  'bn.newBatch': 'New batch',
  'bn.map.batch': 'Under this batch’s statistics (B = {b})',
  'bn.map.batchLabel':
    'P(class 1) with every point normalized by the statistics of a random batch of {b} training points, ringed.',
  'bn.map.running': 'Under the running averages (evaluation)',
  'bn.map.runningLabel': 'P(class 1) under the running averages: the boundary evaluation uses.',
  'bn.key.batch': 'boundary under the batch’s statistics',
  'bn.key.running': 'boundary under the running averages',
  'bn.key.rows': 'the batch’s training points',
  'bn.readout.difference': 'Mean |Δp|, batch of {b} vs running averages',
  'bn.readout.agreement': 'Same decision',
  'bn.readout.validation': 'Mean |Δp| on the validation set',
  'bn.noise.title': 'The noise grows as batches shrink',
  'bn.noise.guide':
    'The difference between batch and running statistics, averaged over 8 random batches per size: the noise that regularizes.',
  'bn.noise.label':
    'Mean difference between batch-statistics and running-average predictions against batch size.',
  'bn.noise.x': 'batch size',
  'bn.noise.y': 'mean |Δp|',
  'bn.noise.key.grid': 'over the plane',
  'bn.noise.key.val': 'on the validation set',
  'bn.noise.table': 'Mean |Δp| over the plane, per batch size',
  'bn.stats.title': 'Per-layer statistics: running averages against the batch',
  'bn.stats.guide':
    'Each unit’s running mean and variance (what evaluation divides by) against this batch of {b} (what training divides by).',
  'bn.stats.key.running': 'running average',
  'bn.stats.key.batch': 'this batch',
  'bn.stats.mean': 'Layer {layer}: mean of each unit',
  'bn.stats.variance': 'Layer {layer}: variance of each unit',
  'bn.stats.unit': 'u{j}',

  'wot.title': 'Weights over time',
  'wot.guide':
    'Each column is the weight histogram at one stored epoch: under L1 the weights collapse into the exactly-0 bars above, under L2 the band narrows without reaching 0.',
  'wot.x': 'epoch',
  'wot.y': 'weight value',
  'wot.zeroRow': 'exactly 0',
  'wot.label':
    'Weight histograms at {epochs} stored epochs up to epoch {last}, as a heat map of value against epoch, with the exact zeros above.',
  'wot.best': 'best {epoch}',
  'wot.stop': 'stopped {epoch}',
  'wot.shown': 'epoch {epoch}',
  'wot.key.count': 'weights per bin (darker: more)',
  'wot.key.zero': 'weights exactly 0',
  'wot.key.best': 'best validation epoch',
  'wot.key.stop': 'early-stopping epoch',
  'wot.key.shown': 'epoch the scrubber shows',
  'wot.readout.epoch': 'Epoch',
  'wot.readout.zero': 'Exactly 0',
  'wot.zeroOf': '{n} of {total} ({percent})',
  'wot.readout.rms': '√mean w²',
  'wot.readout.max': 'max |w|',

  'decay.title': 'L2 vs decoupled weight decay (AdamW) under Adam',
  'decay.guide':
    'The fraction of each weight the penalty removes per step, once it is part of the optimizer’s state: the same for L2 and weight decay under SGD, not under Adam.',
  'decay.label':
    'Per-step shrink of a few weights under SGD (L2 or decay alike), Adam with L2 in the loss, and AdamW, on a log scale.',
  'decay.x': 'fraction of the weight removed per step',
  'decay.key.sgd': 'SGD: L2 = weight decay',
  'decay.key.adamL2': 'Adam + L2 in the loss',
  'decay.key.adamW': 'AdamW (decoupled)',
  'decay.same':
    'Plain SGD: L2 in the loss and weight decay are the same update, removing lr·λ = {lr} × {lambda} = {shrink} of every weight per step.',
  'decay.differ':
    'Adam: L2’s pull λw is divided by √v̂ like the gradient, so here it removes from {min} to {max} per step, most where past gradients were small; AdamW removes {shrink} from every weight.',
  'decay.run.adamL2': 'This run: Adam with L2 in the loss.',
  'decay.run.adamW': 'This run: AdamW (decoupled weight decay).',
  'decay.run.sgd': 'This run: plain SGD, where the two are the same.',
  'decay.run.momentum':
    'This run: SGD with momentum, where L2 passes through the momentum and decoupled decay does not.',
  'decay.fresh': 'It is not on Adam: the Adam figures are for a first Adam step from here.',
  'decay.zeroLambda': 'λ is 0: there is no decay to compare. Set λ above 0.',
  'decay.none': 'No weight is left to compare (every weight is exactly 0).',
} as const;

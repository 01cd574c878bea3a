// Strings of the controls (src/components). Keys start with 'controls.'. The English names of
// controls are their accessible names, which the end-to-end tests use: change them with care.
// The Chinese terms follow the concept note the lab teaches (正则化, 权重衰减, 早停法, 数据增强,
// 批归一化, Dropout 保留概率 p).
export const controls = {
  'controls.panel.title': 'Settings',
  'controls.help.about': 'About “{name}”',
  'controls.number.invalid':
    '“{text}” is not a number from {min} to {max}, so it was not applied; the value stays {kept}.',
  'controls.number.invalidInteger':
    '“{text}” is not a whole number from {min} to {max}, so it was not applied; the value stays {kept}.',

  'controls.runs.add': 'Add a run',
  'controls.runs.addHelp':
    'Adds a copy of the main run beside it (up to four runs); change one setting in the copy and compare. All runs start over together from epoch 0.',

  'controls.section.regularization': 'Regularization (L1, L2)',
  'controls.section.dropout': 'Dropout',
  'controls.section.earlyStopping': 'Early stopping',
  'controls.section.augmentation': 'Data augmentation',
  'controls.section.data': 'Data',
  'controls.section.features': 'Features',
  'controls.section.network': 'Network',
  'controls.section.optimizer': 'Optimizer',

  'controls.reg.kind': 'Regularization',
  'controls.reg.kind.help':
    'Adds a penalty on the weights to the loss, so the network prefers simpler solutions and overfits less.',
  'controls.reg.kind.none': 'None',
  'controls.reg.kind.l1': 'L1 (Lasso): sparse weights',
  'controls.reg.kind.l2': 'L2: weight decay',
  'controls.reg.kind.elasticnet': 'Elastic net: L1 + L2',
  'controls.reg.lambda': 'Regularization strength λ',
  'controls.reg.lambdaValue': 'Regularization strength λ value',
  'controls.reg.lambda.help':
    'How strongly the penalty pulls the weights. 0 turns it off; a larger λ gives smaller weights (L2) or more weights at exactly 0 (L1). Too large a λ underfits.',
  'controls.reg.lambda.inactive': 'No effect while Regularization is None.',
  'controls.reg.lambda.beyond':
    'Beyond this lab’s slider ({min} … {max}): the slider sits at its end, the run uses the typed λ.',
  'controls.reg.lambda.allZero':
    'λ is so large that every weight is 0: the model predicts one class.',
  'controls.reg.lambda.oneClass':
    'The model now predicts one class everywhere on the map. If it stays so, λ is too strong for this lab: lower it.',
  'controls.reg.l1Ratio': 'Elastic-net L1 ratio α',
  'controls.reg.l1Ratio.help':
    'The L1 share α of the elastic-net penalty λ·(α·Σ|w| + (1 − α)/2·Σw²): 1 is pure L1, 0 is pure L2.',
  'controls.reg.l1Method': 'L1 method',
  'controls.reg.l1Method.help':
    'Proximal: after each step, weights that the step would carry across 0 are set to exactly 0, so the model becomes sparse. Subgradient: λ·sign(w) is added to the gradient, and weights jitter around 0 instead of reaching it.',
  'controls.reg.l1Method.proximal': 'Proximal (exact zeros)',
  'controls.reg.l1Method.subgradient': 'Subgradient (jitters around 0)',
  'controls.reg.l1Method.inactive': 'Used by L1 and elastic net only.',
  'controls.reg.decoupled': 'Decoupled weight decay (AdamW)',
  'controls.reg.decoupled.help':
    'Under Adam an L2 penalty is not weight decay: its gradient is rescaled along with the data gradient, so large weights shrink less than they should. Decoupled weight decay shrinks every weight by η·λ·w beside the Adam step (AdamW). With plain SGD the two are identical.',
  'controls.reg.decoupled.inactiveKind': 'Applies to the L2 part: choose L2 or elastic net.',
  'controls.reg.decoupled.inactiveSgd': 'Makes no difference with plain SGD; try it with Adam.',

  'controls.dropout.keep': 'Dropout keep probability p',
  'controls.dropout.keep.help':
    'In training, each hidden unit is kept with probability p and dropped otherwise, and kept units are scaled by 1/p. Evaluation uses the full network. p = 1 means no dropout. (PyTorch’s Dropout takes the drop rate 1 − p.)',
  'controls.dropout.dropRate': 'drop rate 1 − p = {rate}',
  'controls.dropout.noHidden': 'No hidden layers, so dropout has nothing to drop.',

  'controls.es.enabled': 'Early stopping',
  'controls.es.enabled.help':
    'Watches the validation loss after every epoch and stops training when it has not improved for “patience” epochs.',
  'controls.es.needsVal': 'Needs a validation share above 0 (see Data).',
  'controls.es.patience': 'Patience (epochs)',
  'controls.es.patience.help': 'How many epochs without improvement to wait before stopping.',
  'controls.es.minDelta': 'Minimum improvement',
  'controls.es.minDelta.help':
    'The validation loss must fall below the best so far by more than this to count as an improvement.',
  'controls.es.restoreBest': 'Restore best weights',
  'controls.es.restoreBest.help':
    'On stopping, put back the weights of the epoch with the lowest validation loss.',
  'controls.es.markOnly': 'Mark only (keep training)',
  'controls.es.markOnly.help':
    'Mark where training would stop, but keep going, to see the overfitting that early stopping prevents.',

  'controls.aug.jitter': 'Jitter σ',
  'controls.aug.jitter.help':
    'Adds Gaussian noise with standard deviation σ to each training point, fresh every epoch. 0 = off.',
  'controls.aug.rotate': 'Rotation (degrees)',
  'controls.aug.rotate.help':
    'Rotates each training point about the origin by a random angle of up to ± this many degrees. 0 = off.',
  'controls.aug.flip': 'Flip',
  'controls.aug.flip.help':
    'Mirrors training points at random: horizontal turns x1 into −x1, vertical turns x2 into −x2, each with probability ½.',
  'controls.aug.flip.none': 'No flips',
  'controls.aug.flip.horizontal': 'Horizontal (x1 → −x1)',
  'controls.aug.flip.vertical': 'Vertical (x2 → −x2)',
  'controls.aug.flip.both': 'Both',
  'controls.aug.scale': 'Scale',
  'controls.aug.scale.help':
    'Multiplies each training point by a random factor between 1 − scale and 1 + scale. 0 = off.',
  'controls.aug.mixup': 'Mixup α',
  'controls.aug.mixup.help':
    'Blends each training point with a random partner, labels too, with a Beta(α, α) weight, so labels become soft. 0 = off.',

  'controls.safety.jitter.approximately':
    'Small jitter keeps labels approximately; a large σ pushes points into the other class.',
  'controls.safety.mixup.softens': 'Mixup blends labels into soft labels between 0 and 1.',
  'controls.safety.rotate.preserves': "Rotations keep {dataset}'s labels.",
  'controls.safety.rotate.approximately': "Rotations keep {dataset}'s labels only approximately.",
  'controls.safety.rotate.breaks': "Rotations change {dataset}'s labels.",
  'controls.safety.flip.preserves': "Flips keep {dataset}'s labels.",
  'controls.safety.flip.approximately': "Flips keep {dataset}'s labels only approximately.",
  'controls.safety.flip.breaks': "Flips change {dataset}'s labels.",
  'controls.safety.scale.preserves': "Scaling keeps {dataset}'s labels.",
  'controls.safety.scale.approximately': "Scaling keeps {dataset}'s labels only approximately.",
  'controls.safety.scale.breaks': "Scaling changes {dataset}'s labels.",
  'controls.safety.unknown':
    'Whether this keeps the labels of custom points depends on the points.',
  'controls.safety.breaksActive': 'The network is being taught wrong answers.',

  'controls.dataset.circle': 'Circle',
  'controls.dataset.xor': 'XOR',
  'controls.dataset.gaussian': 'Two Gaussians',
  'controls.dataset.spiral': 'Spiral',
  'controls.dataset.moons': 'Moons',
  'controls.dataset.custom': 'Custom points',

  'controls.data.dataset': 'Dataset',
  'controls.data.dataset.help':
    'The toy problem: points in the plane, each of class 0 or class 1. Changing it starts a new run.',
  'controls.data.samples': 'Samples',
  'controls.data.samples.help':
    'How many points are generated, before they are split into training, validation and test data.',
  'controls.data.samples.custom': 'Not used by custom points.',
  'controls.data.noise': 'Input noise',
  'controls.data.noise.help':
    'Standard deviation of the Gaussian noise added to every point’s position, so the classes overlap.',
  'controls.data.labelNoise': 'Label noise',
  'controls.data.labelNoise.help':
    'Share of points whose label is flipped. A flexible network memorizes them: overfitting you can see.',
  'controls.data.train': 'Training share',
  'controls.data.train.help':
    'Share of the points the network trains on. The test share is the rest: 1 − training − validation.',
  'controls.data.val': 'Validation share',
  'controls.data.val.help':
    'Share of the points held out to watch generalization during training; early stopping uses it.',
  'controls.data.test': 'Test share = {share}',
  'controls.data.seed': 'Seed',
  'controls.data.seed.help':
    'Seeds everything random: data, split, initial weights, batch order, dropout and augmentation. The same settings and seed give identical results.',
  'controls.data.newSeed': 'New seed',
  'controls.data.newSeed.help': 'Pick a random seed: new data and new initial weights.',

  'controls.features.legend': 'Inputs to the network',
  'controls.features.help':
    'Which functions of the point (x1, x2) the network gets as inputs. With x1² and x2², even a network without hidden layers can draw a circle. Changing them starts a new run.',
  'controls.features.keepOne': 'Keep at least one feature: the network needs an input.',

  'controls.net.layers': 'Hidden layers',
  'controls.net.layers.help':
    'How many hidden layers the network has, 0 to 6. Changing the network starts a new run.',
  'controls.net.addLayer': 'Add layer',
  'controls.net.removeLayer': 'Remove layer',
  'controls.net.noLayers':
    'No hidden layers: the network is a linear model of the features (logistic regression).',
  'controls.net.unitsLegend': 'Units per layer',
  'controls.net.units': 'Units in layer {n}',
  'controls.net.units.help':
    'How many units (neurons) each hidden layer has, 1 to 32. More units fit more complex boundaries, and overfit more easily.',
  'controls.net.activation': 'Activation',
  'controls.net.activation.help':
    'The function each hidden unit applies to its weighted sum of inputs.',
  'controls.net.activation.relu': 'ReLU',
  'controls.net.activation.tanh': 'tanh',
  'controls.net.activation.sigmoid': 'Sigmoid',
  'controls.net.activation.linear': 'Linear (none)',
  'controls.net.batchNorm': 'Batch normalization',
  'controls.net.batchNorm.help':
    'Normalizes each hidden layer over the mini-batch before the activation. It speeds up training, and the batch-to-batch noise is a mild regularizer.',

  'controls.opt.kind': 'Optimizer',
  'controls.opt.kind.help': 'How the weights are updated from the gradient.',
  'controls.opt.kind.sgd': 'SGD',
  'controls.opt.kind.momentum': 'SGD with momentum',
  'controls.opt.kind.adam': 'Adam',
  'controls.opt.lr': 'Learning rate',
  'controls.opt.lrValue': 'Learning rate value',
  'controls.opt.lr.help':
    'The size of each update step. Too large and the loss jumps about or diverges; too small and training crawls.',
  'controls.opt.batch': 'Batch size',
  'controls.opt.batch.help':
    'Training points per update. Small batches give noisy steps, a mild regularizer; a full batch uses every training point.',
  'controls.opt.fullBatch': 'Full batch',

  'controls.play': 'Play',
  'controls.pause': 'Pause',
  'controls.playback.label': 'Training',
  'controls.playback.playTitle': 'Start or pause training (Space)',
  'controls.playback.step': 'Step one epoch',
  'controls.playback.stepTitle': 'Pause and train exactly one more epoch (→ or .)',
  'controls.playback.reset': 'Reset',
  'controls.playback.resetTitle': 'Start over from the initial weights (R)',
  'controls.playback.speed': 'Training speed',
  'controls.playback.speedTitle': 'Slow down to watch each epoch, or train as fast as you can',
  'controls.playback.speedOne': '1 epoch/s',
  'controls.playback.speedN': '{n} epochs/s',
  'controls.playback.fastest': 'As fast as possible',
  'controls.playback.epoch': 'Epoch',
  'controls.playback.measured': '{eps} epochs/s',
  'controls.playback.measuredTitle': 'Measured training speed over the last second',
} as const;

// The long texts of the Explain panels (what each technique does, what to look for, its pitfalls):
// loaded with KaTeX when a panel first opens, so they stay out of the page's start-up bundle.
export const explanationBodies = {
  'explain.l2.does':
    'Adds half the sum of squared weights, times λ, to the loss. Its gradient λw pulls each weight towards 0 in proportion to its size, so large weights shrink fast and small ones slowly: weights get small and spread out but never become exactly 0.',
  'explain.l2.look':
    'The weight histogram narrows around 0 without a spike at 0; the weight norm falls; the boundary gets smoother; the gap between training and validation loss closes.',
  'explain.l2.pitfall':
    'With plain SGD, L2 and weight decay are the same update. Under Adam they are not: the L2 gradient is divided by Adam’s running scale, so weights with large gradients are barely decayed. Use the decoupled weight decay option (AdamW) to decay every weight alike.',
  'explain.l1.does':
    'Adds λ times the sum of absolute weights. The pull towards 0 is the same size for every weight, so small, unimportant weights are driven all the way to exactly 0: the weights become sparse, and an input whose weights are all 0 is switched off (feature selection).',
  'explain.l1.look':
    'A tall bar at exactly 0 in the weight histogram and a rising zero fraction; in the network diagram, connections from useless features vanish.',
  'explain.l1.pitfall':
    '|w| has no gradient at 0. A plain subgradient step overshoots and jitters around 0 instead of landing on it; the proximal step below (soft-thresholding after the gradient step) is what makes weights exactly 0. Too large a λ zeroes useful weights as well.',
  'explain.elasticnet.does':
    'Mixes the two penalties: α is the share of L1. It keeps L1’s exact zeros while L2’s part spreads weight across correlated inputs instead of picking one at random.',
  'explain.elasticnet.look':
    'Move α from 0 to 1: the spike at 0 in the weight histogram grows as the L1 share grows.',
  'explain.elasticnet.pitfall':
    'λ and α interact: raising α at a fixed λ makes the penalty stronger, not just sparser. Tune λ again after changing α.',
  'explain.dropout.does':
    'In training, each hidden unit is kept with probability p and dropped otherwise, a fresh mask every batch, so no unit can rely on particular others; it is like training many thinned networks at once and averaging them.',
  'explain.dropout.look':
    'Training loss rises and gets noisy, the gap to validation loss shrinks, and the boundary is smoother. The curves use the full network, as at test time.',
  'explain.dropout.pitfall':
    'Inverted dropout divides the kept units by p in training so evaluation uses the full network unchanged; without that scaling the test-time activations would be too large by 1/p. Here p is the keep probability (as in Srivastava et al.); PyTorch’s Dropout(p) takes the drop rate 1 − p, so p = 0.8 here is Dropout(0.2) there.',
  'explain.batchnorm.does':
    'Before each hidden activation, standardizes every unit over the mini-batch to mean 0 and variance 1, then rescales with learned γ and β. Inputs to each layer stay in a good range, so deep or saturating networks train faster and tolerate larger learning rates; the batch-to-batch noise adds a mild regularizing effect.',
  'explain.batchnorm.look':
    'With a deep sigmoid network, the loss starts falling at once with BN, while without it the loss stays near 0.69 (chance) for a long time.',
  'explain.batchnorm.pitfall':
    'Training uses the batch’s statistics, evaluation the running averages, so the two modes differ. Small batches give noisy statistics (a batch of 2 is almost pure noise) and full-batch training removes the regularizing noise entirely. γ and β are not penalized by L1 or L2.',
  'explain.weightdecay.does':
    'Decoupled weight decay shrinks every weight by the same fraction ηλ each step, outside Adam’s adaptive scaling, instead of adding λw to the gradient.',
  'explain.weightdecay.look':
    'Under Adam, switch the option on and off with the same λ: the weight norm falls further with decoupled decay.',
  'explain.weightdecay.pitfall':
    'Under SGD the two are identical, so the option changes nothing there. Under Adam an L2 term is rescaled per weight by the running gradient size, which weakens it exactly where gradients are large.',
  'explain.augmentation.does':
    'Every epoch, each training point is moved by fresh random transforms (jitter, rotation, flips, scaling), which adds data the model has not seen; mixup blends pairs of points and their labels. Validation and test points are never changed.',
  'explain.augmentation.look':
    'The faint augmented points around the training data; a smoother boundary and a smaller train/validation gap when the transform suits the data.',
  'explain.augmentation.pitfall':
    'A transform must preserve labels: flipping XOR or rotating it a quarter turn swaps the classes, and scaling a circle moves points across the boundary. The model then learns contradictions. Mixup’s λ is a random mixing weight, not the penalty λ, and it gives soft labels.',
  'explain.earlystopping.does':
    'Watches validation loss after every epoch, remembers the best weights, and stops when there has been no improvement for “patience” epochs, optionally restoring the best weights. It limits how far the weights can travel from their small starting values, much like a penalty.',
  'explain.earlystopping.look':
    'The marks on the loss curves: the best epoch at the bottom of the validation curve and the stop epoch patience later. In mark-only mode training goes on, so you see the validation loss climbing past them.',
  'explain.earlystopping.pitfall':
    'It needs a validation split that is not used for training; choosing the epoch on the test set makes the test score optimistic. Too little patience stops on a noisy bump; a noisy curve needs more patience or a min delta.',
} as const;

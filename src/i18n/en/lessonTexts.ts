// Each lesson's title, caption (what is set up) and "what to look for": loaded with the lesson
// catalog (src/lesson/catalog.ts), so they stay out of the page's start-up bundle. A lesson's keys
// are `lesson.<id>.title|caption|lookFor`; the catalog's ids are typed by the titles below, so a
// lesson without its three texts here (and in zh/lessonTexts.ts) is a compile error.
export const lessonTexts = {
  'lesson.overfitting.title': 'Overfitting without regularization',
  'lesson.overfitting.caption':
    'Forty noisy training points (one label in ten is wrong) and a network given all seven features: freedom enough to memorise them.',
  'lesson.overfitting.lookFor':
    'Press Play and watch the loss curves: training loss keeps falling towards 0, while validation loss is lowest near epoch 40 and then climbs. The boundary bends around single mislabelled points.',

  'lesson.l2.title': 'L2 shrinks the weights',
  'lesson.l2.caption':
    'The overfitting lab with an L2 penalty (λ = 0.01), beside the same network without one.',
  'lesson.l2.lookFor':
    'In the weight histograms L2 pulls every weight towards 0 but none becomes exactly 0; the weight norm stays small, the boundary smooth, and validation loss stops rising.',

  'lesson.l1-features.title': 'L1 switches features off',
  'lesson.l1-features.caption':
    'Logistic regression on a circle, given all seven features, with a strong L1 penalty; beside it the same model without a penalty.',
  'lesson.l1-features.lookFor':
    'The circle needs only x1² and x2². Under L1 the weights of the other five features reach exactly 0 one after another within about 160 epochs (the zero fraction climbs in steps); without the penalty every feature keeps some weight.',

  'lesson.l1-vs-l2.title': 'L1 vs L2 side by side',
  'lesson.l1-vs-l2.caption': 'The same network and the same λ under two penalties.',
  'lesson.l1-vs-l2.lookFor':
    'In the L1 panel most weights sit at exactly 0 (the zero fraction passes 50 % within about 20 epochs); in the L2 panel they shrink but none reaches 0. Move λ and both runs follow.',

  'lesson.dropout.title': 'Dropout: p = 0.5 vs p = 1',
  'lesson.dropout.caption':
    'The overfitting lab with dropout at keep probability p = 0.5, beside the same network without dropout (p = 1).',
  'lesson.dropout.lookFor':
    'Without dropout the gap between training and validation loss grows large; with p = 0.5 training loss stays higher but validation loss stays far lower. The curves are evaluated with the full network, as at test time.',

  'lesson.early-stopping.title': 'Early stopping (mark only)',
  'lesson.early-stopping.caption':
    'The overfitting lab with early stopping set to mark only (patience 100 epochs): it marks where it would stop, and trains on.',
  'lesson.early-stopping.lookFor':
    'The best epoch is marked near epoch 36 and the stop 100 epochs later. After the marks validation loss keeps climbing: that is what stopping there prevents.',

  'lesson.batch-norm.title': 'Batch normalization',
  'lesson.batch-norm.caption':
    'A deep network of sigmoid units (four layers of 8) trained with plain SGD, with and without batch norm.',
  'lesson.batch-norm.lookFor':
    'Without batch norm the loss hangs near chance (about 0.69) for a long time; with it the same network at the same learning rate learns the circle within about 20 epochs.',

  'lesson.augmentation.title': 'Augmentation: right and wrong',
  'lesson.augmentation.caption':
    'XOR with few points, trained with random scaling, without augmentation, and with horizontal flips.',
  'lesson.augmentation.lookFor':
    'XOR’s class is the sign of x1·x2. Scaling keeps every label and does as well as no augmentation; a horizontal flip turns class 0 into class 1, so the flip run learns contradictions and its validation loss stays high. See the warning beside the flip control.',

  'lesson.l1-l2-dropout.title': 'None, L1, L2, L2 + dropout',
  'lesson.l1-l2-dropout.caption':
    'Four runs of the default lab on the same data and initial weights, each penalty at the same λ.',
  'lesson.l1-l2-dropout.lookFor':
    'Without regularization validation loss climbs after its early minimum. L1 sets many weights to exactly 0 (the network diagram loses links), L2 keeps every weight but small, and dropout (p = 0.5) on top of L2 keeps validation loss lowest. Move λ: the three penalized runs follow.',

  'lesson.combined.title': 'All techniques combined',
  'lesson.combined.caption':
    'The overfitting lab with a mild L2 penalty, light dropout, jitter augmentation and early stopping marks, beside the same network with none of them.',
  'lesson.combined.lookFor':
    'The combined run keeps a smooth boundary and ends with a validation loss below the best the unregularized run ever reached.',

  'lesson.l1-geometry.title': 'Why L1 gives exact zeros',
  'lesson.l1-geometry.caption':
    'Logistic regression on two features that say nearly the same thing, so the whole model is two weights: L1 beside L2 and no penalty, at the same λ.',
  'lesson.l1-geometry.lookFor':
    'The loss’s contours are long ellipses; the L1 diamond touches them at a corner, on an axis, so the x1 weight becomes exactly 0 (near epoch 70) and stays there. L2’s circle has no corners: it keeps both weights.',

  'lesson.dropout-ensemble.title': 'Dropout is an ensemble',
  'lesson.dropout-ensemble.caption':
    'A circle learnt with dropout (keep probability p = 0.5) by two hidden layers of 16 units.',
  'lesson.dropout-ensemble.lookFor':
    'Each faint line is a thinned network; their average is close to the full network’s boundary. Forget the test-time convention and the boundary moves.',

  'lesson.batch-norm-learning-rate.title': 'Batch norm: noise and a higher learning rate',
  'lesson.batch-norm-learning-rate.caption':
    'Three tanh layers under plain SGD at learning rate 2 with batch norm, beside the same network without it at learning rates 2 and 0.2.',
  'lesson.batch-norm-learning-rate.lookFor':
    'At learning rate 2 the network with batch norm learns and the same network without it does not; without it, a tenth of the rate learns again. Smaller batches make the batch statistics noisier.',

  'lesson.l2-vs-adamw.title': 'L2 vs AdamW under Adam',
  'lesson.l2-vs-adamw.caption':
    'The same λ = 0.01 as an L2 penalty and as decoupled weight decay (AdamW), under Adam and under plain SGD.',
  'lesson.l2-vs-adamw.lookFor':
    'Under SGD, L2 and weight decay are the same run: their curves coincide. Under Adam the L2 gradient is divided by √v̂ and acts unevenly, here shrinking the weights far harder; AdamW shrinks every weight alike, by lr·λ per step.',
  'lesson.choose-lambda.title': 'Choose λ by validation',
  'lesson.choose-lambda.caption':
    'The default lab with an L2 penalty and a budget of 500 epochs, and a sweep over the λ ladder: every λ trains three times from other initial weights, the validation curve drawn as the points finish.',
  'lesson.choose-lambda.lookFor':
    'At λ = 0 the network overfits (training loss low, validation loss high); at the largest λ it underfits (both high). Choose the λ at the lowest point of the validation curve and press “Use this λ”: the main run then trains with exactly that λ.',
} as const;

// The lesson menu and each preset's title and "what to look for" caption.
export const lessons = {
  'lesson.menu.label': 'Lesson',
  'lesson.menu.help': 'Load a prepared lesson: settings and a comparison that show one effect.',
  'lesson.menu.choose': 'Choose a lesson…',
  'lesson.caption.label': 'What to look for',
  'lesson.overfitting.title': 'Overfitting without regularization',
  'lesson.overfitting.description':
    'Few noisy points (one label in ten is wrong) and a network given all seven features. Press Play and watch the loss curves: training loss keeps falling towards 0 while validation loss reaches its lowest point early and then climbs. The boundary bends around single mislabelled points.',
  'lesson.l2.title': 'L2 shrinks the weights',
  'lesson.l2.description':
    'The same overfitting setup with an L2 penalty, beside a run without one. Compare the weight histograms: L2 pulls every weight towards 0 (none becomes exactly 0), the weight norm stays small, the boundary stays smooth and validation loss stops rising.',
  'lesson.l1-features.title': 'L1 switches features off',
  'lesson.l1-features.description':
    'A circle needs only x1² and x2², but the model is given all seven features. With L1 the weights of the five useless features become exactly 0 within a few hundred epochs; the run without a penalty keeps a little of every feature.',
  'lesson.l1-vs-l2.title': 'L1 vs L2 side by side',
  'lesson.l1-vs-l2.description':
    'The same λ, two penalties. In the L1 panel most weights sit at exactly 0 (the zero fraction climbs); in the L2 panel they shrink but none reaches 0. Move λ and both runs follow.',
  'lesson.dropout.title': 'Dropout: p = 0.5 vs p = 1',
  'lesson.dropout.description':
    'p is the keep probability: p = 1 is no dropout. Without dropout the gap between training and validation loss grows large; with p = 0.5 training loss stays higher but validation loss stays much lower. The curves are evaluated with the full network, as at test time.',
  'lesson.early-stopping.title': 'Early stopping (mark only)',
  'lesson.early-stopping.description':
    'Early stopping watches validation loss and marks the best epoch and the epoch where its patience ran out, but keeps training so you can see what it would have prevented: the validation loss climbing after the marks.',
  'lesson.batch-norm.title': 'Batch normalization',
  'lesson.batch-norm.description':
    'A deep network of sigmoid units trained with plain SGD. Without batch norm the loss hangs near chance (about 0.69) for a long time; with it, the same network at the same learning rate learns the circle almost at once.',
  'lesson.augmentation.title': 'Augmentation: right and wrong',
  'lesson.augmentation.description':
    'XOR’s class is the sign of x1·x2. Random scaling keeps every label, so it is safe; a horizontal flip turns class 0 into class 1, so the “flip” run learns contradictions and its validation loss stays high. Check the warning beside the flip control.',
  'lesson.l1-l2-dropout.title': 'None, L1, L2, L2 + dropout',
  'lesson.l1-l2-dropout.description':
    'Four runs of the default lab on the same data and initial weights, each penalty at the same λ. Without regularization validation loss climbs after its early minimum. L1 sets many weights to exactly 0 (the network diagram loses links), L2 keeps every weight but small, and dropout (p = 0.5) on top of L2 keeps validation loss lowest. Move λ: the three penalized runs follow.',
  'lesson.combined.title': 'All techniques combined',
  'lesson.combined.description':
    'The overfitting setup with a mild L2 penalty, light dropout, jitter augmentation and early stopping marks, beside the same network with none of them. The combined run keeps a smooth boundary and ends with a far lower validation loss.',
} as const;

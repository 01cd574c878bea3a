// The lesson menu, its caption's frame and the lessons' run labels. The lessons' own texts (title,
// caption, what to look for) load with the catalog: see lessonTexts.ts. Run labels are here, in
// the start-up table, because a comparison panel shows its label (an i18n key, as stored in the
// link) before any lesson has loaded.
export const lessons = {
  'lesson.menu.label': 'Lesson',
  'lesson.menu.help': 'Load a prepared lesson: settings and a comparison that show one effect.',
  'lesson.menu.choose': 'Choose a lesson…',
  'lesson.caption.label': 'What to look for',
  'lesson.caption.hide': 'Hide',
  'lesson.caption.hideTitle': 'Fold the lesson’s text away to leave more room for the charts',
  'lesson.caption.show': 'What to look for',
  'lesson.caption.showTitle': 'Show what the lesson sets up and what to look for',
  'lesson.changed': 'Changed from the lesson.',
  'lesson.changed.help':
    'You changed a setting, so a link copied now opens your settings without the lesson.',
  'lesson.reload': 'Back to the lesson',
  'lesson.reloadTitle': 'Load the lesson’s settings again, from epoch 0',
  'lesson.compareOption': 'The lesson’s comparison',
  'lesson.quick.penaltiesAndDropout': 'None vs L1 vs L2 vs L2 + dropout',

  'lesson.run.noPenalty': 'No penalty',
  'lesson.run.scale': 'Scaling',
  'lesson.run.noAugmentation': 'No augmentation',
  'lesson.run.flip': 'Flip',
  'lesson.run.all': 'All techniques',
  'lesson.run.noTechnique': 'None of them',
  'lesson.run.l2Dropout': 'L2 + dropout p = 0.5',
  'lesson.run.bnLr2': 'BN, learning rate 2',
  'lesson.run.noBnLr2': 'No BN, learning rate 2',
  'lesson.run.noBnLr02': 'No BN, learning rate 0.2',
  'lesson.run.adamL2': 'Adam + L2',
  'lesson.run.adamW': 'AdamW',
  'lesson.run.sgdL2': 'SGD + L2',
  'lesson.run.sgdDecay': 'SGD + weight decay',
} as const;

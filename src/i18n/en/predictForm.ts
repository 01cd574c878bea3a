// The strings of the predict button and guessing form (src/compare/predict/PredictPanel.tsx), in
// their lazy chunk with them.
export const predictForm = {
  'predictForm.toggle.hide': 'Hide labels',
  'predictForm.toggle.show': 'Show labels',
  'predictForm.toggle.help':
    'Shuffle the panels and title them A, B, C, D so the class can guess which run is which (H).',
  'predictForm.form.title': 'Which run is which?',
  'predictForm.form.note':
    'Read the boundaries, the weights and the curves, then pick a run for each panel. Each run is used once.',
  'predictForm.form.guessLabel': 'Panel {letter} is',
  'predictForm.form.choose': 'Choose…',
  'predictForm.form.reveal': 'Reveal',
  'predictForm.form.tryAgain': 'Try again',
  'predictForm.form.tryAgainHelp': 'Shuffle the panels again and clear the guesses.',
  'predictForm.result.right': '✓ right: {run}',
  'predictForm.result.wrong': '✗ it is {run}',
  'predictForm.result.scoreLabel': 'Score: {correct} of {total} guessed right.',
} as const;

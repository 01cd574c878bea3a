// Strings of "predict, then reveal" (src/compare/predict): the comparison's panels hidden behind
// letters while the class guesses which run is which. Keys start with 'predict.'. Only what the
// start-up bundle needs is here; the button's and the form's load with them (predictForm.ts).
export const predict = {
  'predict.key': 'Hide or show the run labels for a guess',
} as const;

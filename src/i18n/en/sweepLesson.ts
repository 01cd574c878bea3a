// The strings of the lesson "Choose λ by validation" (src/sweep/sweepLesson.ts). Not yet in the
// start-up table (en/index.ts): the lesson catalog that shows the lesson registers them.
export const sweepLesson = {
  'lesson.choose-lambda.title': 'Choose λ by validation',
  'lesson.choose-lambda.description':
    'Run the sweep: every λ of the ladder trains three times from other initial weights. At λ = 0 the network overfits (training loss low, validation loss high); at the largest λ it underfits (both high). Choose the λ at the lowest point of the validation curve and press “Use this λ”: the main run then trains with it.',
} as const;

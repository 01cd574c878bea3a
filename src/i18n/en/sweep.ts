// The one sweep string the page needs at start-up: the button that opens the panel. The panel's
// own strings load with it (sweepPanel.ts), the lesson's with the lesson catalog (sweepLesson.ts).
export const sweep = {
  'sweep.open': 'Sweep λ and p',
} as const;

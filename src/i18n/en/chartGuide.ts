// The loss chart's reading guide (src/charts/LossGuideBody.tsx): loaded when a student opens it.
export const chartGuide = {
  'charts.guide.curves':
    'Solid: loss on the training points, which the network learns from. Dashed: loss on the validation points, which it never trains on: how well it generalizes.',
  'charts.guide.overfitting':
    'When training loss keeps falling while validation loss climbs, the network is memorizing noise. The hatched region marks it only once validation loss has stayed more than 10 % (or the minimum improvement, if larger) above its best for the patience window: never on a flat or noisy curve.',
  'charts.guide.logEpochs':
    'Log epoch axis: epochs 1–10, 10–100 and 100–1,000 get the same width, so the first epochs, where the curves turn, stay readable in a long run. It is on by itself past 1,000 epochs; untick it for a linear axis.',
} as const;

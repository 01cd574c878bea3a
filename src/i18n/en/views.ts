// The view tab bar's strings (src/views/ViewTabs.tsx): in the start-up bundle, so only the tab
// names. The views' own texts load with them (src/i18n/en/viewTexts.ts).
export const views = {
  'views.tabs': 'Views',
  'views.tab.lab': 'Lab',
  'views.tab.geometry': 'Geometry',
  'views.tab.dropout-ensemble': 'Dropout ensemble',
  'views.tab.batch-norm': 'Batch norm',
  'views.tab.weights-over-time': 'Weights over time',
  'views.tab.sweep': 'Sweep',
} as const;

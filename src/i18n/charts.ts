import { defineStrings } from './define';

// Strings of the charts (src/charts). Keys start with 'charts.'.
export const charts = defineStrings(
  {
    'charts.boundary.title': 'Decision boundary',
  },
  {
    'charts.boundary.title': '决策边界',
  },
);

import { defineStrings } from './define';

// Strings of the controls (src/components/controls). Keys start with 'controls.'.
export const controls = defineStrings(
  {
    'controls.play': 'Play',
  },
  {
    'controls.play': '播放',
  },
);

import { charts } from './charts';
import { common } from './common';
import { compare } from './compare';
import { controls } from './controls';
import { explanations } from './explanations';
import { lessons } from './lessons';
import { predict } from './predict';
import { presentation } from './presentation';
import { share } from './share';
import { views } from './views';

export const EN = {
  ...common,
  ...lessons,
  ...explanations,
  ...compare,
  ...controls,
  ...charts,
  ...presentation,
  ...share,
  ...predict,
  ...views,
};

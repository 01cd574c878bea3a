import type { Translation } from '../define';
import type { views as en } from '../en/views';

export const views: Translation<typeof en> = {
  'views.tabs': '视图',
  'views.tab.lab': '实验台',
  'views.tab.geometry': '几何',
  'views.tab.dropout-ensemble': 'Dropout 集成',
  'views.tab.batch-norm': '批归一化',
  'views.tab.weights-over-time': '权重随时间变化',
  'views.tab.sweep': '超参数扫描',
};

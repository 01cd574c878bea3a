import type { explanations as en } from '../en/explanations';
import type { Translation } from '../define';

export const explanations: Translation<typeof en> = {
  'explain.toggle': '解释：{name}',
  'explain.formula': '公式',
  'explain.does': '作用',
  'explain.look': '观察要点',
  'explain.pitfall': '常见误区',
  'explain.loading': '正在加载说明……',
  'explain.l2.name': 'L2 正则化',
  'explain.l1.name': 'L1 正则化',
  'explain.elasticnet.name': '弹性网络（Elastic Net）',
  'explain.dropout.name': 'Dropout',
  'explain.batchnorm.name': '批归一化（BN）',
  'explain.weightdecay.name': '权重衰减（AdamW）',
  'explain.augmentation.name': '数据增强',
  'explain.earlystopping.name': '早停法',
};

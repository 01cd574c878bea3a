import type { lessons as en } from '../en/lessons';
import type { Translation } from '../define';

export const lessons: Translation<typeof en> = {
  'lesson.menu.label': '课程',
  'lesson.menu.help': '载入一节准备好的课程：一组设置和一个对比，用来展示一种效果。',
  'lesson.menu.choose': '选择课程…',
  'lesson.caption.label': '观察要点',
  'lesson.caption.hide': '收起',
  'lesson.caption.hideTitle': '收起课程说明，为图表留出更多空间',
  'lesson.caption.show': '观察要点',
  'lesson.caption.showTitle': '显示本课的设置和观察要点',
  'lesson.changed': '已偏离本课的设置。',
  'lesson.changed.help': '你修改了设置，所以现在复制的链接会打开你的设置，而不包含这节课。',
  'lesson.reload': '回到本课',
  'lesson.reloadTitle': '重新载入本课的设置，从第 0 个周期开始',
  'lesson.compareOption': '本课的对比',
  'lesson.quick.penaltiesAndDropout': '无正则化、L1、L2 与 L2 + Dropout',

  'lesson.run.noPenalty': '无惩罚',
  'lesson.run.scale': '缩放',
  'lesson.run.noAugmentation': '无数据增强',
  'lesson.run.flip': '翻转',
  'lesson.run.all': '全部技术',
  'lesson.run.noTechnique': '都不使用',
  'lesson.run.l2Dropout': 'L2 + Dropout p = 0.5',
  'lesson.run.bnLr2': '批归一化，学习率 2',
  'lesson.run.noBnLr2': '无批归一化，学习率 2',
  'lesson.run.noBnLr02': '无批归一化，学习率 0.2',
  'lesson.run.adamL2': 'Adam + L2',
  'lesson.run.adamW': 'AdamW',
  'lesson.run.sgdL2': 'SGD + L2',
  'lesson.run.sgdDecay': 'SGD + 权重衰减',
};

import type { compare as en } from '../en/compare';
import type { Translation } from '../define';

export const compare: Translation<typeof en> = {
  'compare.select.label': '对比',
  'compare.select.help':
    '并排训练两到四个运行：数据、初始权重和批次顺序都相同，只有你要对比的那一项设置不同。',
  'compare.preset.none': '不对比',
  'compare.preset.regularization': '无正则 vs L1 vs L2',
  'compare.preset.dropout': 'p = 1 vs p = 0.5',
  'compare.preset.earlyStopping': '早停 开 vs 关',
  'compare.preset.batchNorm': '批归一化 开 vs 关',
  'compare.preset.custom': '自定义对比（来自链接）',

  'compare.run.none': '无正则化',
  'compare.run.l1': 'L1',
  'compare.run.l2': 'L2',
  'compare.run.p1': 'p = 1（不使用 Dropout）',
  'compare.run.p05': 'p = 0.5',
  'compare.run.esOn': '早停 开',
  'compare.run.esOff': '早停 关',
  'compare.run.bnOn': '批归一化 开',
  'compare.run.bnOff': '批归一化 关',

  'compare.runName.main': '主运行',
  'compare.runName.variant': '运行 {letter}',

  'compare.view.title': '并排运行',
  'compare.view.loading': '正在加载并排视图…',
  'compare.view.note':
    '所有运行使用相同的数据、初始权重和批次顺序，只有被对比的设置不同。播放、暂停、单步和重置同时控制它们。',
  'compare.view.end': '结束对比',
  'compare.view.endHelp': '回到由控制面板编辑的单个运行。',

  'compare.scrub.label': '显示的周期',
  'compare.scrub.help':
    '向回拖动可查看较早周期的决策边界和权重；曲线上会用一条竖线标出该周期。拖到最右端或按“实时”即可重新跟随训练。',
  'compare.scrub.live': '实时',
  'compare.scrub.liveHelp': '重新显示最新的周期。',
  'compare.scrub.showing': '正在显示第 {epoch} 个周期',
  'compare.scrub.following': '跟随训练',
  'compare.scrub.valueText': '第 {epoch} 个周期，共 {last} 个周期',
  'compare.scrub.best': '最佳 {epoch}',
  'compare.scrub.bestHelp': '显示验证集损失最低的那个周期（第 {epoch} 个周期）。',
  'compare.scrub.stop': '停止 {epoch}',
  'compare.scrub.stopHelp': '显示早停停止训练的那个周期（第 {epoch} 个周期）。',
  'compare.scrub.mark': '显示：{epoch}',
};

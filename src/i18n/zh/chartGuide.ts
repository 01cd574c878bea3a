import type { Translation } from '../define';
import type { chartGuide as en } from '../en/chartGuide';

export const chartGuide: Translation<typeof en> = {
  'charts.guide.curves':
    '实线：训练集上的损失，网络从这些点学习。虚线：验证集上的损失，网络从不在这些点上训练，它反映泛化能力。',
  'charts.guide.overfitting':
    '训练损失继续下降而验证集损失上升时，网络在记忆噪声。只有当验证集损失在整个耐心窗口内都比最佳值高出 10% 以上（若最小改善量更大则以它为准）时，才会画出斜线区域：平坦或有噪声的曲线上不会出现。',
  'charts.guide.logEpochs':
    '周期轴取对数：第 1–10、10–100 和 100–1000 个周期占相同的宽度，因此在长时间训练中，曲线转折的最初几个周期依然清晰。超过 1000 个周期时会自动打开；取消勾选即可使用线性轴。',
};

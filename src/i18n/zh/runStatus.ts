import type { Translation } from '../define';
import type { runStatus as en } from '../en/runStatus';

export const runStatus: Translation<typeof en> = {
  'controls.status.diverged': '训练在第 {epoch} 个周期发散：损失变成了 NaN 或 ∞。',
  'controls.status.divergedWhy':
    '学习率（{lr}）可能过大：每一步都走过了头，权重不断增大，直到数值溢出。',
  'controls.status.resetLowerLr': '降低学习率并重置',
  'controls.status.resetLowerLrTitle': '把学习率除以 10（变为 {lr}）并重新开始',
  'controls.status.stopped':
    '早停法在第 {stop} 个周期停止了训练：验证集损失最后一次改进是在第 {best} 个周期。',
  'controls.status.restored': '已恢复第 {best} 个周期的权重。',
  'controls.status.notRestored': '当前权重来自停止时的第 {stop} 个周期。',
  'controls.status.markOnlyHint':
    '想看之后会发生什么，请在“早停法”中勾选“仅标记（继续训练）”，然后按“重置”。',
  'controls.status.marked':
    '早停法本应在第 {stop} 个周期停止（最佳周期为第 {best} 个）；训练仍在继续，你可以观察它所避免的过拟合。',
  'controls.status.done': '训练已自动暂停：本实验的 {epochs} 个周期预算已用完。',
  'controls.status.trainOn': '继续训练',
  'controls.status.trainOnTitle': '从这里再训练 {epochs} 个周期',
  'controls.status.othersTrainOn': '其他运行继续训练。',
  'controls.status.doneOne': '它的 {epochs} 个周期预算已用完。',
  'controls.status.playRefusedStopped':
    '没有可以继续训练的运行：早停已结束训练。“继续训练”会越过停止点继续（早停此后只做标记）；“重置”则从头开始。',
  'controls.status.playRefusedDiverged':
    '没有可以继续训练的运行：训练已发散。请降低学习率并重置，从头开始。',
  'controls.status.keepTraining': '继续训练（只标记停止点）',
  'controls.status.problem': '该设置无法应用：{message}',
};

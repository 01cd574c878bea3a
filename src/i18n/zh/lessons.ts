import type { lessons as en } from '../en/lessons';
import type { Translation } from '../define';

export const lessons: Translation<typeof en> = {
  'lesson.menu.label': '课程',
  'lesson.menu.help': '载入一节准备好的课程：一组设置和一个对比，用来展示一种效果。',
  'lesson.menu.choose': '选择课程…',
  'lesson.caption.label': '观察要点',
  'lesson.overfitting.title': '不加正则化时的过拟合',
  'lesson.overfitting.description':
    '数据点少且有噪声（十分之一的标签是错的），网络又拿到了全部七个特征。按“播放”后观察损失曲线：训练损失一直降向 0，验证集损失却很早就到达最低点，随后开始上升。决策边界会绕着个别标错的点弯曲。',
  'lesson.l2.title': 'L2 使权重变小',
  'lesson.l2.description':
    '同样会过拟合的设置，加上 L2 惩罚项，旁边是不加惩罚的对照。比较权重直方图：L2 把所有权重拉向 0（但没有一个精确为 0），权重范数保持很小，决策边界保持平滑，验证集损失不再上升。',
  'lesson.l1-features.title': 'L1 关闭无用特征',
  'lesson.l1-features.description':
    '圆形数据只需要 x1² 和 x2²，但模型拿到了全部七个特征。加上 L1 后，五个无用特征的权重在几百轮内变为精确的 0，这就是特征选择；不加惩罚的对照则每个特征都保留一点权重。',
  'lesson.l1-vs-l2.title': 'L1 与 L2 对比',
  'lesson.l1-vs-l2.description':
    '相同的 λ，两种惩罚项。L1 面板中大多数权重精确为 0（零权重比例上升），是稀疏权重；L2 面板中权重变小，但没有一个变为 0。调整 λ，两次训练同时跟着变化。',
  'lesson.dropout.title': 'Dropout：p = 0.5 与 p = 1',
  'lesson.dropout.description':
    'p 是保留概率：p = 1 表示不使用 Dropout。不用 Dropout 时训练损失与验证集损失之间的差距变得很大；p = 0.5 时训练损失较高，验证集损失却低得多。曲线用完整网络评估，与测试时相同。',
  'lesson.early-stopping.title': '早停法（仅标记）',
  'lesson.early-stopping.description':
    '早停法监控验证集损失，标出最佳轮次和耐心耗尽的轮次，但仍继续训练，让你看到它本可避免的情况：标记之后验证集损失持续上升。',
  'lesson.batch-norm.title': '批归一化',
  'lesson.batch-norm.description':
    '一个由 sigmoid 单元组成的深层网络，用普通 SGD 训练。没有批归一化时，损失长时间停在随机猜测的水平（约 0.69）；加上批归一化，同样的网络、同样的学习率几乎立刻学会了圆形边界。',
  'lesson.augmentation.title': '数据增强：对与错',
  'lesson.augmentation.description':
    'XOR 的类别是 x1·x2 的符号。随机缩放不改变任何标签，因此是安全的；水平翻转会把类别 0 变成类别 1，所以“flip”这次训练学到的是相互矛盾的数据，验证集损失一直很高。请留意翻转选项旁的警告。',
  'lesson.l1-l2-dropout.title': '无正则化、L1、L2、L2 + Dropout',
  'lesson.l1-l2-dropout.description':
    '默认实验的四次训练，数据和初始权重都相同，三种惩罚使用相同的 λ。不加正则化时，验证集损失在较早的最低点之后上升。L1 把许多权重精确地变为 0（网络图中的连线随之消失），L2 保留所有权重但让它们变小，在 L2 之上再加 Dropout（p = 0.5）时验证集损失最低。调整 λ，三次加惩罚的训练同时跟着变化。',
  'lesson.combined.title': '组合使用各种技术',
  'lesson.combined.description':
    '在会过拟合的设置上同时使用较弱的 L2 惩罚、轻度 Dropout、抖动数据增强和早停标记，旁边是什么都不加的同一网络。组合后的训练保持平滑的决策边界，最终验证集损失低得多。',
};

import type { lessonTexts as en } from '../en/lessonTexts';
import type { Translation } from '../define';

export const lessonTexts: Translation<typeof en> = {
  'lesson.overfitting.title': '不加正则化时的过拟合',
  'lesson.overfitting.caption':
    '四十个带噪声的训练点（十分之一的标签是错的），网络拿到全部七个特征：足以把它们全部记住。',
  'lesson.overfitting.lookFor':
    '按“播放”后观察损失曲线：训练损失一直降向 0，验证集损失在第 40 个周期附近最低，随后开始上升。决策边界会绕着个别标错的点弯曲。',

  'lesson.l2.title': 'L2 使权重变小',
  'lesson.l2.caption': '会过拟合的实验加上 L2 惩罚项（λ = 0.01），旁边是不加惩罚的同一网络。',
  'lesson.l2.lookFor':
    '比较权重直方图：L2 把所有权重拉向 0，但没有一个精确为 0；权重范数保持很小，决策边界保持平滑，验证集损失不再上升。',

  'lesson.l1-features.title': 'L1 关闭无用特征',
  'lesson.l1-features.caption':
    '在圆形数据上做逻辑回归，给出全部七个特征并加上较强的 L1 惩罚；旁边是不加惩罚的同一模型。',
  'lesson.l1-features.lookFor':
    '圆形数据只需要 x1² 和 x2²。在 L1 下，其余五个特征的权重在大约 160 个周期内先后变为精确的 0（零权重比例逐级上升），这就是特征选择；不加惩罚时每个特征都保留一点权重。',

  'lesson.l1-vs-l2.title': 'L1 与 L2 对比',
  'lesson.l1-vs-l2.caption': '同一个网络、同一个 λ，两种惩罚项。',
  'lesson.l1-vs-l2.lookFor':
    'L1 面板中大多数权重精确为 0（零权重比例在约 20 个周期内超过 50%），是稀疏权重；L2 面板中权重变小，但没有一个变为 0。调整 λ，两次训练同时跟着变化。',

  'lesson.dropout.title': 'Dropout：p = 0.5 与 p = 1',
  'lesson.dropout.caption':
    '会过拟合的实验加上保留概率 p = 0.5 的 Dropout，旁边是不用 Dropout 的同一网络（p = 1）。',
  'lesson.dropout.lookFor':
    '不用 Dropout 时，训练损失与验证集损失之间的差距变得很大；p = 0.5 时训练损失较高，验证集损失却低得多。曲线用完整网络评估，与测试时相同。',

  'lesson.early-stopping.title': '早停法（仅标记）',
  'lesson.early-stopping.caption':
    '会过拟合的实验，早停法设为“仅标记”（耐心 100 个周期）：标出本应停止的位置，但继续训练。',
  'lesson.early-stopping.lookFor':
    '最佳周期标在第 36 个周期附近，停止标记在 100 个周期之后。标记之后验证集损失继续上升：这正是在那里停止所能避免的。',

  'lesson.batch-norm.title': '批归一化',
  'lesson.batch-norm.caption':
    '由 sigmoid 单元组成的深层网络（四层，每层 8 个单元），用普通 SGD 训练，有批归一化与没有批归一化对比。',
  'lesson.batch-norm.lookFor':
    '没有批归一化时，损失长时间停在随机猜测的水平（约 0.69）；有批归一化时，同样的网络、同样的学习率在约 20 个周期内就学会了圆形边界。',

  'lesson.augmentation.title': '数据增强：对与错',
  'lesson.augmentation.caption': '点数很少的 XOR 数据，分别用随机缩放、不做增强和水平翻转训练。',
  'lesson.augmentation.lookFor':
    'XOR 的类别是 x1·x2 的符号。缩放不改变任何标签，效果和不做增强一样好；水平翻转会把类别 0 变成类别 1，所以“翻转”这次训练学到的是相互矛盾的数据，验证集损失一直很高。请留意翻转选项旁的警告。',

  'lesson.l1-l2-dropout.title': '无正则化、L1、L2、L2 + Dropout',
  'lesson.l1-l2-dropout.caption':
    '默认实验的四次训练，数据和初始权重都相同，三种惩罚使用相同的 λ。',
  'lesson.l1-l2-dropout.lookFor':
    '不加正则化时，验证集损失在较早的最低点之后上升。L1 把许多权重精确地变为 0（网络图中的连线随之消失），L2 保留所有权重但让它们变小，在 L2 之上再加 Dropout（p = 0.5）时验证集损失最低。调整 λ，三次加惩罚的训练同时跟着变化。',

  'lesson.combined.title': '组合使用各种技术',
  'lesson.combined.caption':
    '会过拟合的实验同时使用较弱的 L2 惩罚、轻度 Dropout、抖动数据增强和早停标记，旁边是什么都不加的同一网络。',
  'lesson.combined.lookFor':
    '组合后的训练保持平滑的决策边界，最终的验证集损失低于不加正则化的训练曾达到的最低值。',

  'lesson.l1-geometry.title': '为什么 L1 会产生精确的 0',
  'lesson.l1-geometry.caption':
    '在两个几乎表达同一信息的特征上做逻辑回归，整个模型只有两个权重：相同 λ 下 L1、L2 与无惩罚对比。',
  'lesson.l1-geometry.lookFor':
    '损失的等高线是细长的椭圆；L1 的菱形在角上、也就是坐标轴上与它们相切，所以 x1 的权重（约在第 70 个周期）变为精确的 0 并保持不变。L2 的圆没有角：两个权重都保留。',

  'lesson.dropout-ensemble.title': 'Dropout 是一种集成',
  'lesson.dropout-ensemble.caption':
    '两个各有 16 个单元的隐藏层，用 Dropout（保留概率 p = 0.5）学习圆形数据。',
  'lesson.dropout-ensemble.lookFor':
    '每条淡线是一个稀疏化的子网络；它们的平均与完整网络的决策边界很接近。忘记测试时的缩放约定，决策边界就会移动。',

  'lesson.batch-norm-learning-rate.title': '批归一化：噪声与更高的学习率',
  'lesson.batch-norm-learning-rate.caption':
    '三层 tanh 网络用普通 SGD、学习率 2 训练，有批归一化；旁边是没有批归一化的同一网络，学习率分别为 2 和 0.2。',
  'lesson.batch-norm-learning-rate.lookFor':
    '学习率为 2 时，有批归一化的网络能学会，没有批归一化的同一网络学不会；不用批归一化时把学习率降到十分之一又能学会。批越小，批统计量的噪声越大。',

  'lesson.l2-vs-adamw.title': 'Adam 下的 L2 与 AdamW',
  'lesson.l2-vs-adamw.caption':
    '同样的 λ = 0.01，分别作为 L2 惩罚项和解耦权重衰减（AdamW），在 Adam 和普通 SGD 下对比。',
  'lesson.l2-vs-adamw.lookFor':
    '用 SGD 时，L2 与权重衰减是同一次训练，曲线重合。用 Adam 时，L2 的梯度被 √v̂ 相除，作用不均匀，这里它把权重压得小得多；AdamW 对每个权重一视同仁，每步按 lr·λ 缩小。',
  'lesson.choose-lambda.title': '用验证集选择 λ',
  'lesson.choose-lambda.caption':
    '默认实验加上 L2 惩罚项，预算 500 个周期，并对 λ 阶梯做一次扫描：每个 λ 各从不同的初始权重训练三次，每个点训练完就画到验证曲线上。',
  'lesson.choose-lambda.lookFor':
    'λ = 0 时网络过拟合（训练损失低，验证集损失高）；λ 最大时欠拟合（两者都高）。选验证曲线最低点的 λ，再按“使用这个 λ”：主运行随即正好用这个 λ 训练。',
};

import type { controls as en } from '../en/controls';
import type { Translation } from '../define';

export const controls: Translation<typeof en> = {
  'controls.panel.title': '设置',
  'controls.help.about': '关于“{name}”',
  'controls.number.invalid': '“{text}”不是 {min} 到 {max} 之间的数，未被应用；数值仍为 {kept}。',
  'controls.number.invalidInteger':
    '“{text}”不是 {min} 到 {max} 之间的整数，未被应用；数值仍为 {kept}。',

  'controls.runs.add': '添加一个运行',
  'controls.runs.addHelp':
    '在旁边添加一个主运行的副本（最多四个运行）；在副本中改动一项设置来对比。所有运行一起从第 0 个周期重新开始。',

  'controls.section.regularization': '正则化（L1、L2）',
  'controls.section.dropout': 'Dropout',
  'controls.section.earlyStopping': '早停法',
  'controls.section.augmentation': '数据增强',
  'controls.section.data': '数据',
  'controls.section.features': '特征',
  'controls.section.network': '网络结构',
  'controls.section.optimizer': '优化器',

  'controls.reg.kind': '正则化',
  'controls.reg.kind.help':
    '在损失函数中加入与权重相关的惩罚项，使网络偏向更简单的解，从而减少过拟合。',
  'controls.reg.kind.none': '无',
  'controls.reg.kind.l1': 'L1（Lasso）：稀疏权重',
  'controls.reg.kind.l2': 'L2：权重衰减',
  'controls.reg.kind.elasticnet': '弹性网络（Elastic Net）：L1 + L2',
  'controls.reg.lambda': '正则化强度 λ',
  'controls.reg.lambdaValue': '正则化强度 λ 数值',
  'controls.reg.lambda.help':
    '惩罚的力度。0 表示不惩罚；λ 越大，权重越小（L2），或越多权重被精确地压缩到 0（L1）。λ 过大会导致欠拟合。',
  'controls.reg.lambda.inactive': '正则化为“无”时不起作用。',
  'controls.reg.lambda.beyond':
    '超出了本实验滑块的范围（{min} … {max}）：滑块停在端点，运行使用输入的 λ。',
  'controls.reg.lambda.allZero': 'λ 太大，所有权重都为 0：模型只预测一个类别。',
  'controls.reg.lambda.oneClass':
    '模型现在在整张图上只预测一个类别。如果一直如此，说明 λ 对本实验来说太强了：请调小它。',
  'controls.reg.l1Ratio': '弹性网络 L1 比例 α',
  'controls.reg.l1Ratio.help':
    '弹性网络惩罚项 λ·(α·Σ|w| + (1 − α)/2·Σw²) 中 L1 所占的比例 α：1 为纯 L1，0 为纯 L2。',
  'controls.reg.l1Method': 'L1 方法',
  'controls.reg.l1Method.help':
    '近端法：每步之后，把会越过 0 的权重精确地置为 0，模型因而变得稀疏。次梯度法：在梯度上加上 λ·sign(w)，权重只会在 0 附近抖动，而不会恰好为 0。',
  'controls.reg.l1Method.proximal': '近端法（精确置 0）',
  'controls.reg.l1Method.subgradient': '次梯度法（在 0 附近抖动）',
  'controls.reg.l1Method.inactive': '仅用于 L1 和弹性网络。',
  'controls.reg.decoupled': '解耦权重衰减（AdamW）',
  'controls.reg.decoupled.help':
    '使用 Adam 时，L2 惩罚并不等于权重衰减：它的梯度会和数据梯度一起被缩放，大权重因此衰减得不够。解耦权重衰减在 Adam 步骤之外直接把每个权重减小 η·λ·w（即 AdamW）。使用普通 SGD 时两者完全相同。',
  'controls.reg.decoupled.inactiveKind': '作用于 L2 部分：请选择 L2 或弹性网络。',
  'controls.reg.decoupled.inactiveSgd': '使用普通 SGD 时没有区别；请配合 Adam 试试。',

  'controls.dropout.keep': 'Dropout 保留概率 p',
  'controls.dropout.keep.help':
    '训练时每个隐藏神经元以概率 p 被保留，以 1 − p 的概率被丢弃，保留下来的输出乘以 1/p（Inverted Dropout）。测试时不进行 Dropout，使用完整网络。p = 1 表示不使用 Dropout。（PyTorch 的 Dropout 参数是丢弃率 1 − p。）',
  'controls.dropout.dropRate': '丢弃率 1 − p = {rate}',
  'controls.dropout.noHidden': '没有隐藏层，Dropout 无神经元可丢弃。',

  'controls.es.enabled': '早停法',
  'controls.es.enabled.help':
    '每个训练周期（Epoch）结束后监控验证集损失；若连续“耐心值”个周期都没有改进，就停止训练。',
  'controls.es.needsVal': '需要大于 0 的验证集比例（见“数据”）。',
  'controls.es.patience': '耐心值（周期数）',
  'controls.es.patience.help': '停止之前，最多允许连续多少个周期没有改进。',
  'controls.es.minDelta': '最小改进量',
  'controls.es.minDelta.help': '验证集损失比目前最佳值低出超过该值，才算一次改进。',
  'controls.es.restoreBest': '恢复最佳权重',
  'controls.es.restoreBest.help': '停止时，恢复验证集损失最低的那个周期的权重。',
  'controls.es.markOnly': '仅标记（继续训练）',
  'controls.es.markOnly.help': '只标记本应停止的位置，但继续训练，以便看到早停法所避免的过拟合。',

  'controls.aug.jitter': '抖动 σ',
  'controls.aug.jitter.help': '每个周期给每个训练点重新加上标准差为 σ 的高斯噪声。0 = 关闭。',
  'controls.aug.rotate': '旋转（度）',
  'controls.aug.rotate.help': '将每个训练点绕原点随机旋转，角度最多为 ± 该度数。0 = 关闭。',
  'controls.aug.flip': '翻转',
  'controls.aug.flip.help':
    '随机镜像训练点：水平翻转把 x1 变为 −x1，垂直翻转把 x2 变为 −x2，各自的概率为 ½。',
  'controls.aug.flip.none': '不翻转',
  'controls.aug.flip.horizontal': '水平（x1 → −x1）',
  'controls.aug.flip.vertical': '垂直（x2 → −x2）',
  'controls.aug.flip.both': '水平和垂直',
  'controls.aug.scale': '缩放',
  'controls.aug.scale.help': '将每个训练点乘以 1 − scale 到 1 + scale 之间的随机因子。0 = 关闭。',
  'controls.aug.mixup': 'Mixup α',
  'controls.aug.mixup.help':
    '按 Beta(α, α) 权重把每个训练点与随机的另一个点混合，标签也按比例混合，成为软标签。0 = 关闭。',

  'controls.safety.jitter.approximately': '较小的抖动大致保持标签不变；σ 过大会把点推到另一类中。',
  'controls.safety.mixup.softens': 'Mixup 把标签混合成 0 到 1 之间的软标签。',
  'controls.safety.rotate.preserves': '旋转保持{dataset}的标签不变。',
  'controls.safety.rotate.approximately': '旋转只能大致保持{dataset}的标签。',
  'controls.safety.rotate.breaks': '旋转会改变{dataset}的标签。',
  'controls.safety.flip.preserves': '翻转保持{dataset}的标签不变。',
  'controls.safety.flip.approximately': '翻转只能大致保持{dataset}的标签。',
  'controls.safety.flip.breaks': '翻转会改变{dataset}的标签。',
  'controls.safety.scale.preserves': '缩放保持{dataset}的标签不变。',
  'controls.safety.scale.approximately': '缩放只能大致保持{dataset}的标签。',
  'controls.safety.scale.breaks': '缩放会改变{dataset}的标签。',
  'controls.safety.unknown': '对自定义数据点，标签是否保持不变取决于这些点本身。',
  'controls.safety.breaksActive': '网络正在学习错误的答案。',

  'controls.dataset.circle': '圆形',
  'controls.dataset.xor': 'XOR（异或）',
  'controls.dataset.gaussian': '双高斯',
  'controls.dataset.spiral': '螺旋',
  'controls.dataset.moons': '双月',
  'controls.dataset.custom': '自定义数据点',

  'controls.data.dataset': '数据集',
  'controls.data.dataset.help':
    '玩具问题：平面上的点，每个点属于类别 0 或类别 1。更换数据集会开始新的训练。',
  'controls.data.samples': '样本数',
  'controls.data.samples.help': '生成多少个点，之后再划分为训练集、验证集和测试集。',
  'controls.data.samples.custom': '自定义数据点不使用此项。',
  'controls.data.noise': '输入噪声',
  'controls.data.noise.help': '加在每个点位置上的高斯噪声的标准差，使两类相互重叠。',
  'controls.data.labelNoise': '标签噪声',
  'controls.data.labelNoise.help':
    '标签被翻转的点所占的比例。灵活的网络会把它们记住：这就是看得见的过拟合。',
  'controls.data.train': '训练集比例',
  'controls.data.train.help':
    '用于训练网络的点所占的比例。测试集比例是剩下的部分：1 − 训练集 − 验证集。',
  'controls.data.val': '验证集比例',
  'controls.data.val.help': '留出来在训练过程中监控泛化能力的点所占的比例；早停法使用它。',
  'controls.data.test': '测试集比例 = {share}',
  'controls.data.seed': '随机种子',
  'controls.data.seed.help':
    '决定一切随机性：数据、划分、初始权重、批次顺序、Dropout 和数据增强。相同的设置和种子得到完全相同的结果。',
  'controls.data.newSeed': '新种子',
  'controls.data.newSeed.help': '随机选一个种子：新的数据和新的初始权重。',

  'controls.features.legend': '网络的输入',
  'controls.features.help':
    '把点 (x1, x2) 的哪些函数作为网络的输入。有了 x1² 和 x2²，即使没有隐藏层的网络也能画出圆形边界。更改特征会开始新的训练。',
  'controls.features.keepOne': '至少保留一个特征：网络需要输入。',

  'controls.net.layers': '隐藏层数',
  'controls.net.layers.help': '网络有多少个隐藏层，0 到 6。更改网络结构会开始新的训练。',
  'controls.net.addLayer': '添加一层',
  'controls.net.removeLayer': '删除一层',
  'controls.net.noLayers': '没有隐藏层：网络是特征的线性模型（逻辑回归）。',
  'controls.net.unitsLegend': '每层神经元数',
  'controls.net.units': '第 {n} 层神经元数',
  'controls.net.units.help':
    '每个隐藏层有多少个神经元，1 到 32。神经元越多，能拟合的边界越复杂，也越容易过拟合。',
  'controls.net.activation': '激活函数',
  'controls.net.activation.help': '每个隐藏神经元对其输入加权和所施加的函数。',
  'controls.net.activation.relu': 'ReLU',
  'controls.net.activation.tanh': 'tanh',
  'controls.net.activation.sigmoid': 'Sigmoid',
  'controls.net.activation.linear': '线性（无激活）',
  'controls.net.batchNorm': '批归一化',
  'controls.net.batchNorm.help':
    '在激活函数之前，在 mini-batch 上对每个隐藏层做归一化。它能加速收敛、稳定训练，批次间的随机性还带来轻微的正则化效果。',

  'controls.opt.kind': '优化器',
  'controls.opt.kind.help': '如何根据梯度更新权重。',
  'controls.opt.kind.sgd': 'SGD',
  'controls.opt.kind.momentum': '带动量的 SGD',
  'controls.opt.kind.adam': 'Adam',
  'controls.opt.lr': '学习率',
  'controls.opt.lrValue': '学习率数值',
  'controls.opt.lr.help': '每次更新的步长。太大则损失来回跳动甚至发散；太小则训练非常缓慢。',
  'controls.opt.batch': '批大小',
  'controls.opt.batch.help':
    '每次更新使用的训练点数。小批次的步骤带有噪声，有轻微的正则化效果；全批量使用全部训练点。',
  'controls.opt.fullBatch': '全批量',

  'controls.play': '播放',
  'controls.pause': '暂停',
  'controls.playback.label': '训练',
  'controls.playback.playTitle': '开始或暂停训练（空格键）',
  'controls.playback.step': '前进一个周期',
  'controls.playback.stepTitle': '暂停并只再训练一个周期（→ 或 .）',
  'controls.playback.reset': '重置',
  'controls.playback.resetTitle': '从初始权重重新开始（R）',
  'controls.playback.speed': '训练速度',
  'controls.playback.speedTitle': '放慢以观察每个周期，或尽可能快地训练',
  'controls.playback.speedOne': '每秒 1 个周期',
  'controls.playback.speedN': '每秒 {n} 个周期',
  'controls.playback.fastest': '尽可能快',
  'controls.playback.epoch': '周期',
  'controls.playback.measured': '每秒 {eps} 个周期',
  'controls.playback.measuredTitle': '过去一秒实测的训练速度',
};

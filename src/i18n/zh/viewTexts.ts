import type { Translation } from '../define';
import type { viewTexts as en } from '../en/viewTexts';

export const viewTexts: Translation<typeof en> = {
  'view.waiting': '训练线程正在计算这个视图…',
  'view.source':
    '由训练线程根据第 {epoch} 周期的模型计算（耗时 {ms} 毫秒）；训练时每秒最多更新五次。',
  'view.problem.no-batch-norm':
    '这个模型没有批归一化：请在“网络结构”中打开批归一化，才能比较批次统计量与滑动平均。',
  'view.problem.no-hidden-layer':
    '这个模型没有隐藏层，Dropout 没有可以丢弃的单元：请在“网络结构”中添加隐藏层。',
  'view.problem.too-few-weights': '几何视图需要至少有两个权重的模型：请添加一个特征或一个隐藏层。',
  'view.problem.failed': '无法计算这个视图：{message}',

  'geometry.title': '几何：为什么 L1 会产生精确的 0',
  'geometry.guide':
    '带惩罚的最小值（▲）位于最小的惩罚区域与损失等高线相切之处：在 L1 菱形的顶点上，有一个权重精确为 0，点落在坐标轴上。',
  'geometry.pick.a': '横轴权重',
  'geometry.pick.b': '纵轴权重',
  'geometry.zoom': '放大到模型附近',
  'geometry.pick.layer': '第 {n} 层',
  'geometry.axis': '权重 {weight}',
  'geometry.plane.label':
    '权重 {a} 与 {b} 所在平面上的数据损失等高线、惩罚区域和两个最小值；模型当前位于 {point}。',
  'geometry.exactZero': '0（精确）',
  'geometry.onAxis': '{weight} 在模型中精确为 0：点落在坐标轴上。',
  'geometry.offAxis': '两个权重都不精确为 0：点不在坐标轴上。',
  'geometry.readout.penalty': '惩罚项',
  'geometry.readout.penalizedMin': '加惩罚后的最小值',
  'geometry.readout.dataMin': '数据损失的最小值',
  'geometry.readout.loss': '当前数据损失',
  'geometry.penalty.none': '无（λ 不起作用）',
  'geometry.penalty.l1': 'L1，λ = {l1}',
  'geometry.penalty.l2': 'L2，λ = {l2}',
  'geometry.penalty.elasticnet': '弹性网络，λα = {l1}，λ(1 − α) = {l2}',
  'geometry.unbounded': '不存在：权重越大损失越小（数据可以被完全分开）',
  'geometry.notFound': '搜索范围内未找到',
  'geometry.key.contours': '数据损失等高线',
  'geometry.key.through': '经过模型的等高线',
  'geometry.key.region.l1': '经过模型的 L1 菱形',
  'geometry.key.region.l2': '经过模型的 L2 圆',
  'geometry.key.region.elasticnet': '经过模型的弹性网络区域',
  'geometry.key.axes': '坐标轴（某个权重 = 0）',
  'geometry.key.point': '当前模型',
  'geometry.key.path': '训练过程中的轨迹',
  'geometry.key.dataMin': '数据损失的最小值',
  'geometry.key.penalizedMin': '加惩罚后的最小值',

  'geometry.line.title': '单个权重：为什么精确为 0',
  'geometry.line.guide':
    'λ|w| 在 0 处有一个折角：只要数据损失在 0 处的斜率小于 λ，两者之和就在精确的 0 处最小；近端更新把落在 0 附近 t 以内的每一步都送到 0。',
  'geometry.line.pick': '一维权重',
  'geometry.line.label': '沿权重 {weight}（其他参数固定）的数据损失、惩罚项及两者之和。',
  'geometry.line.y': '损失',
  'geometry.line.key.data': '数据损失',
  'geometry.line.key.penalty': '惩罚项',
  'geometry.line.key.total': '数据损失 + 惩罚项',
  'geometry.line.key.map': '软阈值 S_t(u)',
  'geometry.line.key.step': '下一次更新',
  'geometry.line.key.min': '最小值',
  'geometry.prox.label': '权重 {weight} 的 L1 近端更新的软阈值映射，以及它的下一次更新。',
  'geometry.prox.x': 'u：梯度步之后',
  'geometry.prox.y': 'S_t(u)：L1 步之后',
  'geometry.prox.readout':
    '步长 η = {eta}，阈值 t = η·λ = {t}：梯度步得到 u = {u}，L1 步得到 S_t(u) = {after}。',
  'geometry.prox.subgradient':
    '这个运行使用次梯度方法：它把 λ·sign(w) 加到梯度上，而不做这一步，所以权重在 0 附近抖动，而不会停在 0 上。',

  'dropout.title': 'Dropout：由稀疏子网络组成的集成',
  'dropout.guide':
    '每条浅色线是一个子网络（固定的 Dropout 掩码）；虚线是它们的平均；完整网络（实线）与这个平均很接近。',
  'dropout.members': '子网络数 K = {k}',
  'dropout.resample': '重新采样',
  'dropout.showSpread': '不确定性（MC Dropout）',
  'dropout.forget': '忘记缩放',
  'dropout.spreadAxis': '各掩码下 P(类别 1) 的标准差',
  'dropout.map.full': '完整网络在平面上的 P(类别 1)，以及 {k} 个子网络和它们平均的决策边界。',
  'dropout.map.unscaled':
    '不按测试时约定（每个隐藏输出 × p）计算的完整网络的 P(类别 1)，以及各子网络的决策边界。',
  'dropout.map.spread':
    '蒙特卡洛 Dropout 的不确定性：{k} 个掩码下 P(类别 1) 的标准差，以及决策边界。',
  'dropout.key.member': '一个子网络（0.5 等高线）',
  'dropout.key.mean': '它们的平均',
  'dropout.key.full': '完整网络（评估）',
  'dropout.key.unscaled': '未缩放（错误）',
  'dropout.readout.agreement': '与平均的判定相同',
  'dropout.readout.meanDiff': '与平均的平均 |Δp|',
  'dropout.readout.accFull': '验证集准确率：完整网络',
  'dropout.readout.accEnsemble': '集成平均',
  'dropout.readout.accUnscaled': '未缩放',
  'dropout.readout.unscaledAgreement': '未缩放：与平均的判定相同',
  'dropout.keepNote':
    '保留概率 p = {p}：训练时每个隐藏单元以概率 p 保留并除以 p，所以测试时完整网络无需任何改动。',
  'dropout.forgetNote':
    '测试时再把每个隐藏输出乘以 p（混用了两种约定），下一层收到的是它学习时的 p 倍：验证集准确率下降 {drop}。',
  'dropout.noDropout':
    'p = 1：没有单元被丢弃，所以每个子网络都是完整网络。降低保留概率才能看到集成。',

  'bn.title': '批归一化：训练时用批次统计量，评估时用滑动平均',
  'bn.guide':
    '训练时每个点都按它所在批次的均值和方差归一化，所以它的预测取决于同批的其他点；批次越小，统计量越嘈杂，边界离评估时的越远。',
  'bn.batchSize': '批大小 B = {b}',
  'bn.newBatch': '换一个批次',
  'bn.map.batch': '用这个批次的统计量（B = {b}）',
  'bn.map.batchLabel': '所有点都按 {b} 个随机训练点（带圈）的统计量归一化时的 P(类别 1)。',
  'bn.map.running': '用滑动平均（评估）',
  'bn.map.runningLabel': '用滑动平均时的 P(类别 1)：评估所用的决策边界。',
  'bn.key.batch': '用批次统计量的决策边界',
  'bn.key.running': '用滑动平均的决策边界',
  'bn.key.rows': '这个批次的训练点',
  'bn.readout.difference': '平均 |Δp|：{b} 个点的批次 vs 滑动平均',
  'bn.readout.agreement': '判定相同',
  'bn.readout.validation': '验证集上的平均 |Δp|',
  'bn.noise.title': '批次越小，噪声越大',
  'bn.noise.guide':
    '批次统计量与滑动平均之间的差异（每种批大小取 8 个随机批次的平均）：起正则化作用的噪声。',
  'bn.noise.label': '批次统计量与滑动平均的预测之间的平均差异随批大小的变化。',
  'bn.noise.x': '批大小',
  'bn.noise.y': '平均 |Δp|',
  'bn.noise.key.grid': '整个平面',
  'bn.noise.key.val': '验证集',
  'bn.noise.table': '各批大小下整个平面上的平均 |Δp|',
  'bn.stats.title': '各层统计量：滑动平均与批次对比',
  'bn.stats.guide':
    '每个单元的滑动均值和方差（评估时除以它们）与这个 {b} 个点的批次的统计量（训练时除以它们）对比。',
  'bn.stats.key.running': '滑动平均',
  'bn.stats.key.batch': '这个批次',
  'bn.stats.mean': '第 {layer} 层：各单元的均值',
  'bn.stats.variance': '第 {layer} 层：各单元的方差',
  'bn.stats.unit': 'u{j}',

  'wot.title': '权重随时间变化',
  'wot.guide':
    '每一列是某个已保存周期的权重直方图：L1 下权重塌缩到上方“精确为 0”的柱里，L2 下分布变窄但不会到 0。',
  'wot.x': '周期',
  'wot.y': '权重值',
  'wot.zeroRow': '精确为 0',
  'wot.label':
    '截至第 {last} 周期、{epochs} 个已保存周期的权重直方图：值对周期的热图，上方是精确为 0 的权重。',
  'wot.best': '最佳 {epoch}',
  'wot.stop': '停止 {epoch}',
  'wot.shown': '周期 {epoch}',
  'wot.key.count': '每个区间的权重数（越深越多）',
  'wot.key.zero': '精确为 0 的权重',
  'wot.key.best': '验证集最佳周期',
  'wot.key.stop': '早停周期',
  'wot.key.shown': '拖动条所示周期',
  'wot.readout.epoch': '周期',
  'wot.readout.zero': '精确为 0',
  'wot.zeroOf': '{total} 个中的 {n} 个（{percent}）',
  'wot.readout.rms': '√mean w²',
  'wot.readout.max': 'max |w|',

  'decay.title': 'Adam 下的 L2 与解耦权重衰减（AdamW）',
  'decay.guide':
    '惩罚项成为优化器状态的一部分之后，每一步从每个权重中去掉的比例：SGD 下 L2 与权重衰减相同，Adam 下则不同。',
  'decay.label':
    '几个权重每一步的收缩比例（对数坐标）：SGD（L2 与衰减相同）、损失中加 L2 的 Adam、AdamW。',
  'decay.x': '每一步去掉的权重比例',
  'decay.key.sgd': 'SGD：L2 = 权重衰减',
  'decay.key.adamL2': 'Adam + 损失中的 L2',
  'decay.key.adamW': 'AdamW（解耦）',
  'decay.same':
    '普通 SGD：损失中的 L2 与权重衰减是同一个更新，每一步去掉每个权重的 lr·λ = {lr} × {lambda} = {shrink}。',
  'decay.differ':
    'Adam：L2 的拉力 λw 与梯度一样被 √v̂ 相除，所以这里每一步去掉 {min} 到 {max}，过去梯度小的权重去掉得最多；AdamW 对每个权重都去掉 {shrink}。',
  'decay.run.adamL2': '这个运行：损失中加 L2 的 Adam。',
  'decay.run.adamW': '这个运行：AdamW（解耦权重衰减）。',
  'decay.run.sgd': '这个运行：普通 SGD，两者相同。',
  'decay.run.momentum': '这个运行：带动量的 SGD，L2 会经过动量，解耦衰减则不会。',
  'decay.fresh': '它没有使用 Adam：Adam 的数值是从这里开始的第一步 Adam。',
  'decay.zeroLambda': 'λ 为 0：没有衰减可比较。请把 λ 设为大于 0。',
  'decay.none': '没有可比较的权重（所有权重都精确为 0）。',
};

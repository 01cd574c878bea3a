// The "Explain" panels beside each technique's controls: what it does to the weights, what to
// look for in the charts, and the pitfalls (the formulas themselves are TeX in src/lesson).
import { defineStrings } from './define';

export const explanations = defineStrings(
  {
    'explain.toggle': 'Explain {name}',
    'explain.formula': 'Formula',
    'explain.does': 'What it does',
    'explain.look': 'What to look for',
    'explain.pitfall': 'Pitfalls',
    'explain.l2.name': 'L2',
    'explain.l2.does':
      'Adds half the sum of squared weights, times λ, to the loss. Its gradient λw pulls each weight towards 0 in proportion to its size, so large weights shrink fast and small ones slowly: weights get small and spread out but never become exactly 0.',
    'explain.l2.look':
      'The weight histogram narrows around 0 without a spike at 0; the weight norm falls; the boundary gets smoother; the gap between training and validation loss closes.',
    'explain.l2.pitfall':
      'With plain SGD, L2 and weight decay are the same update. Under Adam they are not: the L2 gradient is divided by Adam’s running scale, so weights with large gradients are barely decayed. Use the decoupled weight decay option (AdamW) to decay every weight alike.',
    'explain.l1.name': 'L1',
    'explain.l1.does':
      'Adds λ times the sum of absolute weights. The pull towards 0 is the same size for every weight, so small, unimportant weights are driven all the way to exactly 0: the weights become sparse, and an input whose weights are all 0 is switched off (feature selection).',
    'explain.l1.look':
      'A tall bar at exactly 0 in the weight histogram and a rising zero fraction; in the network diagram, connections from useless features vanish.',
    'explain.l1.pitfall':
      '|w| has no gradient at 0. A plain subgradient step overshoots and jitters around 0 instead of landing on it; the proximal step below (soft-thresholding after the gradient step) is what makes weights exactly 0. Too large a λ zeroes useful weights as well.',
    'explain.elasticnet.name': 'elastic net',
    'explain.elasticnet.does':
      'Mixes the two penalties: α is the share of L1. It keeps L1’s exact zeros while L2’s part spreads weight across correlated inputs instead of picking one at random.',
    'explain.elasticnet.look':
      'Move α from 0 to 1: the spike at 0 in the weight histogram grows as the L1 share grows.',
    'explain.elasticnet.pitfall':
      'λ and α interact: raising α at a fixed λ makes the penalty stronger, not just sparser. Tune λ again after changing α.',
    'explain.dropout.name': 'dropout',
    'explain.dropout.does':
      'In training, each hidden unit is kept with probability p and dropped otherwise, a fresh mask every batch, so no unit can rely on particular others; it is like training many thinned networks at once and averaging them.',
    'explain.dropout.look':
      'Training loss rises and gets noisy, the gap to validation loss shrinks, and the boundary is smoother. The curves use the full network, as at test time.',
    'explain.dropout.pitfall':
      'Inverted dropout divides the kept units by p in training so evaluation uses the full network unchanged; without that scaling the test-time activations would be too large by 1/p. Here p is the keep probability (as in Srivastava et al.); PyTorch’s Dropout(p) takes the drop rate 1 − p, so p = 0.8 here is Dropout(0.2) there.',
    'explain.batchnorm.name': 'batch normalization',
    'explain.batchnorm.does':
      'Before each hidden activation, standardizes every unit over the mini-batch to mean 0 and variance 1, then rescales with learned γ and β. Inputs to each layer stay in a good range, so deep or saturating networks train faster and tolerate larger learning rates; the batch-to-batch noise adds a mild regularizing effect.',
    'explain.batchnorm.look':
      'With a deep sigmoid network, the loss starts falling at once with BN, while without it the loss stays near 0.69 (chance) for a long time.',
    'explain.batchnorm.pitfall':
      'Training uses the batch’s statistics, evaluation the running averages, so the two modes differ. Small batches give noisy statistics (a batch of 2 is almost pure noise) and full-batch training removes the regularizing noise entirely. γ and β are not penalized by L1 or L2.',
    'explain.weightdecay.name': 'weight decay (AdamW)',
    'explain.weightdecay.does':
      'Decoupled weight decay shrinks every weight by the same fraction ηλ each step, outside Adam’s adaptive scaling, instead of adding λw to the gradient.',
    'explain.weightdecay.look':
      'Under Adam, switch the option on and off with the same λ: the weight norm falls further with decoupled decay.',
    'explain.weightdecay.pitfall':
      'Under SGD the two are identical, so the option changes nothing there. Under Adam an L2 term is rescaled per weight by the running gradient size, which weakens it exactly where gradients are large.',
    'explain.augmentation.name': 'data augmentation',
    'explain.augmentation.does':
      'Every epoch, each training point is moved by fresh random transforms (jitter, rotation, flips, scaling), which adds data the model has not seen; mixup blends pairs of points and their labels. Validation and test points are never changed.',
    'explain.augmentation.look':
      'The faint augmented points around the training data; a smoother boundary and a smaller train/validation gap when the transform suits the data.',
    'explain.augmentation.pitfall':
      'A transform must preserve labels: flipping XOR or rotating it a quarter turn swaps the classes, and scaling a circle moves points across the boundary. The model then learns contradictions. Mixup’s λ is a random mixing weight, not the penalty λ, and it gives soft labels.',
    'explain.earlystopping.name': 'early stopping',
    'explain.earlystopping.does':
      'Watches validation loss after every epoch, remembers the best weights, and stops when there has been no improvement for “patience” epochs, optionally restoring the best weights. It limits how far the weights can travel from their small starting values, much like a penalty.',
    'explain.earlystopping.look':
      'The marks on the loss curves: the best epoch at the bottom of the validation curve and the stop epoch patience later. In mark-only mode training goes on, so you see the validation loss climbing past them.',
    'explain.earlystopping.pitfall':
      'It needs a validation split that is not used for training; choosing the epoch on the test set makes the test score optimistic. Too little patience stops on a noisy bump; a noisy curve needs more patience or a min delta.',
  },
  {
    'explain.toggle': '解释：{name}',
    'explain.formula': '公式',
    'explain.does': '作用',
    'explain.look': '观察要点',
    'explain.pitfall': '常见误区',
    'explain.l2.name': 'L2 正则化',
    'explain.l2.does':
      '在损失函数中加上所有权重平方和的 λ/2 倍。它的梯度 λw 按每个权重的大小把它拉向 0：大的权重衰减得快，小的衰减得慢。权重变得更小、更分散，但不会精确为 0。',
    'explain.l2.look':
      '权重直方图在 0 附近变窄，但在 0 处没有尖峰；权重范数下降；决策边界更平滑；训练损失与验证集损失之间的差距缩小。',
    'explain.l2.pitfall':
      '使用普通 SGD 时，L2 正则化和权重衰减是同一个更新。使用 Adam 时两者不同：L2 的梯度会被 Adam 的自适应尺度相除，梯度大的权重几乎得不到衰减。打开“解耦权重衰减”（AdamW）可让每个权重受到相同的衰减。',
    'explain.l1.name': 'L1 正则化',
    'explain.l1.does':
      '在损失函数中加上所有权重绝对值之和的 λ 倍。它对每个权重的拉力大小相同，所以小而不重要的权重会被一直压到精确的 0：权重变得稀疏；某个输入的权重全为 0 时，该特征就被关闭了（特征选择）。',
    'explain.l1.look':
      '权重直方图在 0 处出现一根高柱，零权重比例上升；在网络结构图中，无用特征的连接消失。',
    'explain.l1.pitfall':
      '|w| 在 0 处不可导。普通的次梯度更新会越过 0 并在 0 附近来回抖动，而不会停在 0 上；下面的近端更新（梯度步之后做软阈值）才能让权重精确为 0。λ 过大时，有用的权重也会被置 0。',
    'explain.elasticnet.name': '弹性网络（Elastic Net）',
    'explain.elasticnet.does':
      '把两种惩罚项混合起来：α 是 L1 所占的比例。它保留 L1 产生精确 0 的能力，而 L2 部分让权重分散到相关的输入上，而不是随意挑出其中一个。',
    'explain.elasticnet.look': '把 α 从 0 调到 1：L1 比例越大，权重直方图中 0 处的尖峰越高。',
    'explain.elasticnet.pitfall':
      'λ 和 α 相互影响：固定 λ 而增大 α 会让惩罚更强，而不只是更稀疏。改变 α 后需要重新调整 λ。',
    'explain.dropout.name': 'Dropout',
    'explain.dropout.does':
      '训练时每个隐藏单元以概率 p 被保留、以概率 1 − p 被丢弃，每个批次重新抽取掩码，因此任何神经元都不能依赖特定的其他神经元；相当于同时训练许多“变瘦”的子网络并取平均，类似模型集成。',
    'explain.dropout.look':
      '训练损失升高且变得起伏，与验证集损失的差距缩小，决策边界更平滑。曲线用完整网络评估，与测试时相同。',
    'explain.dropout.pitfall':
      '反向 Dropout（Inverted Dropout）在训练时把保留下来的单元除以 p，这样测试时直接使用完整网络、不做任何改动；如果不缩放，测试时的激活值会偏大 1/p 倍。这里的 p 是保留概率（与 Srivastava 等人的论文一致）；PyTorch 的 Dropout(p) 中 p 是丢弃率 1 − p，所以这里的 p = 0.8 相当于那里的 Dropout(0.2)。',
    'explain.batchnorm.name': '批归一化（BN）',
    'explain.batchnorm.does':
      '在每个隐藏层的激活函数之前，把每个单元在 mini-batch 上归一化为均值 0、方差 1，再用可学习的 γ 和 β 缩放和平移。每一层的输入保持在合适的范围内，因此深层或容易饱和的网络训练更快，能使用更大的学习率；批次之间的随机性还带来轻微的正则化效果。',
    'explain.batchnorm.look':
      '在深层 sigmoid 网络上，有 BN 时损失立刻开始下降；没有 BN 时损失长时间停在约 0.69（随机猜测）。',
    'explain.batchnorm.pitfall':
      '训练时使用当前批次的统计量，评估时使用滑动平均，两种模式并不相同。批次很小时统计量噪声很大（批大小为 2 时几乎全是噪声）；全批量训练则完全没有这种正则化噪声。γ 和 β 不受 L1 或 L2 惩罚。',
    'explain.weightdecay.name': '权重衰减（AdamW）',
    'explain.weightdecay.does':
      '解耦的权重衰减在每一步把每个权重按相同比例 ηλ 缩小，这一步在 Adam 的自适应缩放之外进行，而不是把 λw 加到梯度上。',
    'explain.weightdecay.look': '使用 Adam、保持 λ 不变，开关此选项：解耦衰减时权重范数降得更低。',
    'explain.weightdecay.pitfall':
      '使用 SGD 时两者完全相同，此选项没有影响。使用 Adam 时，L2 项会按每个权重的梯度大小被重新缩放，恰恰在梯度大的地方被削弱。',
    'explain.augmentation.name': '数据增强',
    'explain.augmentation.does':
      '每一轮都对每个训练点施加新的随机变换（抖动、旋转、翻转、缩放），相当于增加了模型没见过的数据；Mixup 把两个点及其标签按比例混合。验证集和测试集的点从不改变。',
    'explain.augmentation.look':
      '训练数据周围淡淡的增强点；当变换适合数据时，决策边界更平滑，训练与验证集的差距更小。',
    'explain.augmentation.pitfall':
      '变换必须保持标签不变：翻转 XOR 或将其旋转 90° 会交换两个类别，缩放圆形数据会让点越过边界，模型学到的是相互矛盾的数据。Mixup 中的 λ 是随机的混合权重，不是惩罚系数 λ，而且会产生软标签。',
    'explain.earlystopping.name': '早停法',
    'explain.earlystopping.does':
      '每一轮结束后检查验证集损失，记住最好的权重，连续“耐心”轮没有改善时停止训练，并可恢复最佳权重。它限制了权重离开较小初始值的距离，效果类似惩罚项。',
    'explain.earlystopping.look':
      '损失曲线上的标记：验证集曲线最低处的最佳轮次，以及耐心耗尽时的停止轮次。在“仅标记”模式下训练继续进行，你会看到验证集损失越过标记后上升。',
    'explain.earlystopping.pitfall':
      '它需要一个不参与训练的验证集；如果在测试集上选择轮次，测试成绩会偏乐观。耐心太小会因一次噪声波动就停止；曲线噪声大时需要更大的耐心或最小改善量。',
  },
);

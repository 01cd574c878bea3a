import type { sweepLesson as en } from '../en/sweepLesson';
import type { Translation } from '../define';

export const sweepLesson: Translation<typeof en> = {
  'lesson.choose-lambda.title': '用验证集选择 λ',
  'lesson.choose-lambda.description':
    '运行扫描：阶梯上的每个 λ 各从不同的初始权重训练三次。λ = 0 时网络过拟合（训练损失低，验证集损失高）；λ 最大时欠拟合（两者都高）。选验证曲线最低点的 λ，再按“使用这个 λ”：主运行随即用它训练。',
};

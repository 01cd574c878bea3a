import type { predictForm as en } from '../en/predictForm';
import type { Translation } from '../define';

export const predictForm: Translation<typeof en> = {
  'predictForm.toggle.hide': '隐藏标签',
  'predictForm.toggle.show': '显示标签',
  'predictForm.toggle.help': '打乱各面板的顺序并以 A、B、C、D 命名，让学生猜哪个运行是哪个（H）。',
  'predictForm.form.title': '哪个运行是哪个？',
  'predictForm.form.note': '观察决策边界、权重和曲线，再为每个面板选一个运行。每个运行只能选一次。',
  'predictForm.form.guessLabel': '面板 {letter} 是',
  'predictForm.form.choose': '请选择…',
  'predictForm.form.reveal': '揭晓',
  'predictForm.form.tryAgain': '再来一次',
  'predictForm.form.tryAgainHelp': '重新打乱面板并清空猜测。',
  'predictForm.result.right': '✓ 正确：{run}',
  'predictForm.result.wrong': '✗ 实际是 {run}',
  'predictForm.result.scoreLabel': '得分：猜对 {correct} 个，共 {total} 个。',
};

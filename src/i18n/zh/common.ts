import type { common as en } from '../en/common';
import type { Translation } from '../define';

export const common: Translation<typeof en> = {
  'app.title': 'RegLab',
  'app.tagline': '亲眼看到正则化的作用：一个真实的神经网络正在你的浏览器中训练。',
  'app.language': '语言',
  'notice.dismiss': '关闭',
  'notice.link-malformed': '无法读取该链接，已加载默认实验。',
  'notice.link-invalid': '链接中有超出范围的设置，已加载默认实验。',
  'notice.worker-restarted': '训练线程意外停止，已重新启动；训练从头开始。',
  'notice.worker-failed': '训练线程反复出错。请刷新页面重试。',
  'notice.link-warnings': '链接已打开，但其中有些设置不是 RegLab 的设置，已被忽略：',
  'notice.config-rejected': '该值未被应用。',
  'notice.import-warnings': '文件已载入，但其中有些设置不是 RegLab 的设置，已被忽略：',
  'notice.recovery-failed':
    '降低学习率也无法让这次训练稳定，所以发散的原因不是学习率：请减小 λ 或调整其他设置，然后重置。已尝试的学习率：',
  'notice.update-ready': 'RegLab 有新版本可用。方便时请刷新页面：你的设置保存在链接中。',
  'notice.reload': '立即刷新',
  'notice.config-rejected-run': '该值未应用于任何一次运行：它会使运行“{run}”的设置无效。',
};

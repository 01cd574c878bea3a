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
  'notice.config-rejected-run': '该值未应用于任何一次运行：它会使运行“{run}”的设置无效。',
};

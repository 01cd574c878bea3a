import { defineStrings } from './define';

export const common = defineStrings(
  {
    'app.title': 'RegLab',
    'app.tagline': 'See regularization work: a real network trains in your browser.',
    'app.language': 'Language',
    'notice.dismiss': 'Dismiss',
    'notice.link-malformed': 'The link could not be read, so the default lab was loaded.',
    'notice.link-invalid': 'The link has a setting out of range, so the default lab was loaded.',
    'notice.worker-restarted':
      'The training worker stopped unexpectedly and was restarted; training starts over.',
    'notice.worker-failed': 'The training worker keeps failing. Reload the page to try again.',
    'notice.config-rejected': 'That value was not applied.',
    'notice.config-rejected-run':
      'That value was not applied to any run: it would make the run “{run}” invalid.',
  },
  {
    'app.title': 'RegLab',
    'app.tagline': '亲眼看到正则化的作用：一个真实的神经网络正在你的浏览器中训练。',
    'app.language': '语言',
    'notice.dismiss': '关闭',
    'notice.link-malformed': '无法读取该链接，已加载默认实验。',
    'notice.link-invalid': '链接中有超出范围的设置，已加载默认实验。',
    'notice.worker-restarted': '训练线程意外停止，已重新启动；训练从头开始。',
    'notice.worker-failed': '训练线程反复出错。请刷新页面重试。',
    'notice.config-rejected': '该值未被应用。',
    'notice.config-rejected-run': '该值未应用于任何一次运行：它会使运行“{run}”的设置无效。',
  },
);

import type { share as en } from '../en/share';
import type { Translation } from '../define';

export const share: Translation<typeof en> = {
  'share.menu': '分享与导出',
  'share.menu.help': '复制本实验的链接，保存训练过程和图表的文件，或载入文件。',
  'share.copyLink': '复制链接',
  'share.copyLink.help': '复制一个能打开完全相同实验的链接：包括设置、你自己的数据点和对比设置。',
  'share.copied': '链接已复制：打开它的人会看到同样的实验。',
  'share.copyFallback': '浏览器不允许复制：请选中下面的链接并复制。',
  'share.linkField': '本实验的链接',
  'share.loading': '正在载入…',
  'share.tooLong':
    '这个实验太大，无法放进链接（{length} 个字符；超过 {max} 个字符的链接会被浏览器和聊天软件截断）。请改用文件分享：导出配置或训练，再用“导入”载入。',
  'share.exportConfig': '导出配置（JSON）',
  'share.exportConfig.help':
    '只把设置保存为 JSON 文件（配置 v1），包括你自己的数据点：实验太大、无法用链接分享时就用它。',
  'share.exportRun': '导出训练（JSON）',
  'share.exportRun.help':
    '将本次训练保存为 JSON 文件（运行导出 v1）：设置、数据、训练前后的权重和历史记录。',
  'share.exportHistory': '导出历史（CSV）',
  'share.exportHistory.help': '将每个周期的损失、准确率和惩罚项保存为 CSV 表格，可用电子表格打开。',
  'share.import': '导入训练或配置（JSON）',
  'share.import.help': '从导出的训练文件或配置文件载入设置。无效的文件不会改变任何内容。',
  'share.imported': '已从 {file} 载入设置。按“播放”开始训练。',
  'share.importFailed': '未从 {file} 载入任何内容，实验保持不变：',
  'share.viewPng': '将视图保存为 PNG',
  'share.viewPng.help': '将当前所有图表保存为一张图片，清晰度足以用于幻灯片。',
  'share.saved': '已保存 {file}。',
  'share.failed': '无法生成文件：',
  'share.noRun': '还没有可以导出的训练。',
  'share.chart.png': '将{chart}下载为 PNG',
  'share.chart.svg': '将{chart}下载为 SVG',
  'share.chart.pngShort': 'PNG',
  'share.chart.svgShort': 'SVG',
  'points.edit': '点击添加数据点',
  'points.edit.help':
    '点击或轻触图中位置，添加所选类别的数据点；点击已有的点可将其删除。每次修改都会用你的数据点从头重新训练。',
  'points.class': '新数据点的类别',
  'points.class0': '类别 0',
  'points.class1': '类别 1',
  'points.layer': '图区：点击添加类别 {label} 的数据点，点击已有的点将其删除',
  'points.import': '从 CSV 导入数据点',
  'points.import.short': '导入数据点（CSV）',
  'points.import.help': '用 x1,x2,label 格式的文件替换数据：坐标在 −6 到 6 之间，标签为 0 或 1。',
  'points.imported': '已从 {file} 导入 {count} 个数据点。',
  'points.importFailed': '没有导入任何数据点，数据保持不变：',
  'points.limit': '最多 {max} 个数据点：请先删除一些再添加。',
};

// Strings for sharing and export (the header's menu, the charts' download buttons) and for
// editing the data by hand (points on the boundary map, CSV import).
import { defineStrings } from './define';

export const share = defineStrings(
  {
    'share.menu': 'Share and export',
    'share.menu.help': 'Copy a link to this lab, save files of the run and charts, or load a file.',
    'share.copyLink': 'Copy link',
    'share.copyLink.help':
      'Copy a link that opens this exact lab: the settings, your own points and the comparison.',
    'share.copied': 'Link copied: whoever opens it sees this lab.',
    'share.copyFallback': 'The browser did not allow copying: select the link below and copy it.',
    'share.linkField': 'Link to this lab',
    'share.exportRun': 'Export run (JSON)',
    'share.exportRun.help':
      'Save the run as a JSON file (run export v1): settings, data, weights before and after, history.',
    'share.exportHistory': 'Export history (CSV)',
    'share.exportHistory.help':
      'Save the losses, accuracies and penalty of every epoch as a CSV table for a spreadsheet.',
    'share.import': 'Import run or config (JSON)',
    'share.import.help':
      'Load the settings from an exported run or a config file. An invalid file changes nothing.',
    'share.imported': 'Loaded the settings from {file}. Press Play to train.',
    'share.importFailed': 'Nothing was loaded from {file}, the lab is unchanged:',
    'share.viewPng': 'Save view as PNG',
    'share.viewPng.help':
      'Save all the charts as they are now as one picture, sharp enough for slides.',
    'share.saved': 'Saved {file}.',
    'share.failed': 'The file could not be made:',
    'share.noRun': 'There is no run to export yet.',
    'share.chart.png': 'Download {chart} as PNG',
    'share.chart.svg': 'Download {chart} as SVG',
    'share.chart.pngShort': 'PNG',
    'share.chart.svgShort': 'SVG',
    'points.edit': 'Add points by clicking',
    'points.edit.help':
      'Click or tap the plot to add a point of the chosen class; click a point to remove it. Each change trains again from the start on your points.',
    'points.class': 'Class of new points',
    'points.class0': 'Class 0',
    'points.class1': 'Class 1',
    'points.layer': 'Plot: click to add a point of class {label}, click a point to remove it',
    'points.import': 'Import points from CSV',
    'points.import.short': 'Import points (CSV)',
    'points.import.help':
      'Replace the data with a file of x1,x2,label rows: coordinates from −6 to 6, labels 0 or 1.',
    'points.imported': 'Imported {count} points from {file}.',
    'points.importFailed': 'No points were imported and the data is unchanged:',
    'points.limit': 'At most {max} points: remove some before adding more.',
  },
  {
    'share.menu': '分享与导出',
    'share.menu.help': '复制本实验的链接，保存训练过程和图表的文件，或载入文件。',
    'share.copyLink': '复制链接',
    'share.copyLink.help': '复制一个能打开完全相同实验的链接：包括设置、你自己的数据点和对比设置。',
    'share.copied': '链接已复制：打开它的人会看到同样的实验。',
    'share.copyFallback': '浏览器不允许复制：请选中下面的链接并复制。',
    'share.linkField': '本实验的链接',
    'share.exportRun': '导出训练（JSON）',
    'share.exportRun.help':
      '将本次训练保存为 JSON 文件（运行导出 v1）：设置、数据、训练前后的权重和历史记录。',
    'share.exportHistory': '导出历史（CSV）',
    'share.exportHistory.help':
      '将每个轮次的损失、准确率和惩罚项保存为 CSV 表格，可用电子表格打开。',
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
  },
);

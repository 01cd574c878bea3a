// Strings for sharing and export (the header's menu, the charts' download buttons) and for
// editing the data by hand (points on the boundary map, CSV import).
export const share = {
  'share.menu': 'Share and export',
  'share.menu.help': 'Copy a link to this lab, save files of the run and charts, or load a file.',
  'share.copyLink': 'Copy link',
  'share.copyLink.help':
    'Copy a link that opens this exact lab: the settings, your own points and the comparison.',
  'share.copied': 'Link copied: whoever opens it sees this lab.',
  'share.copyFallback': 'The browser did not allow copying: select the link below and copy it.',
  'share.linkField': 'Link to this lab',
  'share.loading': 'Loading…',
  'share.tooLong':
    'This setup is too large for a link ({length} characters; links longer than {max} get cut by browsers and chat apps). Share it as a file instead: export the config or the run, and load it with Import.',
  'share.exportConfig': 'Export config (JSON)',
  'share.exportConfig.help':
    'Save the settings alone as a JSON file (config v1), your own points included: the way to share a setup too large for a link.',
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
    'Click or tap the plot to add a point of the chosen class to the chosen split; click a point to remove it. Or focus the plot and use the keyboard. Each change starts the run over on your points: a point that joined a run midway would leave a run its settings no longer reproduce.',
  'points.class': 'Class of new points',
  'points.class0': 'Class 0',
  'points.class1': 'Class 1',
  'points.split': 'New points go to',
  'points.split.help':
    'The split your new points join. The points already there keep theirs, whatever you add or remove.',
  'points.split.train': 'Training split',
  'points.split.val': 'Validation split',
  'points.split.test': 'Test split',
  'points.to.train': 'the training split',
  'points.to.val': 'the validation split',
  'points.to.test': 'the test split',
  'points.added':
    'Added a class {label} point at ({x1}, {x2}) to {split}. The run starts over with it, so that its settings still reproduce it exactly.',
  'points.added.test': 'Test points are drawn when “Show test points” is on.',
  'points.removed': 'Removed the point at ({x1}, {x2}). The run starts over without it.',
  'points.noneNear': 'There is no point near the crosshair to remove.',
  'points.cross': 'Crosshair at ({x1}, {x2}).',
  'points.keys':
    'Arrow keys move the crosshair (with Shift, farther). Enter adds a point of class {label}; Delete removes the point nearest the crosshair.',
  'points.layer': 'Plot: click to add a point of class {label}, click a point to remove it',
  'points.import': 'Import points from CSV',
  'points.import.short': 'Import points (CSV)',
  'points.import.help':
    'Replace the data with a file of x1,x2,label rows: coordinates from −6 to 6, labels 0 or 1.',
  'points.imported': 'Imported {count} points from {file}.',
  'points.importFailed': 'No points were imported and the data is unchanged:',
  'points.limit': 'At most {max} points: remove some before adding more.',
} as const;

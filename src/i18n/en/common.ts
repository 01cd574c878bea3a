export const common = {
  'app.title': 'RegLab',
  'app.tagline': 'See regularization work: a real network trains in your browser.',
  'app.language': 'Language',
  'notice.dismiss': 'Dismiss',
  'notice.link-malformed': 'The link could not be read, so the default lab was loaded.',
  'notice.link-invalid': 'The link has a setting out of range, so the default lab was loaded.',
  'notice.worker-restarted':
    'The training worker stopped unexpectedly and was restarted; training starts over.',
  'notice.worker-failed': 'The training worker keeps failing. Reload the page to try again.',
  'notice.link-warnings':
    'The link opened, but some of its settings are not RegLab settings and were left out:',
  'notice.config-rejected': 'That value was not applied.',
  'notice.import-warnings':
    'The file loaded, but some of its settings are not RegLab settings and were left out:',
  'notice.recovery-failed':
    'No lower learning rate trains this run stably, so the learning rate is not what makes it diverge: try a smaller λ or other settings, then Reset. Learning rates tried:',
  'notice.update-ready':
    'A new version of RegLab is ready. Reload when convenient: your setup is kept in the link.',
  'notice.reload': 'Reload now',
  'notice.config-rejected-run':
    'That value was not applied to any run: it would make the run “{run}” invalid.',
} as const;

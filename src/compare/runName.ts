// "Main run", "Run B", "Run C", "Run D": names that stay put while a run's title follows its
// settings (runTitle.ts), for the run picker, the panels and the status messages.
import type { Translate } from '../i18n';

export function runName(index: number, t: Translate): string {
  return index === 0
    ? t('compare.runName.main')
    : t('compare.runName.variant', { letter: String.fromCharCode(65 + index) });
}

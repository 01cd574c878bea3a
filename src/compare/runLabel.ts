// A comparison run's label in the reader's language: preset labels are i18n keys, labels from
// elsewhere (a hand-made link) are shown as written.
import type { StringKey, Translate } from '../i18n';
import { EN } from '../i18n';

export function runLabel(t: Translate, label: string): string {
  return label in EN ? t(label as StringKey) : label;
}

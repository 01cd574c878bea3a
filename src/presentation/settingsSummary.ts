// Without a lesson preset the caption says what the class is looking at, in one line: the data,
// the network and the regularization switched on.
import type { ConfigV1 } from '../../workers/contract';
import { DATASET_LABEL } from '../components/datasetLabels';
import type { Translate } from '../i18n';

const KIND_LABEL = {
  l1: 'controls.reg.kind.l1',
  l2: 'controls.reg.kind.l2',
  elasticnet: 'controls.reg.kind.elasticnet',
} as const;

export function settingsTitle(c: ConfigV1, t: Translate): string {
  return t('presentation.summary.title', { dataset: t(DATASET_LABEL[c.data.dataset]) });
}

export function settingsSummary(c: ConfigV1, t: Translate): string {
  const parts = [t('presentation.summary.data', { samples: c.data.samples, noise: c.data.noise })];
  parts.push(
    c.model.hidden.length
      ? t('presentation.summary.net', { hidden: c.model.hidden.join(' × ') })
      : t('presentation.summary.noHidden'),
  );
  const reg = c.regularization;
  parts.push(
    reg.kind === 'none'
      ? t('presentation.summary.noReg')
      : t('presentation.summary.reg', { kind: t(KIND_LABEL[reg.kind]), lambda: reg.lambda }),
  );
  if (c.model.dropoutKeep < 1)
    parts.push(t('presentation.summary.dropout', { p: c.model.dropoutKeep }));
  if (c.earlyStopping.enabled) {
    parts.push(t('presentation.summary.es', { patience: c.earlyStopping.patience }));
  }
  const a = c.augmentation;
  if (a.jitter > 0 || a.rotate > 0 || a.flip !== 'none' || a.scale > 0 || a.mixup > 0) {
    parts.push(t('presentation.summary.aug'));
  }
  if (c.model.batchNorm) parts.push(t('presentation.summary.bn'));
  return parts.join(' · ');
}

// Whether an augmentation keeps the current dataset's labels, in words. A transform that breaks
// them is a warning when it is switched on.
import type { DatasetKind } from '../../workers/contract';
import type { AugmentationName, LabelSafety } from '../../workers/contract';
import { labelSafety } from '../../workers/contract';
import type { StringKey } from '../i18n';
import { useT } from '../i18n';
import { DATASET_LABEL } from './datasetLabels';
import { Note } from './Note';

const SAFETY_TEXT: Record<AugmentationName, Partial<Record<LabelSafety, StringKey>>> = {
  jitter: { approximately: 'controls.safety.jitter.approximately' },
  mixup: { softens: 'controls.safety.mixup.softens' },
  rotate: {
    preserves: 'controls.safety.rotate.preserves',
    approximately: 'controls.safety.rotate.approximately',
    breaks: 'controls.safety.rotate.breaks',
  },
  flip: {
    preserves: 'controls.safety.flip.preserves',
    approximately: 'controls.safety.flip.approximately',
    breaks: 'controls.safety.flip.breaks',
  },
  scale: {
    preserves: 'controls.safety.scale.preserves',
    approximately: 'controls.safety.scale.approximately',
    breaks: 'controls.safety.scale.breaks',
  },
};

interface SafetyNoteProps {
  dataset: DatasetKind;
  transform: AugmentationName;
  /** Whether the transform is switched on: a breaking one is then a warning. */
  active: boolean;
}

export function SafetyNote({ dataset, transform, active }: SafetyNoteProps) {
  const t = useT();
  const safety = labelSafety(dataset, transform);
  const key = SAFETY_TEXT[transform][safety] ?? 'controls.safety.unknown';
  const warn = safety === 'breaks' && active;
  return (
    <Note tone={warn ? 'warn' : 'info'}>
      <span data-safety={safety}>{t(key, { dataset: t(DATASET_LABEL[dataset]) })}</span>
      {warn && ` ${t('controls.safety.breaksActive')}`}
    </Note>
  );
}

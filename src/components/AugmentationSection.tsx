// Augmentation of the training batches, each transform with whether it keeps the current
// dataset's labels (labelSafety): flipping XOR swaps its classes, and the student should see so.
import type { AugmentationConfig } from '../../workers/contract';
import { FLIPS } from '../../workers/contract';
import type { RunId } from '../../workers/contract';
import { useT } from '../i18n';
import { Explanation } from '../lesson/Explanation';
import { setSetting, useConfigPart } from './configPart';
import { LabelledSlider } from './LabelledSlider';
import { Section } from './Section';
import { SafetyNote } from './SafetyNote';
import { SelectField } from './SelectField';

const FLIP_LABEL = {
  none: 'controls.aug.flip.none',
  horizontal: 'controls.aug.flip.horizontal',
  vertical: 'controls.aug.flip.vertical',
  both: 'controls.aug.flip.both',
} as const;

export function AugmentationSection({ runId }: { runId: RunId }) {
  const t = useT();
  const aug = useConfigPart(runId, 'augmentation');
  const dataset = useConfigPart(runId, 'data')?.dataset;
  if (!aug || !dataset) return null;
  const set = <K extends keyof AugmentationConfig>(key: K, value: AugmentationConfig[K]) =>
    setSetting(runId, 'augmentation', key, value);
  return (
    <Section title={t('controls.section.augmentation')}>
      <Explanation technique="augmentation" />
      <LabelledSlider
        label={t('controls.aug.jitter')}
        help={t('controls.aug.jitter.help')}
        value={aug.jitter}
        min={0}
        max={2}
        step={0.05}
        onChange={(v) => set('jitter', v)}
        notes={<SafetyNote dataset={dataset} transform="jitter" active={aug.jitter > 0} />}
      />
      <LabelledSlider
        label={t('controls.aug.rotate')}
        help={t('controls.aug.rotate.help')}
        value={aug.rotate}
        min={0}
        max={180}
        step={5}
        format={(v) => `${v}°`}
        onChange={(v) => set('rotate', v)}
        notes={<SafetyNote dataset={dataset} transform="rotate" active={aug.rotate > 0} />}
      />
      <SelectField
        label={t('controls.aug.flip')}
        help={t('controls.aug.flip.help')}
        value={aug.flip}
        options={FLIPS.map((f) => ({ value: f, label: t(FLIP_LABEL[f]) }))}
        onChange={(v) => set('flip', v)}
        notes={<SafetyNote dataset={dataset} transform="flip" active={aug.flip !== 'none'} />}
      />
      <LabelledSlider
        label={t('controls.aug.scale')}
        help={t('controls.aug.scale.help')}
        value={aug.scale}
        min={0}
        max={0.9}
        step={0.05}
        onChange={(v) => set('scale', v)}
        notes={<SafetyNote dataset={dataset} transform="scale" active={aug.scale > 0} />}
      />
      <LabelledSlider
        label={t('controls.aug.mixup')}
        help={t('controls.aug.mixup.help')}
        value={aug.mixup}
        min={0}
        max={4}
        step={0.1}
        onChange={(v) => set('mixup', v)}
        notes={<SafetyNote dataset={dataset} transform="mixup" active={aug.mixup > 0} />}
      />
    </Section>
  );
}

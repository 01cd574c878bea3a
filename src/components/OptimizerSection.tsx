// How the weights move: the optimizer, the learning rate (log slider with a typed entry) and the
// batch size, where 0 means the full training split.
import { OPTIMIZERS } from '../../workers/contract';
import type { OptimizerConfig } from '../../workers/contract';
import type { RunId } from '../../workers/contract';
import { useT } from '../i18n';
import { Explanation } from '../lesson/Explanation';
import { setSetting, useConfigPart } from './configPart';
import type { LogScale } from './logScale';
import { LogSlider } from './LogSlider';
import { Section } from './Section';
import { SelectField } from './SelectField';

export const LEARNING_RATE_SCALE: LogScale = {
  min: 1e-4,
  max: 10,
  zeroStop: false,
  stepsPerDecade: 20,
};

const BATCH_SIZES = [0, 1, 2, 4, 8, 10, 16, 32, 64, 128, 256];

const OPTIMIZER_LABEL = {
  sgd: 'controls.opt.kind.sgd',
  momentum: 'controls.opt.kind.momentum',
  adam: 'controls.opt.kind.adam',
} as const;

export function OptimizerSection({ runId }: { runId: RunId }) {
  const t = useT();
  const opt = useConfigPart(runId, 'optimizer');
  if (!opt) return null;
  const set = <K extends keyof OptimizerConfig>(key: K, value: OptimizerConfig[K]) =>
    setSetting(runId, 'optimizer', key, value);
  // A size from a link or preset that is not in the list is offered too.
  const sizes = BATCH_SIZES.includes(opt.batchSize)
    ? BATCH_SIZES
    : [...BATCH_SIZES, opt.batchSize].sort((a, b) => a - b);
  return (
    <Section title={t('controls.section.optimizer')}>
      <Explanation technique="weightdecay" />
      <SelectField
        label={t('controls.opt.kind')}
        help={t('controls.opt.kind.help')}
        value={opt.kind}
        options={OPTIMIZERS.map((k) => ({ value: k, label: t(OPTIMIZER_LABEL[k]) }))}
        onChange={(k) => set('kind', k)}
      />
      <LogSlider
        label={t('controls.opt.lr')}
        valueLabel={t('controls.opt.lrValue')}
        help={t('controls.opt.lr.help')}
        value={opt.learningRate}
        scale={LEARNING_RATE_SCALE}
        typedMin={1e-6}
        typedMax={10}
        onChange={(lr) => set('learningRate', lr)}
      />
      <SelectField
        label={t('controls.opt.batch')}
        help={t('controls.opt.batch.help')}
        value={String(opt.batchSize)}
        options={sizes.map((n) => ({
          value: String(n),
          label: n === 0 ? t('controls.opt.fullBatch') : String(n),
        }))}
        onChange={(v) => set('batchSize', Number(v))}
      />
    </Section>
  );
}

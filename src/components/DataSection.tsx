// The data: dataset, size, noise, the train/validation/test split and the seed. Every change here
// makes new data, so the run starts over (the store and worker see to that).
import { DATASETS } from '../../workers/contract';
import type { DataConfig } from '../../workers/contract';
import type { RunId } from '../../workers/contract';
import { useT } from '../i18n';
import { editConfig } from '../lab/labConfig';
import { setSetting, useConfigPart } from './configPart';
import { DATASET_LABEL } from './datasetLabels';
import { Field } from './Field';
import { LabelledSlider } from './LabelledSlider';
import { Note } from './Note';
import { NumberField } from './NumberField';
import { Section } from './Section';
import { SelectField } from './SelectField';
import { SplitSliders } from './SplitSliders';

const MAX_SEED = 4294967295;

/** A seed short enough to read out in class, different from the current one. */
function freshSeed(current: number): number {
  let seed = current;
  while (seed === current) seed = 1 + Math.floor(Math.random() * 999999);
  return seed;
}

export function DataSection({ runId }: { runId: RunId }) {
  const t = useT();
  const data = useConfigPart(runId, 'data');
  const seed = useConfigPart(runId, 'seed');
  if (!data || seed === undefined) return null;
  const set = <K extends keyof DataConfig>(key: K, value: DataConfig[K]) =>
    setSetting(runId, 'data', key, value);
  const setSeed = (s: number) =>
    editConfig(runId, (d) => {
      d.seed = s;
    });
  const isCustom = data.dataset === 'custom';
  // 'custom' needs points from a file, so it is offered only while it is the dataset.
  const datasets = DATASETS.filter((d) => d !== 'custom' || isCustom);
  return (
    <Section title={t('controls.section.data')}>
      <SelectField
        label={t('controls.data.dataset')}
        help={t('controls.data.dataset.help')}
        value={data.dataset}
        options={datasets.map((d) => ({ value: d, label: t(DATASET_LABEL[d]) }))}
        onChange={(v) => set('dataset', v)}
      />
      <Field
        label={t('controls.data.samples')}
        inline
        help={t('controls.data.samples.help')}
        notes={isCustom && <Note tone="inactive">{t('controls.data.samples.custom')}</Note>}
      >
        {({ inputId, describedBy, title }) => (
          <NumberField
            id={inputId}
            describedBy={describedBy}
            title={title}
            value={data.samples}
            min={10}
            max={5000}
            integer
            stepFrom={(v, direction) => v + direction * 10}
            onCommit={(n) => set('samples', n)}
          />
        )}
      </Field>
      <LabelledSlider
        label={t('controls.data.noise')}
        help={t('controls.data.noise.help')}
        value={data.noise}
        min={0}
        max={3}
        step={0.05}
        onChange={(v) => set('noise', v)}
      />
      <LabelledSlider
        label={t('controls.data.labelNoise')}
        help={t('controls.data.labelNoise.help')}
        value={data.labelNoise}
        min={0}
        max={0.5}
        step={0.01}
        onChange={(v) => set('labelNoise', v)}
      />
      <SplitSliders split={data.split} onChange={(split) => set('split', split)} />
      <Field label={t('controls.data.seed')} inline help={t('controls.data.seed.help')}>
        {({ inputId, describedBy, title }) => (
          <div className="rl-row">
            <NumberField
              id={inputId}
              describedBy={describedBy}
              title={title}
              value={seed}
              min={0}
              max={MAX_SEED}
              integer
              size={10}
              stepFrom={(v, direction) => v + direction}
              onCommit={setSeed}
            />
            <button
              type="button"
              className="rl-button"
              title={t('controls.data.newSeed.help')}
              onClick={() => setSeed(freshSeed(seed))}
            >
              {t('controls.data.newSeed')}
            </button>
          </div>
        )}
      </Field>
    </Section>
  );
}

// The network's shape (hidden layers and their widths, activation) and batch normalization. Any
// change here starts a new run.
import { useId, useState } from 'react';
import { ACTIVATIONS } from '../../workers/contract';
import type { RunId } from '../../workers/contract';
import { useT } from '../i18n';
import { Explanation } from '../lesson/Explanation';
import { editConfig } from '../lab/labConfig';
import { CheckboxField } from './CheckboxField';
import { setSetting, useConfigPart } from './configPart';
import { Field } from './Field';
import { HelpButton, HelpText } from './HelpTip';
import { Note } from './Note';
import { NumberField } from './NumberField';
import { Section } from './Section';
import { SelectField } from './SelectField';

const MAX_LAYERS = 6;
const MAX_UNITS = 32;
const NEW_LAYER_UNITS = 4;

const ACTIVATION_LABEL = {
  relu: 'controls.net.activation.relu',
  tanh: 'controls.net.activation.tanh',
  sigmoid: 'controls.net.activation.sigmoid',
  linear: 'controls.net.activation.linear',
} as const;

export function NetworkSection({ runId }: { runId: RunId }) {
  const t = useT();
  const base = useId();
  const [unitsHelpOpen, setUnitsHelpOpen] = useState(false);
  const model = useConfigPart(runId, 'model');
  if (!model) return null;
  const hidden = model.hidden;
  const unitsTipId = `${base}units-tip`;
  const unitsLegend = t('controls.net.unitsLegend');
  const unitsHelp = t('controls.net.units.help');

  const setLayerCount = (n: number) =>
    editConfig(runId, (d) => {
      const h = d.model.hidden;
      // A new layer copies the last one's width: growing depth should not also change widths.
      while (h.length < n) h.push(h[h.length - 1] ?? NEW_LAYER_UNITS);
      h.length = n;
    });
  const setUnits = (layer: number, units: number) =>
    editConfig(runId, (d) => {
      d.model.hidden[layer] = units;
    });

  return (
    <Section title={t('controls.section.network')}>
      <Explanation technique="batchnorm" />
      <Field label={t('controls.net.layers')} inline help={t('controls.net.layers.help')}>
        {({ inputId, describedBy, title }) => (
          <div className="rl-row">
            <button
              type="button"
              className="rl-button rl-button--square"
              aria-label={t('controls.net.removeLayer')}
              title={t('controls.net.removeLayer')}
              disabled={hidden.length === 0}
              onClick={() => setLayerCount(hidden.length - 1)}
            >
              −
            </button>
            <NumberField
              id={inputId}
              describedBy={describedBy}
              title={title}
              value={hidden.length}
              min={0}
              max={MAX_LAYERS}
              integer
              size={2}
              stepFrom={(v, direction) => v + direction}
              onCommit={setLayerCount}
            />
            <button
              type="button"
              className="rl-button rl-button--square"
              aria-label={t('controls.net.addLayer')}
              title={t('controls.net.addLayer')}
              disabled={hidden.length >= MAX_LAYERS}
              onClick={() => setLayerCount(hidden.length + 1)}
            >
              +
            </button>
          </div>
        )}
      </Field>
      {hidden.length === 0 ? (
        <Note tone="info">{t('controls.net.noLayers')}</Note>
      ) : (
        <fieldset className="rl-field rl-fieldset">
          <legend className="rl-field-head">
            <span className="rl-field-label">{unitsLegend}</span>
            <HelpButton
              name={unitsLegend}
              tipId={unitsTipId}
              text={unitsHelp}
              open={unitsHelpOpen}
              onToggle={() => setUnitsHelpOpen((o) => !o)}
            />
          </legend>
          {hidden.map((units, i) => (
            <UnitsRow
              key={i}
              layer={i}
              units={units}
              tipId={unitsTipId}
              title={unitsHelp}
              onCommit={(n) => setUnits(i, n)}
            />
          ))}
          <HelpText id={unitsTipId} text={unitsHelp} open={unitsHelpOpen} />
        </fieldset>
      )}
      <SelectField
        label={t('controls.net.activation')}
        help={t('controls.net.activation.help')}
        value={model.activation}
        options={ACTIVATIONS.map((a) => ({ value: a, label: t(ACTIVATION_LABEL[a]) }))}
        onChange={(a) => setSetting(runId, 'model', 'activation', a)}
      />
      <CheckboxField
        label={t('controls.net.batchNorm')}
        help={t('controls.net.batchNorm.help')}
        checked={model.batchNorm}
        onChange={(on) => setSetting(runId, 'model', 'batchNorm', on)}
      />
    </Section>
  );
}

interface UnitsRowProps {
  layer: number;
  units: number;
  tipId: string;
  title: string;
  onCommit: (units: number) => void;
}

function UnitsRow({ layer, units, tipId, title, onCommit }: UnitsRowProps) {
  const t = useT();
  const id = useId();
  return (
    <div className="rl-units-row">
      <label htmlFor={id}>{t('controls.net.units', { n: layer + 1 })}</label>
      <NumberField
        id={id}
        describedBy={tipId}
        title={title}
        value={units}
        min={1}
        max={MAX_UNITS}
        integer
        size={3}
        stepFrom={(v, direction) => v + direction}
        onCommit={onCommit}
      />
    </div>
  );
}

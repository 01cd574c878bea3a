// Which functions of (x1, x2) the network is fed. At least one stays checked: unchecking the last
// one is refused with a word of why.
import { useId, useState } from 'react';
import { FEATURES } from '../../workers/contract';
import type { FeatureName } from '../../workers/contract';
import type { RunId } from '../../workers/contract';
import { useT } from '../i18n';
import { editConfig } from '../lab/labConfig';
import { useConfigPart } from './configPart';
import { HelpButton, HelpText } from './HelpTip';
import { Section } from './Section';

/** How a feature is written for people (the config's names are ASCII). */
export const FEATURE_LABEL: Record<FeatureName, string> = {
  x1: 'x1',
  x2: 'x2',
  'x1^2': 'x1²',
  'x2^2': 'x2²',
  'x1*x2': 'x1·x2',
  'sin(x1)': 'sin(x1)',
  'sin(x2)': 'sin(x2)',
};

export function FeaturesSection({ runId }: { runId: RunId }) {
  const t = useT();
  const base = useId();
  const [helpOpen, setHelpOpen] = useState(false);
  const [refused, setRefused] = useState(false);
  const features = useConfigPart(runId, 'features');
  if (!features) return null;
  const tipId = `${base}tip`;
  const legend = t('controls.features.legend');
  const help = t('controls.features.help');

  const toggle = (name: FeatureName, on: boolean) => {
    if (!on && features.length === 1) {
      setRefused(true);
      return;
    }
    setRefused(false);
    const next = on ? [...features, name] : features.filter((f) => f !== name);
    // The canonical order, so the same set is always the same config.
    const ordered = FEATURES.filter((f) => next.includes(f));
    editConfig(runId, (d) => {
      d.features = ordered;
    });
  };

  return (
    <Section title={t('controls.section.features')}>
      <fieldset className="rl-field rl-fieldset">
        <legend className="rl-field-head">
          <span className="rl-field-label">{legend}</span>
          <HelpButton
            name={legend}
            tipId={tipId}
            text={help}
            open={helpOpen}
            onToggle={() => setHelpOpen((o) => !o)}
          />
        </legend>
        <div className="rl-feature-grid">
          {FEATURES.map((name) => (
            <label key={name} className="rl-feature" title={help}>
              <input
                type="checkbox"
                className="rl-checkbox"
                checked={features.includes(name)}
                aria-describedby={tipId}
                onChange={(e) => toggle(name, e.currentTarget.checked)}
              />
              <span>{FEATURE_LABEL[name]}</span>
            </label>
          ))}
        </div>
        <p className="rl-note rl-note--warn" role="status">
          {refused ? t('controls.features.keepOne') : null}
        </p>
        <HelpText id={tipId} text={help} open={helpOpen} />
      </fieldset>
    </Section>
  );
}

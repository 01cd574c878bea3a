// The "Compare" menu (for the header) and the setup bar above the side-by-side panels.
import { SelectField } from '../components/SelectField';
import type { SelectOption } from '../components/SelectField';
import { useT } from '../i18n';
import { editConfig, setComparison } from '../lab/labConfig';
import { MAIN_RUN, useLab } from '../store/labStore';
import type { PresetKey } from './presets';
import { PRESET_KEYS, PRESETS, presetOf } from './presets';

type Choice = PresetKey | 'none' | 'custom';

/** Starts a quick comparison from the current main config, or ends the comparison. */
export function choosePreset(key: PresetKey | 'none'): void {
  if (key === 'none') {
    setComparison(null);
    return;
  }
  const preset = PRESETS[key];
  editConfig(MAIN_RUN, preset.editMain);
  setComparison(preset.comparison);
}

/** The labelled "Compare" select with the quick setups. */
export function CompareButton() {
  const t = useT();
  const comparison = useLab((s) => s.comparison);
  const preset = presetOf(comparison);
  const value: Choice = comparison === null ? 'none' : (preset ?? 'custom');
  const options: SelectOption<Choice>[] = [
    { value: 'none', label: t('compare.preset.none') },
    ...PRESET_KEYS.map((k) => ({ value: k, label: t(`compare.preset.${k}`) })),
    // Shown only for a comparison from a link, so the select never claims a preset it is not.
    ...(value === 'custom'
      ? [{ value: 'custom' as const, label: t('compare.preset.custom') }]
      : []),
  ];
  return (
    <div className="compare-menu">
      <SelectField
        label={t('compare.select.label')}
        help={t('compare.select.help')}
        value={value}
        options={options}
        onChange={(v) => {
          if (v !== 'custom') choosePreset(v);
        }}
      />
    </div>
  );
}

/** Above the panels: what a comparison holds fixed, and the way back to one run (the menu
 * itself sits in the header). */
export function ComparisonSetup() {
  const t = useT();
  return (
    <div className="compare-setup">
      <p className="compare-note">{t('compare.view.note')}</p>
      <button
        type="button"
        className="rl-button compare-end"
        title={t('compare.view.endHelp')}
        onClick={() => choosePreset('none')}
      >
        {t('compare.view.end')}
      </button>
    </div>
  );
}

// The "Compare" menu (for the header) and the setup bar above the side-by-side panels.
import { SelectField } from '../components/SelectField';
import type { SelectOption } from '../components/SelectField';
import { useT } from '../i18n';
import { editConfig, setComparison } from '../lab/labConfig';
import { isLessonComparison, useCurrentLesson } from '../lesson/lessonStore';
import { MAIN_RUN, useLab } from '../store/labStore';
import type { QuickComparisonId } from './presets';
import { QUICK_COMPARISONS, quickComparisonOf } from './presets';

type Choice = QuickComparisonId | 'none' | 'lesson' | 'custom';

/** Starts a quick comparison from the current main config, or ends the comparison. */
export function chooseComparison(id: QuickComparisonId | 'none'): void {
  const quick = QUICK_COMPARISONS.find((q) => q.id === id);
  if (!quick) {
    setComparison(null);
    return;
  }
  editConfig(MAIN_RUN, quick.editMain);
  setComparison(quick.comparison);
}

/** What the menu shows for the comparison on screen. */
function useChoice(): Choice {
  const comparison = useLab((s) => s.comparison);
  const lesson = useCurrentLesson();
  if (comparison === null) return 'none';
  // A lesson's comparison is the lesson's, even where its runs look like a quick one.
  if (isLessonComparison(lesson, comparison)) return 'lesson';
  return quickComparisonOf(comparison)?.id ?? 'custom';
}

/** The labelled "Compare" select with the quick setups. */
export function CompareButton() {
  const t = useT();
  const value = useChoice();
  // The lesson's and a link's comparisons are offered only while on screen, so the select never
  // claims a comparison it is not showing.
  const options: SelectOption<Choice>[] = [
    { value: 'none', label: t('compare.preset.none') },
    ...(value === 'lesson' ? [{ value: 'lesson' as const, label: t('lesson.compareOption') }] : []),
    ...QUICK_COMPARISONS.map((q) => ({ value: q.id, label: t(q.labelKey) })),
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
          if (v !== 'custom' && v !== 'lesson') chooseComparison(v);
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
        onClick={() => chooseComparison('none')}
      >
        {t('compare.view.end')}
      </button>
    </div>
  );
}

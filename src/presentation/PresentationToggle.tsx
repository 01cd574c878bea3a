// The header's way into presentation mode, apart from the view itself: the view is a chunk of
// its own that only a lecture needs.
import { useT } from '../i18n';
import { enterPresentation } from './presentationActions';
import { usePresentation } from './presentationStore';

/** Whether the page is in presentation mode. */
export function usePresenting(): boolean {
  return usePresentation((s) => s.presenting);
}

/** The header button that enters presentation mode (a narrow header shows only its icon). */
export function PresentationToggle() {
  const t = useT();
  return (
    <button
      type="button"
      className="rl-button pres-toggle"
      title={t('presentation.enterTitle')}
      onClick={enterPresentation}
    >
      <span aria-hidden="true" className="pres-toggle-icon">
        ▣
      </span>
      <span className="pres-toggle-text">{t('presentation.enter')}</span>
    </button>
  );
}

// The lab's layout: a header row (title, lessons, comparison, playback, sharing, language) with
// the lesson's caption under it, notices, then controls | boundary | weights and curves. With a
// comparison the boundary and chart columns become side-by-side panels; on a phone the charts come
// first and the controls open as a sheet over the bottom of the screen; presentation mode has its
// own view (a chunk of its own: only a lecture needs it).
import { lazy, Suspense, useEffect, useState } from 'react';
import { BoundaryMap, LossCurves, NetworkDiagram, WeightHistogram } from './charts';
import { CompareButton, ComparisonView, EpochScrubber } from './compare/ComparisonView';
import { ControlPanel } from './components/ControlPanel';
import { LanguageSwitch } from './components/LanguageSwitch';
import { NoticeBanner } from './components/NoticeBanner';
import { PlaybackBar } from './components/PlaybackBar';
import { RunStatusBanner } from './components/RunStatusBanner';
import { useT } from './i18n';
import { LessonCaption } from './lesson/LessonCaption';
import { LessonMenu } from './lesson/LessonMenu';
import { PresentationToggle, usePresenting } from './presentation/PresentationToggle';
import { ShareMenu } from './share/ShareMenu';
import { MAIN_RUN, useLab } from './store/labStore';
import { PendingViewTabBar } from './views/ViewTabBar';

const PresentationView = lazy(() => import('./presentation/PresentationView'));
// The view tab bar's logic and its views load after the lab, a chunk of their own; its row
// shows at once (PendingViewTabBar), so the charts do not move when the chunk arrives.
const ViewTabs = lazy(() => import('./views/ViewTabs'));

const CONTROLS_ID = 'lab-controls';

/**
 * On a phone the opened sheet covers the lower half of the screen: the (first) map scrolls to the
 * top, so a student drags λ in the sheet and watches the boundary change above it.
 */
function showMapAboveSheet(): void {
  requestAnimationFrame(() => document.querySelector('.boundary-plot')?.scrollIntoView());
}

/** On a phone the controls are a sheet the student opens; elsewhere a column (the CSS decides). */
function ControlsSheetToggle({ open, onToggle }: { open: boolean; onToggle: () => void }) {
  const t = useT();
  return (
    <button
      type="button"
      className="rl-button lab-controls-toggle"
      aria-expanded={open}
      aria-controls={CONTROLS_ID}
      onClick={onToggle}
    >
      <span aria-hidden="true">{open ? '▾ ' : '▴ '}</span>
      {t('controls.panel.title')}
    </button>
  );
}

export function App() {
  const t = useT();
  const lang = useLab((s) => s.lang);
  const comparing = useLab((s) => s.comparison !== null);
  const presenting = usePresenting();
  const [controlsOpen, setControlsOpen] = useState(false);
  useEffect(() => {
    document.documentElement.lang = lang === 'zh' ? 'zh-Hans' : 'en';
    document.title = `${t('app.title')} · ${t('app.tagline')}`;
  }, [lang, t]);
  if (presenting) {
    return (
      <Suspense fallback={<p className="lab-loading">{t('presentation.loading')}</p>}>
        <PresentationView />
      </Suspense>
    );
  }
  return (
    <div className="lab">
      <header className="lab-header">
        <div className="lab-brand">
          <h1>{t('app.title')}</h1>
          <p className="tagline">{t('app.tagline')}</p>
        </div>
        <LessonMenu />
        <CompareButton />
        <PlaybackBar />
        <ShareMenu />
        <PresentationToggle />
        <LanguageSwitch />
        <LessonCaption />
      </header>
      <NoticeBanner />
      <RunStatusBanner runId={MAIN_RUN} />
      <main className={comparing ? 'lab-main lab-main--compare' : 'lab-main'}>
        <aside
          id={CONTROLS_ID}
          className={controlsOpen ? 'lab-controls lab-controls--open' : 'lab-controls'}
        >
          <ControlPanel runId={MAIN_RUN} />
        </aside>
        <Suspense fallback={<PendingViewTabBar />}>
          <ViewTabs runId={MAIN_RUN} />
        </Suspense>
        {comparing ? (
          <ComparisonView />
        ) : (
          <>
            <section className="lab-boundary">
              {/* The charts' h3 titles need an h2 above them where the controls are folded away. */}
              <h2 className="visually-hidden">{t('presentation.charts')}</h2>
              <BoundaryMap runId={MAIN_RUN} />
              <EpochScrubber runId={MAIN_RUN} />
              <NetworkDiagram runId={MAIN_RUN} />
            </section>
            <section className="lab-charts">
              <WeightHistogram runId={MAIN_RUN} />
              <LossCurves runId={MAIN_RUN} />
            </section>
          </>
        )}
        <ControlsSheetToggle
          open={controlsOpen}
          onToggle={() => {
            setControlsOpen(!controlsOpen);
            if (!controlsOpen) showMapAboveSheet();
          }}
        />
      </main>
    </div>
  );
}

// The lab's layout: a header (title, lessons, playback, sharing, language), notices, then three
// columns: controls, the decision boundary, and weights and curves. With a comparison the
// boundary and chart columns become side-by-side panels; presentation mode has its own view.
import { lazy, Suspense, useEffect } from 'react';
import { BoundaryMap, LossCurves, NetworkDiagram, WeightHistogram } from './charts';
import { CompareButton, ComparisonView, EpochScrubber } from './compare/ComparisonView';
import { ControlPanel } from './components/ControlPanel';
import { LanguageSwitch } from './components/LanguageSwitch';
import { NoticeBanner } from './components/NoticeBanner';
import { PlaybackBar } from './components/PlaybackBar';
import { RunStatusBanner } from './components/RunStatusBanner';
import { useT } from './i18n';
import { LessonMenu } from './lesson/LessonMenu';
import { PresentationToggle, usePresenting } from './presentation/PresentationToggle';
import { ShareMenu } from './share/ShareMenu';
import { MAIN_RUN, useLab } from './store/labStore';
import { SweepButton } from './sweep/SweepButton';

// Presentation mode is a chunk of its own: only a lecture needs it.
const PresentationView = lazy(() => import('./presentation/PresentationView'));

export function App() {
  const t = useT();
  const lang = useLab((s) => s.lang);
  const comparing = useLab((s) => s.comparison !== null);
  const presenting = usePresenting();
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
      </header>
      <NoticeBanner />
      <RunStatusBanner runId={MAIN_RUN} />
      <main className={comparing ? 'lab-main lab-main--compare' : 'lab-main'}>
        <aside className="lab-controls">
          <ControlPanel runId={MAIN_RUN} />
        </aside>
        {comparing ? (
          <ComparisonView />
        ) : (
          <>
            <section className="lab-boundary">
              <BoundaryMap runId={MAIN_RUN} />
              <EpochScrubber runId={MAIN_RUN} />
              <NetworkDiagram runId={MAIN_RUN} />
            </section>
            <section className="lab-charts">
              <SweepButton />
              <WeightHistogram runId={MAIN_RUN} />
              <LossCurves runId={MAIN_RUN} />
            </section>
          </>
        )}
      </main>
    </div>
  );
}

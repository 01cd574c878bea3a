// The lab's layout: a header (title, playback, language), notices, then three columns: controls,
// the decision boundary, and weights and curves. Narrow screens stack the columns.
import { useEffect } from 'react';
import { BoundaryMap, LossCurves, NetworkDiagram, WeightHistogram } from './charts';
import { ControlPanel } from './components/ControlPanel';
import { LanguageSwitch } from './components/LanguageSwitch';
import { NoticeBanner } from './components/NoticeBanner';
import { PlaybackBar } from './components/PlaybackBar';
import { RunStatusBanner } from './components/RunStatusBanner';
import { useT } from './i18n';
import { MAIN_RUN, useLab } from './store/labStore';

export function App() {
  const t = useT();
  const lang = useLab((s) => s.lang);
  useEffect(() => {
    document.documentElement.lang = lang === 'zh' ? 'zh-Hans' : 'en';
    document.title = `${t('app.title')} · ${t('app.tagline')}`;
  }, [lang, t]);
  return (
    <div className="lab">
      <header className="lab-header">
        <div className="lab-brand">
          <h1>{t('app.title')}</h1>
          <p className="tagline">{t('app.tagline')}</p>
        </div>
        <PlaybackBar />
        <LanguageSwitch />
      </header>
      <NoticeBanner />
      <RunStatusBanner runId={MAIN_RUN} />
      <main className="lab-main">
        <aside className="lab-controls">
          <ControlPanel runId={MAIN_RUN} />
        </aside>
        <section className="lab-boundary">
          <BoundaryMap runId={MAIN_RUN} />
          <NetworkDiagram runId={MAIN_RUN} />
        </section>
        <section className="lab-charts">
          <WeightHistogram runId={MAIN_RUN} />
          <LossCurves runId={MAIN_RUN} />
        </section>
      </main>
    </div>
  );
}

// Presentation mode: the lab for a lecture hall. Full screen, type readable from the back row,
// thick lines, a high-contrast palette, the lesson's caption, a large epoch counter, the page's
// notices and only the controls the lesson is about; driven from the keyboard or a clicker.
import { useEffect, useSyncExternalStore } from 'react';
import { BoundaryMap, LossCurves, WeightHistogram } from '../charts';
import { NoticeBanner } from '../components/NoticeBanner';
import { RunStatusBanner } from '../components/RunStatusBanner';
import { useT } from '../i18n';
import { useCurrentLesson } from '../lesson/lessonStore';
import { MAIN_RUN, useLab, useMainConfig } from '../store/labStore';
import { KeyLegend } from './KeyLegend';
import { PresentationBar } from './PresentationBar';
import { PresentationCaption } from './PresentationCaption';
import { PresentationComparison, PresentationPredict } from './PresentationComparison';
import { PresentationControls } from './PresentationControls';
import { onFullscreenChange, toggleBlank } from './presentationActions';
import { usePresentation } from './presentationStore';
import { presentedTechniques, showsWeights } from './techniques';
import { usePresentationKeys } from './usePresentationKeys';
import './presentation.css';

function subscribeFullscreen(onChange: () => void): () => void {
  document.addEventListener('fullscreenchange', onChange);
  return () => document.removeEventListener('fullscreenchange', onChange);
}

const isFullscreen = () => typeof document !== 'undefined' && !!document.fullscreenElement;

function EpochCounter() {
  const t = useT();
  const epoch = useLab((s) => s.runs[MAIN_RUN]?.epoch ?? 0);
  const training = useLab((s) => s.training);
  return (
    <div className="pres-epoch">
      <span className="pres-epoch-label">{t('controls.playback.epoch')}</span>
      <span className="pres-epoch-value" data-testid="epoch-counter" aria-busy={training}>
        {epoch}
      </span>
    </div>
  );
}

function mainClass(runs: number, weights: boolean): string {
  const names = ['pres-main'];
  if (runs > 1) names.push('pres-main--compare', `pres-main--runs-${runs}`);
  if (weights) names.push('pres-main--weights');
  return names.join(' ');
}

export default function PresentationView() {
  const t = useT();
  const lesson = useCurrentLesson();
  const config = useMainConfig();
  const runs = useLab((s) => (s.comparison === null ? 1 : s.runOrder.length));
  const legendOpen = usePresentation((s) => s.legendOpen);
  const blank = usePresentation((s) => s.blank);
  const fullscreen = useSyncExternalStore(subscribeFullscreen, isFullscreen, () => false);
  const techniques = presentedTechniques(config, lesson);
  const weights = showsWeights(techniques);
  usePresentationKeys();
  useEffect(() => subscribeFullscreen(onFullscreenChange), []);

  // Landmarks at the top level (banner, main, navigation), as a page has them: presentation mode
  // replaces the lab's page rather than sitting inside it.
  return (
    <div
      className={fullscreen ? 'presentation presentation--fullscreen' : 'presentation'}
      data-testid="presentation-root"
    >
      {/* The view's header and main are the page's top-level landmarks (axe: a banner or main
          inside another landmark is not found by landmark navigation), so no region wraps them. */}
      <header className="pres-head">
        <PresentationCaption lesson={lesson} />
        <EpochCounter />
        <div className="pres-notices">
          <NoticeBanner />
          <RunStatusBanner runId={MAIN_RUN} />
        </div>
      </header>
      <main className={mainClass(runs, weights)}>
        <h2 className="visually-hidden">{t('presentation.charts')}</h2>
        {runs > 1 ? (
          <PresentationComparison />
        ) : (
          <>
            <section className="pres-boundary">
              <BoundaryMap runId={MAIN_RUN} />
            </section>
            <section className="pres-curves">
              <LossCurves runId={MAIN_RUN} />
              {weights && <WeightHistogram runId={MAIN_RUN} />}
            </section>
          </>
        )}
        <PresentationControls techniques={techniques}>
          {runs > 1 && <PresentationPredict />}
        </PresentationControls>
        {blank && (
          <button
            type="button"
            className="pres-blank"
            aria-label={t('presentation.blank')}
            title={t('presentation.blank')}
            onClick={toggleBlank}
          />
        )}
      </main>
      <PresentationBar fullscreen={fullscreen} />
      {legendOpen && <KeyLegend />}
    </div>
  );
}

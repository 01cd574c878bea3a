// Presentation mode: the lab for a lecture hall. Full screen, type readable from the back row,
// thick lines, a high-contrast palette, the preset's caption, a large epoch counter and only the
// controls the lesson is about; driven from the keyboard or a presentation clicker.
import { useEffect, useSyncExternalStore } from 'react';
import { BoundaryMap, LossCurves, WeightHistogram } from '../charts';
import { ComparisonView } from '../compare/ComparisonView';
import { useT } from '../i18n';
import { MAIN_RUN, useLab, useMainConfig } from '../store/labStore';
import { KeyLegend } from './KeyLegend';
import { useCurrentPreset } from './lessons';
import { PresentationBar } from './PresentationBar';
import { PresentationCaption } from './PresentationCaption';
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

/** Side-by-side runs fill the width, the lesson's controls in a row beneath them. */
function mainClass(comparing: boolean, weights: boolean): string {
  const names = ['pres-main'];
  if (comparing) names.push('pres-main--compare');
  if (weights) names.push('pres-main--weights');
  return names.join(' ');
}

export default function PresentationView() {
  const t = useT();
  const preset = useCurrentPreset();
  const config = useMainConfig();
  const comparing = useLab((s) => s.comparison !== null);
  const legendOpen = usePresentation((s) => s.legendOpen);
  const blank = usePresentation((s) => s.blank);
  const fullscreen = useSyncExternalStore(subscribeFullscreen, isFullscreen, () => false);
  const techniques = presentedTechniques(config, preset);
  const weights = showsWeights(techniques);
  usePresentationKeys();
  useEffect(() => subscribeFullscreen(onFullscreenChange), []);

  return (
    <div
      className={fullscreen ? 'presentation presentation--fullscreen' : 'presentation'}
      data-testid="presentation-root"
    >
      {/* The view's header and main are the page's top-level landmarks (axe: a banner or main
          inside another landmark is not found by landmark navigation), so no region wraps them. */}
      <header className="pres-head">
        <PresentationCaption preset={preset} />
        <EpochCounter />
      </header>
      <main className={mainClass(comparing, weights)}>
        {comparing ? (
          <section className="pres-compare">
            <ComparisonView />
          </section>
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
        <PresentationControls techniques={techniques} />
      </main>
      <PresentationBar fullscreen={fullscreen} />
      {legendOpen && <KeyLegend />}
      {blank && (
        <button
          type="button"
          className="pres-blank"
          aria-label={t('presentation.blank')}
          title={t('presentation.blank')}
          onClick={toggleBlank}
        />
      )}
    </div>
  );
}

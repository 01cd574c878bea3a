// The epoch scrubber: drag back along the run to see the boundary and the weights at an earlier
// epoch (the worker keeps snapshots), then return to live. Markers jump to the best-validation and
// early-stopping epochs. A native range input, so arrows, Page keys, Home and End work; Escape
// returns to live.
import type { CSSProperties } from 'react';
import { useId } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useT } from '../i18n';
import { showEpoch, showLiveEpoch } from '../lab/actions';
import { useLab } from '../store/labStore';
import { useScrubEpoch, useShownEpoch } from '../store/scrub';

export interface EpochScrubberProps {
  runId: string;
  /** Runs the scrubber moves together (side by side); its range is their latest epoch. */
  runIds?: string[];
}

export function EpochScrubber({ runId, runIds }: EpochScrubberProps) {
  const t = useT();
  const id = useId();
  const ids = runIds ?? [runId];
  const last = useLab((s) => Math.max(0, ...ids.map((r) => s.runs[r]?.epoch ?? 0)));
  const marks = useLab(
    useShallow((s) => ({
      best: s.runs[runId]?.earlyStopping.bestEpoch ?? null,
      stop: s.runs[runId]?.earlyStopping.stoppedEpoch ?? null,
    })),
  );
  const asked = useScrubEpoch();
  const shown = useShownEpoch(runId);
  const scrubbing = asked !== null;
  const value = Math.min(asked ?? last, last);
  const pick = (epoch: number) => (epoch >= last ? showLiveEpoch() : showEpoch(epoch));
  // Centred on its epoch, but kept inside the track at either end.
  const at = (epoch: number): CSSProperties => {
    const f = last > 0 ? epoch / last : 0;
    const shift = f < 0.1 ? '0' : f > 0.9 ? '-100%' : '-50%';
    return { left: `${100 * f}%`, transform: `translateX(${shift})` };
  };
  const marker = (kind: 'best' | 'stop', epoch: number | null) =>
    epoch !== null &&
    epoch <= last && (
      <button
        type="button"
        className={`scrub-mark scrub-mark--${kind}`}
        style={at(epoch)}
        title={t(kind === 'best' ? 'compare.scrub.bestHelp' : 'compare.scrub.stopHelp', { epoch })}
        data-testid={`scrub-${kind}`}
        onClick={() => pick(epoch)}
      >
        {t(kind === 'best' ? 'compare.scrub.best' : 'compare.scrub.stop', { epoch })}
      </button>
    );

  return (
    <div className="epoch-scrubber" data-testid="epoch-scrubber">
      <div className="scrub-head">
        <label htmlFor={`${id}range`} className="rl-field-label">
          {t('compare.scrub.label')}
        </label>
        <span
          className={scrubbing ? 'scrub-badge scrub-badge--past' : 'scrub-badge'}
          role="status"
          data-testid="scrub-badge"
        >
          {scrubbing
            ? t('compare.scrub.showing', { epoch: shown ?? value })
            : t('compare.scrub.following')}
        </span>
        <button
          type="button"
          className="rl-button"
          disabled={!scrubbing}
          title={t('compare.scrub.liveHelp')}
          onClick={showLiveEpoch}
        >
          {t('compare.scrub.live')}
        </button>
      </div>
      <div className="scrub-track">
        <input
          id={`${id}range`}
          type="range"
          min={0}
          max={last}
          step={1}
          value={value}
          disabled={last === 0}
          title={t('compare.scrub.help')}
          aria-describedby={`${id}help`}
          aria-valuetext={t('compare.scrub.valueText', { epoch: value, last })}
          onChange={(e) => pick(Number(e.currentTarget.value))}
          onKeyDown={(e) => {
            if (e.key === 'Escape') showLiveEpoch();
          }}
        />
        <div className="scrub-marks">
          {marker('best', marks.best)}
          {marks.stop !== marks.best && marker('stop', marks.stop)}
        </div>
      </div>
      <p id={`${id}help`} className="visually-hidden">
        {t('compare.scrub.help')}
      </p>
    </div>
  );
}

// The sweep's progress: a bar of the points ended, the count and the time left at the pace so far
// (updated every second between points), then how it ended.
import { useEffect, useState } from 'react';
import { endedCount, secondsLeft, useSweep } from './sweepStore';
import { useSweepT } from './sweepStrings';

export function SweepProgress() {
  const t = useSweepT();
  const s = useSweep();
  // The clock the time left is read against: ticks every second while the sweep runs (a point
  // ending re-renders anyway, with the store's own time of that moment).
  const [now, setNow] = useState(() => performance.now());
  const running = s.status === 'running';
  useEffect(() => {
    if (!running) return;
    const tick = () => setNow(performance.now());
    tick();
    const timer = setInterval(tick, 1000);
    return () => clearInterval(timer);
  }, [running, s.points.length]);
  if (s.status === 'idle') return null;
  const done = endedCount(s);
  const left = secondsLeft(s, now);
  const seconds = ((s.endedAt ?? now) - s.startedAt) / 1000;
  const text =
    s.status === 'running'
      ? t('sweep.progress.running', {
          done,
          total: s.total,
          left:
            left === null
              ? t('sweep.progress.estimating')
              : t('sweep.progress.left', { seconds: Math.max(1, Math.round(left)) }),
        })
      : s.status === 'done'
        ? t('sweep.progress.done', { total: s.total, seconds: seconds.toFixed(1) })
        : t('sweep.progress.cancelled', { done, total: s.total });
  return (
    <div className="sweep-progress" data-testid="sweep-progress">
      <progress value={done} max={s.total} aria-label={t('sweep.progress')} />
      <span role="status" data-testid="sweep-progress-text">
        {text}
      </span>
      {s.failed.length > 0 && (
        <p role="alert" className="sweep-problem">
          {t('sweep.progress.failed', { count: s.failed.length, detail: s.failed[0]!.error })}
        </p>
      )}
    </div>
  );
}

import { memo } from 'react';
import { useT } from '../i18n';
import { INK, SERIES } from './palette';

/** The key to the histogram's three marks. */
/** Memoized: the key never changes with the weights. */
export const HistogramKey = memo(function HistogramKey() {
  const t = useT();
  return (
    <ul className="chart-key">
      <li>
        <svg width={16} height={12} aria-hidden="true">
          <rect width={16} height={12} fill="#8c96a3" />
        </svg>
        {t('charts.weights.keyNow')}
      </li>
      <li>
        <svg width={16} height={12} aria-hidden="true">
          <rect x={6} width={5} height={12} fill={SERIES.zero} stroke={INK} strokeWidth={0.75} />
        </svg>
        {t('charts.weights.keyZero')}
      </li>
      <li>
        <svg width={16} height={12} aria-hidden="true">
          <path
            d="M0,11V3H8V6H16"
            fill="none"
            stroke={INK}
            strokeOpacity={0.55}
            strokeDasharray="4 3"
          />
        </svg>
        {t('charts.weights.keyInitial')}
      </li>
    </ul>
  );
});

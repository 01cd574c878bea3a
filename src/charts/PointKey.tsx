import { useT } from '../i18n';
import type { StringKey } from '../i18n';
import { MUTED } from './palette';
import type { Split } from './pointMarks';
import { PointMark, WrongMark, classColor } from './pointMarks';

function Swatch({ children }: { children: React.ReactNode }) {
  return (
    <svg width={16} height={16} viewBox="-8 -8 16 16" aria-hidden="true">
      {children}
    </svg>
  );
}

const SPLITS: [Split, StringKey][] = [
  ['train', 'charts.boundary.keyTrain'],
  ['val', 'charts.boundary.keyVal'],
  ['test', 'charts.boundary.keyTest'],
];

export interface PointKeyProps {
  showTest: boolean;
  showGhosts: boolean;
}

/** The key to the marks: classes by colour, splits by shape, errors by a dark ring. */
export function PointKey({ showTest, showGhosts }: PointKeyProps) {
  const t = useT();
  return (
    <ul className="chart-key">
      {[0, 1].map((label) => (
        <li key={label}>
          <Swatch>
            <PointMark split="train" cx={0} cy={0} r={5} color={classColor(label)} />
          </Swatch>
          {t('charts.boundary.keyClass', { label })}
        </li>
      ))}
      {SPLITS.filter(([s]) => s !== 'test' || showTest).map(([split, key]) => (
        <li key={split}>
          <Swatch>
            <PointMark split={split} cx={0} cy={0} r={4.5} color={MUTED} />
          </Swatch>
          {t(key)}
        </li>
      ))}
      <li>
        <Swatch>
          <PointMark split="train" cx={0} cy={0} r={3.5} color={MUTED} />
          <WrongMark cx={0} cy={0} r={3.5} />
        </Swatch>
        {t('charts.boundary.keyWrong')}
      </li>
      {showGhosts && (
        <li>
          <Swatch>
            <circle r={4} fill={MUTED} fillOpacity={0.4} />
          </Swatch>
          {t('charts.boundary.keyGhost')}
        </li>
      )}
    </ul>
  );
}

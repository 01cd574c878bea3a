// The keys, for the lecturer rather than the class: small, in a corner, toggled with "?".
import { useT } from '../i18n';
import type { StringKey } from '../i18n';

const ROWS: [string, StringKey][] = [
  ['PageDown  →', 'presentation.legend.next'],
  ['PageUp  ←', 'presentation.legend.previous'],
  ['Space  K', 'presentation.legend.play'],
  ['S', 'presentation.legend.step'],
  ['R', 'presentation.legend.reset'],
  ['B  .', 'presentation.legend.blank'],
  ['Esc', 'presentation.legend.exit'],
  ['?', 'presentation.legend.legend'],
  ['H', 'predict.key'],
];

export function KeyLegend() {
  const t = useT();
  return (
    <aside
      className="pres-legend"
      aria-label={t('presentation.legend.title')}
      data-testid="key-legend"
    >
      <h2>{t('presentation.legend.title')}</h2>
      <dl>
        {ROWS.map(([keys, what]) => (
          <div key={what}>
            <dt>
              {keys.split('  ').map((k) => (
                <kbd key={k}>{k}</kbd>
              ))}
            </dt>
            <dd>{t(what)}</dd>
          </div>
        ))}
      </dl>
    </aside>
  );
}

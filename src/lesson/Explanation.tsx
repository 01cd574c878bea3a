// The "Explain" disclosure under a technique's controls: formula, what it does to the weights,
// what to look for in the charts, and its pitfalls. A button rather than <details>, so the
// control panel's sections stay the only <details> there. The body (its texts and KaTeX) is a
// chunk of its own, loaded and rendered only when opened.
import { lazy, Suspense, useId, useState } from 'react';
import { useT } from '../i18n';
import type { StringKey } from '../i18n';
import type { Technique } from './formulas';
import './explanation.css';

const ExplanationBody = lazy(() => import('./ExplanationBody'));

export function Explanation({ technique }: { technique: Technique }) {
  const t = useT();
  const [open, setOpen] = useState(false);
  const bodyId = useId();
  const key = (part: string) => `explain.${technique}.${part}` as StringKey;
  const name = t(key('name'));
  return (
    <div className={open ? 'rl-explain rl-explain--open' : 'rl-explain'}>
      <button
        type="button"
        className="rl-explain-toggle"
        aria-expanded={open}
        aria-controls={bodyId}
        title={t('explain.toggle', { name })}
        onClick={() => setOpen((o) => !o)}
      >
        <span aria-hidden="true">{open ? '▾ ' : '▸ '}</span>
        {t('explain.toggle', { name })}
      </button>
      <div
        id={bodyId}
        className="rl-explain-body"
        role="region"
        aria-label={t('explain.toggle', { name })}
        hidden={!open}
      >
        {open && (
          <Suspense fallback={<p>{t('explain.loading')}</p>}>
            <ExplanationBody technique={technique} />
          </Suspense>
        )}
      </div>
    </div>
  );
}

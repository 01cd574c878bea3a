// The "Explain" disclosure under a technique's controls: formula, what it does to the weights,
// what to look for in the charts, and its pitfalls. A button rather than <details>, so the
// control panel's sections stay the only <details> there. The body (and KaTeX) renders only
// when opened.
import { useId, useState } from 'react';
import { useT } from '../i18n';
import type { StringKey } from '../i18n';
import { Formula } from './Formula';
import type { Technique } from './formulas';
import { FORMULAS } from './formulas';
import './explanation.css';

const PARTS = ['does', 'look', 'pitfall'] as const;

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
          <>
            <h3>{t('explain.formula')}</h3>
            {FORMULAS[technique].map((tex) => (
              <Formula key={tex} tex={tex} />
            ))}
            {PARTS.map((part) => (
              <section key={part}>
                <h3>{t(`explain.${part}`)}</h3>
                <p>{t(key(part))}</p>
              </section>
            ))}
          </>
        )}
      </div>
    </div>
  );
}

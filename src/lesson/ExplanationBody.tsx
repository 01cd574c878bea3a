// An open Explain panel's body: the formula, then what the technique does, what to look for and
// its pitfalls. A chunk of its own with its texts (and KaTeX behind it), loaded on first open.
import { useT } from '../i18n';
import { EXPLANATION_BODIES } from '../i18n/explanationBodies';
import { useLab } from '../store/labStore';
import { Formula } from './Formula';
import type { Technique } from './formulas';
import { FORMULAS } from './formulas';

const PARTS = ['does', 'look', 'pitfall'] as const;

export default function ExplanationBody({ technique }: { technique: Technique }) {
  const t = useT();
  const lang = useLab((s) => s.lang);
  return (
    <>
      <h3>{t('explain.formula')}</h3>
      {FORMULAS[technique].map((tex) => (
        <Formula key={tex} tex={tex} />
      ))}
      {PARTS.map((part) => (
        <section key={part}>
          <h3>{t(`explain.${part}`)}</h3>
          <p>{EXPLANATION_BODIES[lang][`explain.${technique}.${part}`]}</p>
        </section>
      ))}
    </>
  );
}

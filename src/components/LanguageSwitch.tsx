// English / 简体中文. Each language is named in itself, so a reader finds their own.
import type { Lang } from '../store/urlCodec';
import { setLang } from '../lab/actions';
import { useLab } from '../store/labStore';
import { useT } from '../i18n';
import './controls.css';

const LANGUAGES: { lang: Lang; name: string; htmlLang: string }[] = [
  { lang: 'en', name: 'English', htmlLang: 'en' },
  { lang: 'zh', name: '简体中文', htmlLang: 'zh-Hans' },
];

export function LanguageSwitch() {
  const t = useT();
  const current = useLab((s) => s.lang);
  return (
    <div className="rl-lang" role="group" aria-label={t('app.language')}>
      {LANGUAGES.map(({ lang, name, htmlLang }) => (
        <button
          key={lang}
          type="button"
          lang={htmlLang}
          className="rl-button rl-lang-button"
          aria-pressed={current === lang}
          onClick={() => setLang(lang)}
        >
          {name}
        </button>
      ))}
    </div>
  );
}

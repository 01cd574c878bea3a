// The lab's layout: header (title, language, notices), controls on the left, the decision
// boundary in the middle, weights and curves on the right. Narrow screens stack the columns.
import { useT } from './i18n';
import { play } from './store/actions';
import { MAIN_RUN, useLab } from './store/labStore';

export function App() {
  const t = useT();
  const epoch = useLab((s) => s.runs[MAIN_RUN]!.epoch);
  return (
    <div className="lab">
      <header className="lab-header">
        <h1>{t('app.title')}</h1>
        <p className="tagline">{t('app.tagline')}</p>
      </header>
      <main className="lab-main">
        <button type="button" onClick={play}>
          play
        </button>
        <output data-testid="epoch">{epoch}</output>
      </main>
    </div>
  );
}

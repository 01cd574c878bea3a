// The header's "Share and export" menu. Only the button is in the page's first load: the panel
// (links, exports, imports) is a chunk of its own, fetched the first time the menu opens.
import { lazy, Suspense, useState } from 'react';
import { useT } from '../i18n';
import './share.css';

const SharePanel = lazy(() => import('./SharePanel'));

export function ShareMenu() {
  const t = useT();
  const [opened, setOpened] = useState(false);
  return (
    <details className="share-menu" onToggle={(e) => e.currentTarget.open && setOpened(true)}>
      <summary className="rl-button" title={t('share.menu.help')}>
        {t('share.menu')}
      </summary>
      {/* Kept once opened, so its messages stay until the next action. */}
      {opened && (
        <Suspense fallback={<div className="share-panel">{t('share.loading')}</div>}>
          <SharePanel />
        </Suspense>
      )}
    </details>
  );
}

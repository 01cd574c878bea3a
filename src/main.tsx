import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.tsx';
import { loadLanguage } from './i18n';
import { setSpeed } from './lab/actions';
import { currentHash } from './lab/hash';
import { startLab } from './lab/labConfig';
import { DEFAULT_LAB_SPEED } from './lesson/defaultLab';
import { openLinkedLesson } from './lesson/lessonActions';
import './styles.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element to mount RegLab into.');

// A Chinese link loads its strings before the first render, so the page never flashes English.
const lang = new URLSearchParams(window.location.hash.slice(1)).get('lang') === 'zh' ? 'zh' : 'en';
void loadLanguage(lang).finally(() => {
  // startLab rewrites the address bar: the link's lesson is read from the hash it was opened with.
  const hash = window.location.hash;
  startLab(hash);
  setSpeed(DEFAULT_LAB_SPEED);
  openLinkedLesson(hash);
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
});

// Offline after one visit, and a new version announced (src/share/offline.ts). Built apps only:
// the dev server has no service worker.
if (import.meta.env.PROD) void import('./share/offline').then((m) => m.registerOffline());

// The browser tests' build only: a handle on the page for them and for `npm run bench:ui`.
if (import.meta.env.MODE === 'e2e') {
  void import('./lab/testHooks').then((m) => m.installTestHooks());
}

window.addEventListener('hashchange', () => {
  // A link pasted into the address bar of an open lab: load it as if the page were opened with it.
  const hash = window.location.hash;
  if (hash === currentHash()) return;
  startLab(hash);
  openLinkedLesson(hash);
});

import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.tsx';
import * as actions from './lab/actions';
import { editConfig, startLab } from './lab/labConfig';
import { currentHash } from './lab/hash';
import { historyOf } from './store/histories';
import { useLab } from './store/labStore';
import './styles.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element to mount RegLab into.');

startLab(window.location.hash);
// A read-mostly handle for the browser tests and `npm run bench:ui` (state, and the crash hook).
Object.assign(window, {
  __reglab: { lab: useLab, actions: { ...actions, editConfig }, historyOf },
});
window.addEventListener('hashchange', () => {
  // A link pasted into the address bar of an open lab: load it as if the page were opened with it.
  if (window.location.hash !== currentHash()) startLab(window.location.hash);
});

createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);

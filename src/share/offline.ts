// Offline use after one visit: the service worker that vite-plugin-pwa generates (vite.config.ts)
// precaches the built app, its lazy chunks, the worker bundle and the KaTeX fonts, so a lab opened
// once opens again on a classroom Wi-Fi that fails. A new version is never applied behind the
// user's back, mid-class: it waits, the page says it is ready, and it takes over when the user
// reloads through the notice (or closes every RegLab tab). Loaded after the page has started.
import { useLab } from '../store/labStore';

/** Generated next to index.html by vite-plugin-pwa; relative, so a sub-path install works. */
export const SERVICE_WORKER_URL = './sw.js';
const UPDATE_CHECK_MS = 60 * 60 * 1000;

let waiting: ServiceWorker | null = null;
let applying = false;

/** Says a new version is ready, without covering a notice the user has not read yet. */
function announce(worker: ServiceWorker): void {
  waiting = worker;
  const show = () => useLab.setState({ notice: { kind: 'update-ready', detail: '' } });
  if (useLab.getState().notice === null) return show();
  const stop = useLab.subscribe((s) => {
    if (s.notice !== null) return;
    stop();
    show();
  });
}

/** Registers the service worker and listens for a new version of the app. */
export async function registerOffline(
  container: ServiceWorkerContainer | undefined = navigator.serviceWorker,
  reload: () => void = () => window.location.reload(),
): Promise<void> {
  if (!container) return; // an insecure origin, or a browser without service workers
  const registration = await container.register(SERVICE_WORKER_URL, { scope: './' });
  // The first install replaces nothing (no page is controlled yet); only an update waits.
  if (registration.waiting && container.controller) announce(registration.waiting);
  registration.addEventListener('updatefound', () => {
    const worker = registration.installing;
    worker?.addEventListener('statechange', () => {
      if (worker.state === 'installed' && container.controller) announce(worker);
    });
  });
  // The new version took over because the user asked for it: load the page from it.
  container.addEventListener('controllerchange', () => {
    if (applying) reload();
  });
  // A lab left open all day still hears of a new version; offline, the check just fails.
  setInterval(() => void registration.update().catch(() => undefined), UPDATE_CHECK_MS);
}

/** The user chose to reload: the waiting version takes over, then the page reloads from it. */
export function applyUpdate(reload: () => void = () => window.location.reload()): void {
  if (!waiting) return reload();
  applying = true;
  // Workbox's generated worker calls skipWaiting() on this message.
  waiting.postMessage({ type: 'SKIP_WAITING' });
}

// The page's notices (a link that could not be read, a restarted worker, a refused value, keys a
// link or file held that were left out, a new version ready) with the technical detail in smaller
// print. Failures are alerts; the rest are polite status messages.
import type { NoticeKind } from '../store/labStore';
import { useLab } from '../store/labStore';
import { dismissNotice } from '../lab/actions';
import type { StringKey } from '../i18n';
import { useT } from '../i18n';
import { runLabel } from '../compare/runLabel';
import './controls.css';

const NOTICE_TEXT: Record<NoticeKind, StringKey> = {
  'link-malformed': 'notice.link-malformed',
  'link-invalid': 'notice.link-invalid',
  'link-warnings': 'notice.link-warnings',
  'worker-restarted': 'notice.worker-restarted',
  'worker-failed': 'notice.worker-failed',
  'config-rejected': 'notice.config-rejected',
  'import-warnings': 'notice.import-warnings',
  'recovery-failed': 'notice.recovery-failed',
  'update-ready': 'notice.update-ready',
};

const ALERTS: readonly NoticeKind[] = [
  'link-malformed',
  'link-invalid',
  'worker-failed',
  'recovery-failed',
];

/** A new version waits in the service worker: take it and reload (src/share/offline.ts). */
function reloadToUpdate(): void {
  void import('../share/offline').then((m) => m.applyUpdate());
}

export function NoticeBanner() {
  const t = useT();
  const notice = useLab((s) => s.notice);
  const alert = notice !== null && ALERTS.includes(notice.kind);
  const content = notice && (
    <div className={`rl-banner rl-notice ${alert ? 'rl-banner--alert' : ''}`}>
      <p>
        {notice.run === undefined
          ? t(NOTICE_TEXT[notice.kind])
          : t('notice.config-rejected-run', { run: runLabel(t, notice.run) })}
        {notice.detail && <small className="rl-notice-detail">{notice.detail}</small>}
      </p>
      {notice.kind === 'update-ready' && (
        <button type="button" className="rl-button rl-button--primary" onClick={reloadToUpdate}>
          {t('notice.reload')}
        </button>
      )}
      <button type="button" className="rl-button" onClick={dismissNotice}>
        {t('notice.dismiss')}
      </button>
    </div>
  );
  // The status region stays in the page so a new message in it is announced; an alert is
  // announced when it appears.
  return (
    <div className="rl-notices">
      <div role="status">{notice && !alert && content}</div>
      {alert && <div role="alert">{content}</div>}
    </div>
  );
}

// The page's notices (a link that could not be read, a restarted worker, a refused value) with
// the technical detail in smaller print. Failures are alerts; the rest are polite status messages.
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
};

function isError(kind: NoticeKind): boolean {
  return kind === 'worker-failed' || kind.startsWith('link-');
}

export function NoticeBanner() {
  const t = useT();
  const notice = useLab((s) => s.notice);
  const content = notice && (
    <div className={`rl-banner rl-notice ${isError(notice.kind) ? 'rl-banner--alert' : ''}`}>
      <p>
        {notice.run === undefined
          ? t(NOTICE_TEXT[notice.kind])
          : t('notice.config-rejected-run', { run: runLabel(t, notice.run) })}
        {notice.detail && <small className="rl-notice-detail">{notice.detail}</small>}
      </p>
      <button type="button" className="rl-button" onClick={dismissNotice}>
        {t('notice.dismiss')}
      </button>
    </div>
  );
  // The status region stays in the page so a new message in it is announced; an alert is
  // announced when it appears.
  return (
    <div className="rl-notices">
      <div role="status">{notice && !isError(notice.kind) && content}</div>
      {notice && isError(notice.kind) && <div role="alert">{content}</div>}
    </div>
  );
}

// The share menu's panel: a link to this exact lab (or, past a safe length, the config as a file
// instead), the run, its config and its history as files, the whole view as one picture for
// slides, and loading a run or config file back. A chunk of its own (see ShareMenu).
import { useRef, useState } from 'react';
import { useT } from '../i18n';
import { exportRun } from '../lab/actions';
import { currentHash } from '../lab/hash';
import { loadLesson } from '../lab/labConfig';
import { historyOf } from '../store/histories';
import { MAIN_RUN, useLab } from '../store/labStore';
import { linkIsTooLong, SAFE_LINK_LENGTH } from '../store/urlCodec';
import { readText, saveFile, saveText } from './download';
import { historyCsv } from './historyCsv';
import { readImport } from './runImport';

type Message = { tone: 'ok' | 'error'; text: string; detail?: string } | null;

const messageOf = (e: unknown) => (e instanceof Error ? e.message : String(e));

export default function SharePanel() {
  const t = useT();
  const [message, setMessage] = useState<Message>(null);
  const [fallbackLink, setFallbackLink] = useState<string | null>(null);
  const linkField = useRef<HTMLInputElement>(null);
  // Read at each render (the menu re-renders when it opens and after each action).
  const hash = currentHash();
  const tooLong = linkIsTooLong(hash);
  const tooLongText = t('share.tooLong', {
    length: hash.length.toLocaleString('en-US'),
    max: SAFE_LINK_LENGTH.toLocaleString('en-US'),
  });
  const fail = (e: unknown) =>
    setMessage({ tone: 'error', text: t('share.failed'), detail: messageOf(e) });

  const copyLink = async () => {
    setFallbackLink(null);
    // A link that would be cut opens another lab, or none: never hand one out.
    if (tooLong) return setMessage({ tone: 'error', text: tooLongText });
    const link = `${window.location.href.split('#')[0]}${hash}`;
    try {
      await navigator.clipboard.writeText(link);
      setMessage({ tone: 'ok', text: t('share.copied') });
    } catch {
      // No clipboard (an insecure origin, a refused permission): show the link to copy by hand.
      setFallbackLink(link);
      setMessage({ tone: 'error', text: t('share.copyFallback') });
      requestAnimationFrame(() => linkField.current?.select());
    }
  };

  const saveRun = async () => {
    try {
      const run = await exportRun(MAIN_RUN);
      if (!run) return setMessage({ tone: 'error', text: t('share.noRun') });
      saveText('reglab-run.json', `${JSON.stringify(run)}\n`, 'application/json');
      setMessage({ tone: 'ok', text: t('share.saved', { file: 'reglab-run.json' }) });
    } catch (e) {
      fail(e);
    }
  };

  const saveConfig = () => {
    const config = useLab.getState().runs[MAIN_RUN]!.config;
    saveText('reglab-config.json', `${JSON.stringify(config, null, 2)}\n`, 'application/json');
    setMessage({ tone: 'ok', text: t('share.saved', { file: 'reglab-config.json' }) });
  };

  const saveHistory = () => {
    saveText('reglab-history.csv', historyCsv(historyOf(MAIN_RUN)), 'text/csv');
    setMessage({ tone: 'ok', text: t('share.saved', { file: 'reglab-history.csv' }) });
  };

  const saveView = async () => {
    try {
      const root = document.querySelector('.lab-main') ?? document.body;
      // The picture exporter is a chunk of its own: most visits never export.
      const { collectPicture, composeSvg, svgToPng } = await import('./svgExport');
      saveFile('reglab-view.png', await svgToPng(composeSvg(collectPicture(root)), 2));
      setMessage({ tone: 'ok', text: t('share.saved', { file: 'reglab-view.png' }) });
    } catch (e) {
      fail(e);
    }
  };

  const importFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = ''; // choosing the same file again must fire another change
    if (!file) return;
    try {
      const { config, warnings } = readImport(await readText(file));
      loadLesson({ config, comparison: null });
      setMessage({ tone: 'ok', text: t('share.imported', { file: file.name }) });
      // Keys that were left out are named in the page's notice, which stays until dismissed.
      if (warnings.length) {
        useLab.setState({ notice: { kind: 'import-warnings', detail: warnings.join(' ') } });
      } else if (useLab.getState().notice?.kind === 'import-warnings') {
        useLab.setState({ notice: null });
      }
    } catch (e) {
      const text = t('share.importFailed', { file: file.name });
      setMessage({ tone: 'error', text, detail: messageOf(e) });
    }
  };

  return (
    <div className="share-panel" role="group" aria-label={t('share.menu')}>
      <button
        type="button"
        className="rl-button"
        title={t('share.copyLink.help')}
        aria-describedby={tooLong ? 'share-too-long' : undefined}
        onClick={() => void copyLink()}
      >
        {t('share.copyLink')}
      </button>
      {tooLong && (
        <p id="share-too-long" className="share-message share-note">
          {tooLongText}
        </p>
      )}
      {fallbackLink !== null && (
        <input
          ref={linkField}
          className="share-link"
          readOnly
          value={fallbackLink}
          aria-label={t('share.linkField')}
          onFocus={(e) => e.currentTarget.select()}
        />
      )}
      <button
        type="button"
        className={tooLong ? 'rl-button rl-button--primary' : 'rl-button'}
        title={t('share.exportConfig.help')}
        onClick={saveConfig}
      >
        {t('share.exportConfig')}
      </button>
      <button
        type="button"
        className="rl-button"
        title={t('share.exportRun.help')}
        onClick={() => void saveRun()}
      >
        {t('share.exportRun')}
      </button>
      <button
        type="button"
        className="rl-button"
        title={t('share.exportHistory.help')}
        onClick={saveHistory}
      >
        {t('share.exportHistory')}
      </button>
      <button
        type="button"
        className="rl-button"
        title={t('share.viewPng.help')}
        onClick={() => void saveView()}
      >
        {t('share.viewPng')}
      </button>
      <label className="rl-button share-file" title={t('share.import.help')}>
        {t('share.import')}
        <input
          type="file"
          accept=".json,application/json"
          className="share-file-input"
          onChange={(e) => void importFile(e.currentTarget)}
        />
      </label>
      <div role="status" className="share-message">
        {message?.tone === 'ok' && message.text}
      </div>
      <div role="alert" className="share-message share-error">
        {message?.tone === 'error' && (
          <>
            {message.text} {message.detail && <span>{message.detail}</span>}
          </>
        )}
      </div>
    </div>
  );
}

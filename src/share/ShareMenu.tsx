// The header's "Share and export" menu: a link to this exact lab, the run and its history as
// files, the whole view as one picture for slides, and loading a run or config file back.
import { useRef, useState } from 'react';
import { ConfigError } from '../../workers/contract';
import { useT } from '../i18n';
import { exportRun } from '../lab/actions';
import { loadLesson } from '../lab/labConfig';
import { historyOf } from '../store/histories';
import { MAIN_RUN } from '../store/labStore';
import { readText, saveFile, saveText } from './download';
import { historyCsv } from './historyCsv';
import './share.css';

type Message = { tone: 'ok' | 'error'; text: string; detail?: string } | null;

export function ShareMenu() {
  const t = useT();
  const [message, setMessage] = useState<Message>(null);
  const [fallbackLink, setFallbackLink] = useState<string | null>(null);
  const linkField = useRef<HTMLInputElement>(null);
  const fail = (e: unknown) =>
    setMessage({
      tone: 'error',
      text: t('share.failed'),
      detail: e instanceof Error ? e.message : String(e),
    });

  const copyLink = async () => {
    const link = window.location.href;
    try {
      await navigator.clipboard.writeText(link);
      setFallbackLink(null);
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

  const saveHistory = () => {
    saveText('reglab-history.csv', historyCsv(historyOf(MAIN_RUN)), 'text/csv');
    setMessage({ tone: 'ok', text: t('share.saved', { file: 'reglab-history.csv' }) });
  };

  const saveView = async () => {
    try {
      const root = document.querySelector('.lab-main') ?? document.body;
      // The picture exporter is a chunk of its own: most visits never export.
      const { collectLayers, composeSvg, svgToPng } = await import('./svgExport');
      saveFile('reglab-view.png', await svgToPng(composeSvg(collectLayers(root)), 2));
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
      const { readImport } = await import('./runImport');
      const { config } = readImport(await readText(file));
      loadLesson({ config, comparison: null });
      setMessage({ tone: 'ok', text: t('share.imported', { file: file.name }) });
    } catch (e) {
      const detail = e instanceof ConfigError || e instanceof Error ? e.message : String(e);
      setMessage({ tone: 'error', text: t('share.importFailed', { file: file.name }), detail });
    }
  };

  return (
    <details className="share-menu">
      <summary className="rl-button" title={t('share.menu.help')}>
        {t('share.menu')}
      </summary>
      <div className="share-panel" role="group" aria-label={t('share.menu')}>
        <button
          type="button"
          className="rl-button"
          title={t('share.copyLink.help')}
          onClick={() => void copyLink()}
        >
          {t('share.copyLink')}
        </button>
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
    </details>
  );
}

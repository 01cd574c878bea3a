// Your own data on the boundary map: a toggle to add points by clicking (or tapping, or from the
// keyboard with a crosshair), the class of new points and the split they join, a CSV import, and
// the layer over the plot that turns a pointer or a key into a point. Every edit makes the dataset
// 'custom'; the points already there keep their split, and the run starts over on the edited
// points (so its config still reproduces it: docs/config.md, "Your own points").
import { lazy, Suspense, useState } from 'react';
import type { PointSplit } from '../../workers/contract';
import { parsePointsCsvInChunks } from '../../workers/contract';
import { useT } from '../i18n';
import { readText } from '../share/download';
import { editConfig } from '../lab/labConfig';
import { setCustomPoints } from './customPoints';
import { Toggle } from './Toggle';
import '../share/share.css';

export interface PointEditState {
  on: boolean;
  label: 0 | 1;
  /** The split new points join (training when not chosen). */
  split?: PointSplit;
}

interface ControlsProps {
  runId: string;
  edit: PointEditState;
  onEdit: (edit: PointEditState) => void;
}

export function PointEditControls({ runId, edit, onEdit }: ControlsProps) {
  const t = useT();
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const importCsv = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    setError(null);
    setDone(null);
    try {
      // In chunks, so a huge file never freezes the page; it stops at the point limit.
      const points = await parsePointsCsvInChunks(await readText(file));
      editConfig(runId, (d) => setCustomPoints(d, points));
      setDone(t('points.imported', { count: points.length, file: file.name }));
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };
  return (
    <>
      <span title={t('points.edit.help')}>
        <Toggle
          label={t('points.edit')}
          checked={edit.on}
          onChange={(on) => onEdit({ ...edit, on })}
          testId="toggle-edit-points"
        />
      </span>
      {edit.on && (
        <>
          <select
            className="chart-select"
            aria-label={t('points.class')}
            title={t('points.class')}
            value={edit.label}
            onChange={(e) => onEdit({ ...edit, label: e.currentTarget.value === '1' ? 1 : 0 })}
          >
            <option value="0">{t('points.class0')}</option>
            <option value="1">{t('points.class1')}</option>
          </select>
          <select
            className="chart-select"
            aria-label={t('points.split')}
            title={t('points.split.help')}
            value={edit.split ?? 'train'}
            onChange={(e) => onEdit({ ...edit, split: e.currentTarget.value as PointSplit })}
          >
            <option value="train">{t('points.split.train')}</option>
            <option value="val">{t('points.split.val')}</option>
            <option value="test">{t('points.split.test')}</option>
          </select>
        </>
      )}
      <label className="rl-button share-file" title={t('points.import.help')}>
        {t('points.import.short')}
        <input
          type="file"
          accept=".csv,text/csv,text/plain"
          className="share-file-input"
          aria-label={t('points.import')}
          onChange={(e) => void importCsv(e.currentTarget)}
        />
      </label>
      {error && (
        <span role="alert" className="share-error" data-testid="points-csv-error">
          {t('points.importFailed')} {error}
        </span>
      )}
      {done && <span role="status">{done}</span>}
    </>
  );
}

export interface LayerProps {
  runId: string;
  edit: PointEditState;
  size: number;
  left: number;
  top: number;
  /** Data → pixel scales of the plot, with their inverses. */
  x: { invert: (px: number) => number };
  y: { invert: (px: number) => number };
  /** Radius of a drawn point in pixels: a click this close (plus a margin) removes it. */
  r: number;
}

// The layer is a chunk of its own, loaded when editing is first switched on.
const Layer = lazy(() => import('./PointEditLayer'));

/** Catches clicks, taps and keys on the plot while editing; absent otherwise, so hovering is
 * unchanged. */
export function PointEditLayer(props: LayerProps) {
  if (!props.edit.on) return null;
  return (
    <Suspense fallback={null}>
      <Layer {...props} />
    </Suspense>
  );
}

// Your own data on the boundary map: a toggle to add points by clicking (or tapping), the class
// of new points, a CSV import, and the layer over the plot that turns a pointer into a point.
// Every edit makes the dataset 'custom' and starts a new run on the edited points, so the class
// sees the boundary learn again with the outlier in it.
import type { PointerEvent } from 'react';
import { useState } from 'react';
import { parsePointsCsvInChunks } from '../../workers/contract';
import { useT } from '../i18n';
import { readText } from '../share/download';
import { editConfig } from '../lab/labConfig';
import { frameStore, shownPicture } from '../store/frameStore';
import { useLab } from '../store/labStore';
import { MAX_POINTS, clickPoint, setCustomPoints, startingPoints } from './pointEditing';
import { Toggle } from './Toggle';
import '../share/share.css';

export interface PointEditState {
  on: boolean;
  label: 0 | 1;
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

interface LayerProps {
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

/** Catches clicks and taps on the plot while editing; absent otherwise, so hovering is unchanged. */
export function PointEditLayer({ runId, edit, size, left, top, x, y, r }: LayerProps) {
  const t = useT();
  if (!edit.on) return null;
  const onPointerDown = (e: PointerEvent<HTMLDivElement>) => {
    e.preventDefault();
    const box = e.currentTarget.getBoundingClientRect();
    const px = ((e.clientX - box.left) / box.width) * size;
    const py = ((e.clientY - box.top) / box.height) * size;
    const config = useLab.getState().runs[runId]?.config;
    if (!config) return;
    const shown = shownPicture(frameStore.getState(), runId)?.points;
    const points = startingPoints(config, shown);
    const radius = Math.abs(x.invert(Math.max(6, r + 3)) - x.invert(0));
    const result = clickPoint(points, x.invert(px), y.invert(py), edit.label, radius);
    if (result.kind === 'full') {
      useLab.setState({
        notice: { kind: 'config-rejected', detail: t('points.limit', { max: MAX_POINTS }) },
      });
      return;
    }
    editConfig(runId, (d) => setCustomPoints(d, result.points));
  };
  return (
    <div
      className="point-edit-layer"
      style={{ left, top, width: size, height: size }}
      role="application"
      aria-label={t('points.layer', { label: edit.label })}
      title={t('points.layer', { label: edit.label })}
      data-testid="point-edit-layer"
      onPointerDown={onPointerDown}
    />
  );
}

// The layer over the boundary plot while editing points: turns a click, a tap or a key into a
// point (PointEditor.tsx shows the controls and loads this on the first edit: a chunk of its
// own, since most visits never edit). From the keyboard, arrow keys move a crosshair, Enter adds
// a point and Delete removes the nearest; the editor's last word is shown over the plot's top
// edge and announced.
import type { KeyboardEvent, PointerEvent } from 'react';
import { useId, useState } from 'react';
import { DOMAIN } from '../../workers/contract';
import { useT } from '../i18n';
import { editConfig } from '../lab/labConfig';
import { frameStore, shownPicture } from '../store/frameStore';
import { useLab } from '../store/labStore';
import type { LayerProps } from './PointEditor';
import type { Crosshair, PointEdit } from './pointEditing';
import {
  MAX_POINTS,
  addPoint,
  clickPoint,
  moveCrosshair,
  removeNear,
  setCustomPoints,
  startingPoints,
} from './pointEditing';

/** How close to the crosshair, in data units, Delete finds a point to remove. */
const KEY_REMOVE_RADIUS = 0.5;

/** A coordinate as the messages show it (the minus sign, not a hyphen). */
const shown = (v: number) => String(v).replace('-', '−');

export default function PointEditLayer({ runId, edit, size, left, top, x, y, r }: LayerProps) {
  const t = useT();
  const keysId = useId();
  const [cross, setCross] = useState<Crosshair>({ x1: 0, x2: 0 });
  // The editor's last word (a point added or removed, the crosshair), shown over the plot's top
  // edge so the plot never moves under the pointer, and announced.
  const [status, say] = useState('');
  const split = edit.split ?? 'train';
  const span = DOMAIN[1] - DOMAIN[0];

  /** The points an edit starts from, or null while the run has no config. */
  const current = () => {
    const config = useLab.getState().runs[runId]?.config;
    if (!config) return null;
    return startingPoints(config, shownPicture(frameStore.getState(), runId)?.points);
  };

  const apply = (result: PointEdit) => {
    if (result.kind === 'none') return say(t('points.noneNear'));
    if (result.kind === 'full') {
      useLab.setState({
        notice: { kind: 'config-rejected', detail: t('points.limit', { max: MAX_POINTS }) },
      });
      return;
    }
    editConfig(runId, (d) => setCustomPoints(d, result.points));
    // A refused edit has said why in the page's notice; say nothing about a point here.
    const now = useLab.getState().runs[runId]?.config.data.points?.length;
    if (now !== result.points.length) return;
    const [x1, x2, label] = result.point;
    const at = { x1: shown(x1), x2: shown(x2) };
    if (result.kind === 'removed') return say(t('points.removed', at));
    const added = t('points.added', { ...at, label, split: t(`points.to.${split}`) });
    say(split === 'test' ? `${added} ${t('points.added.test')}` : added);
  };

  const onPointerDown = (e: PointerEvent<HTMLDivElement>) => {
    if (!e.isPrimary) return;
    e.preventDefault();
    const box = e.currentTarget.getBoundingClientRect();
    const px = ((e.clientX - box.left) / box.width) * size;
    const py = ((e.clientY - box.top) / box.height) * size;
    const points = current();
    if (!points) return;
    const radius = Math.abs(x.invert(Math.max(6, r + 3)) - x.invert(0));
    apply(clickPoint(points, x.invert(px), y.invert(py), edit.label, radius, split));
  };

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const moved = moveCrosshair(cross, e.key, e.shiftKey);
    if (moved) {
      e.preventDefault();
      setCross(moved);
      return say(t('points.cross', { x1: shown(moved.x1), x2: shown(moved.x2) }));
    }
    const points =
      e.key === 'Enter' || e.key === 'Delete' || e.key === 'Backspace' ? current() : null;
    if (!points) return;
    e.preventDefault();
    if (e.key === 'Enter') apply(addPoint(points, cross.x1, cross.x2, edit.label, split));
    else apply(removeNear(points, cross.x1, cross.x2, KEY_REMOVE_RADIUS));
  };

  const label = t('points.layer', { label: edit.label });
  return (
    <>
      <div
        className="point-edit-layer"
        style={{ left, top, width: size, height: size }}
        role="application"
        aria-label={label}
        aria-describedby={keysId}
        title={label}
        tabIndex={0}
        data-testid="point-edit-layer"
        onPointerDown={onPointerDown}
        onKeyDown={onKeyDown}
        onFocus={() => say(t('points.cross', { x1: shown(cross.x1), x2: shown(cross.x2) }))}
      >
        <span id={keysId} hidden>
          {t('points.keys', { label: edit.label })}
        </span>
        {/* Drawn while the plot has the keyboard's focus (share.css). */}
        <span
          className="point-edit-cross"
          data-testid="point-edit-crosshair"
          style={{
            left: ((cross.x1 - DOMAIN[0]) / span) * size,
            top: ((DOMAIN[1] - cross.x2) / span) * size,
          }}
        />
      </div>
      <p
        role="status"
        className="point-edit-status"
        style={{ left, top, width: size }}
        data-testid="point-edit-status"
      >
        {status}
      </p>
    </>
  );
}

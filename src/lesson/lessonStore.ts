// Which lesson preset is on screen. Presentation mode reads `currentLessonId` and steps through
// the presets with nextPreset() / previousPreset(); the menu calls loadPreset().
import { create } from 'zustand';
import type { ConfigV1 } from '../../workers/contract';
import { loadLesson } from '../lab/labConfig';
import type { Comparison } from '../store/configPatch';
import type { LessonId, LessonPreset } from './presets';
import { PRESETS, presetById } from './presets';

export interface LessonState {
  currentLessonId: LessonId | null;
}

export const useLessonStore = create<LessonState>(() => ({ currentLessonId: null }));

/** Loads a preset (paused, from epoch 0, the URL updated); unknown ids are ignored. */
export function loadPreset(id: string): void {
  const p = presetById(id);
  if (!p) return;
  loadLesson({ config: structuredClone(p.config), comparison: p.comparison ?? null });
  useLessonStore.setState({ currentLessonId: p.id });
}

function step(by: 1 | -1): void {
  const current = useLessonStore.getState().currentLessonId;
  const i = current === null ? -1 : PRESETS.findIndex((p) => p.id === current);
  // From no lesson, "next" starts at the first and "previous" at the last.
  const next = i < 0 ? (by === 1 ? 0 : PRESETS.length - 1) : i + by;
  if (next < 0 || next >= PRESETS.length) return;
  loadPreset(PRESETS[next]!.id);
}

export function nextPreset(): void {
  step(1);
}

export function previousPreset(): void {
  step(-1);
}

/** Clears the lesson (the caption goes away); the lab keeps its settings. */
export function clearLesson(): void {
  useLessonStore.setState({ currentLessonId: null });
}

export function useCurrentLesson(): LessonPreset | null {
  const id = useLessonStore((s) => s.currentLessonId);
  return id === null ? null : (presetById(id) ?? null);
}

function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a).filter((k) => (a as Record<string, unknown>)[k] !== undefined);
  const kb = Object.keys(b).filter((k) => (b as Record<string, unknown>)[k] !== undefined);
  if (ka.length !== kb.length) return false;
  return ka.every((k) =>
    sameJson((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]),
  );
}

/**
 * The preset a config and comparison came from, if any: a shared link carries only those, so a
 * page opened from a lesson's link finds its caption again this way.
 */
export function matchPreset(config: ConfigV1, comparison: Comparison | null): LessonPreset | null {
  return (
    PRESETS.find((p) => sameJson(p.config, config) && sameJson(p.comparison ?? null, comparison)) ??
    null
  );
}

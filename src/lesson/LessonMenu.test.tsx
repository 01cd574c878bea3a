// The lesson picker as a lecturer uses it: pick a lesson by name, the lab takes its settings
// and comparison, and the caption says what to look for, in the page's language.
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import '../components/testLab';
import { mainConfig } from '../components/testLab';
import { useLab } from '../store/labStore';
import { Explanation } from './Explanation';
import { LessonMenu } from './LessonMenu';
import { loadPreset, matchPreset, nextPreset, previousPreset, useLessonStore } from './lessonStore';
import { PRESETS, presetById } from './presets';

beforeEach(() => {
  useLessonStore.setState({ currentLessonId: null });
  useLab.setState({ comparison: null });
});

describe('LessonMenu', () => {
  it('loads the chosen lesson: config, comparison, URL and caption', () => {
    render(<LessonMenu />);
    const select = screen.getByRole('combobox', { name: 'Lesson' });
    expect(within(select).getAllByRole('option')).toHaveLength(PRESETS.length + 1);
    expect(screen.queryByTestId('lesson-caption')).toBeNull();

    const option = screen.getByRole('option', { name: 'L1 vs L2 side by side' });
    fireEvent.change(select, { target: { value: (option as HTMLOptionElement).value } });

    const preset = presetById('l1-vs-l2')!;
    expect(mainConfig()).toEqual(preset.config);
    expect(useLab.getState().comparison).toEqual(preset.comparison);
    expect(useLab.getState().runOrder).toEqual(['main', 'v1']);
    expect(useLab.getState().playback.playing).toBe(false);
    expect(useLessonStore.getState().currentLessonId).toBe('l1-vs-l2');
    expect(decodeURIComponent(window.location.hash)).toContain('compare=');
    const caption = screen.getByTestId('lesson-caption');
    expect(caption.textContent).toContain('L1 vs L2 side by side');
    expect(caption.textContent).toContain('exactly 0');
    expect((select as HTMLSelectElement).value).toBe('l1-vs-l2');
  });

  it('shows the caption in Chinese when the page is in Chinese', () => {
    useLab.setState({ lang: 'zh' });
    render(<LessonMenu />);
    const select = screen.getByRole('combobox', { name: '课程' });
    fireEvent.change(select, { target: { value: 'dropout' } });
    const caption = screen.getByTestId('lesson-caption');
    expect(caption.textContent).toContain('Dropout：p = 0.5 与 p = 1');
    expect(caption.textContent).toContain('保留概率');
  });

  it('a lesson without a comparison clears the previous one', () => {
    render(<LessonMenu />);
    act(() => loadPreset('l2'));
    expect(useLab.getState().comparison?.variants[0]!.label).toBe('no penalty');
    fireEvent.change(screen.getByRole('combobox', { name: 'Lesson' }), {
      target: { value: 'overfitting' },
    });
    expect(useLab.getState().comparison).toBeNull();
    expect(mainConfig().data.labelNoise).toBeGreaterThan(0);
  });

  it('finds the lesson again from its settings alone (a page opened from its link)', () => {
    const preset = presetById('batch-norm')!;
    expect(matchPreset(structuredClone(preset.config), preset.comparison!)?.id).toBe('batch-norm');
    expect(matchPreset(preset.config, null)).toBeNull();
    act(() => loadPreset('batch-norm'));
    act(() => useLessonStore.setState({ currentLessonId: null }));
    render(<LessonMenu />);
    expect(useLessonStore.getState().currentLessonId).toBe('batch-norm');
    expect(screen.getByTestId('lesson-caption').textContent).toContain('Batch normalization');
  });

  it('steps through the lessons for presentation mode', () => {
    act(() => nextPreset());
    expect(useLessonStore.getState().currentLessonId).toBe(PRESETS[0]!.id);
    act(() => nextPreset());
    expect(useLessonStore.getState().currentLessonId).toBe(PRESETS[1]!.id);
    act(() => previousPreset());
    act(() => previousPreset());
    expect(useLessonStore.getState().currentLessonId).toBe(PRESETS[0]!.id);
    act(() => loadPreset(PRESETS[PRESETS.length - 1]!.id));
    act(() => nextPreset());
    expect(useLessonStore.getState().currentLessonId).toBe(PRESETS[PRESETS.length - 1]!.id);
  });
});

describe('Explanation', () => {
  it('opens to show the typeset formula, the effect, what to look for and the pitfalls', async () => {
    render(<Explanation technique="dropout" />);
    const toggle = screen.getByRole('button', { name: 'Explain dropout' });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    const panel = screen.getByRole('region', { name: 'Explain dropout' });
    await waitFor(() => expect(panel.querySelector('.katex')).not.toBeNull());
    expect(panel.querySelector('math')?.textContent).toContain('Bernoulli');
    expect(panel.textContent).toContain('Pitfalls');
    expect(panel.textContent).toContain('drop rate');
  });

  it('speaks Chinese when the page does', async () => {
    useLab.setState({ lang: 'zh' });
    render(<Explanation technique="l1" />);
    fireEvent.click(screen.getByRole('button', { name: '解释：L1 正则化' }));
    const panel = screen.getByRole('region', { name: '解释：L1 正则化' });
    expect(panel.textContent).toContain('常见误区');
    expect(panel.textContent).toContain('近端');
    await waitFor(() => expect(panel.querySelectorAll('.katex-display')).toHaveLength(2));
  });
});

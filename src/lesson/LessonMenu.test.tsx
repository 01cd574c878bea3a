// The lesson picker as a lecturer uses it: pick a lesson by name, the lab takes its settings,
// comparison and pace, and the caption says what to look for, in the page's language; a change
// marks the caption, and the link carries the lesson only while the lab still is it.
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import '../components/testLab';
import { mainConfig } from '../components/testLab';
import { editConfig } from '../lab/labConfig';
import { currentHash } from '../lab/hash';
import { CompareButton } from '../compare/ComparisonSetup';
import { useLab } from '../store/labStore';
import { lessonById, LESSONS } from './catalog';
import { Explanation } from './Explanation';
import { LessonCaption } from './LessonCaption';
import { LessonMenu } from './LessonMenu';
import { leaveLesson, nextLesson, previousLesson, startLesson } from './lessonActions';
import { loadCatalog, useLessonStore } from './lessonStore';

beforeAll(async () => {
  await loadCatalog();
});

beforeEach(() => {
  useLessonStore.setState({ lesson: null, captionOpen: true });
  useLab.setState({ comparison: null });
});

const currentId = () => useLessonStore.getState().lesson?.id ?? null;

function Header() {
  return (
    <>
      <LessonMenu />
      <CompareButton />
      <LessonCaption />
    </>
  );
}

describe('LessonMenu', () => {
  it('loads the chosen lesson: config, comparison, pace, URL and caption', () => {
    render(<Header />);
    const select = screen.getByRole('combobox', { name: 'Lesson' });
    expect(within(select).getAllByRole('option')).toHaveLength(LESSONS.length + 1);
    expect(screen.queryByTestId('lesson-caption')).toBeNull();

    const option = screen.getByRole('option', { name: 'L1 vs L2 side by side' });
    fireEvent.change(select, { target: { value: (option as HTMLOptionElement).value } });

    const lesson = lessonById('l1-vs-l2')!;
    expect(mainConfig()).toEqual(lesson.config);
    expect(useLab.getState().comparison).toEqual(lesson.comparison);
    expect(useLab.getState().runOrder).toEqual(['main', 'v1']);
    expect(useLab.getState().playback).toMatchObject({ playing: false, speed: 30 });
    expect(currentId()).toBe('l1-vs-l2');
    expect(decodeURIComponent(window.location.hash)).toContain('compare=');
    expect(window.location.hash).toContain('lesson=l1-vs-l2');
    const caption = screen.getByTestId('lesson-caption');
    expect(caption.textContent).toContain('L1 vs L2 side by side');
    expect(caption.textContent).toContain('exactly 0');
    expect((select as HTMLSelectElement).value).toBe('l1-vs-l2');
    // The Compare menu names the lesson's comparison, not "from a link".
    const compare = screen.getByRole<HTMLSelectElement>('combobox', { name: 'Compare' });
    expect(compare.selectedOptions[0]!.textContent).toBe('The lesson’s comparison');
    expect(within(compare).queryByRole('option', { name: /from a link/ })).toBeNull();
  });

  it('names the lesson’s comparison even where its runs look like a quick comparison', () => {
    render(<Header />);
    act(() => startLesson('dropout'));
    const compare = screen.getByRole<HTMLSelectElement>('combobox', { name: 'Compare' });
    expect(compare.value).toBe('lesson');
    // Without the lesson the same runs are simply a comparison from elsewhere.
    act(() => leaveLesson());
    expect(compare.value).toBe('custom');
  });

  it('shows the caption in Chinese when the page is in Chinese', () => {
    useLab.setState({ lang: 'zh' });
    render(<Header />);
    const select = screen.getByRole('combobox', { name: '课程' });
    fireEvent.change(select, { target: { value: 'dropout' } });
    const caption = screen.getByTestId('lesson-caption');
    expect(caption.textContent).toContain('Dropout：p = 0.5 与 p = 1');
    expect(caption.textContent).toContain('保留概率');
  });

  it('a lesson without a comparison clears the previous one', () => {
    render(<Header />);
    act(() => startLesson('l2'));
    expect(useLab.getState().comparison?.variants[0]!.label).toBe('lesson.run.noPenalty');
    fireEvent.change(screen.getByRole('combobox', { name: 'Lesson' }), {
      target: { value: 'overfitting' },
    });
    expect(useLab.getState().comparison).toBeNull();
    expect(mainConfig().data.labelNoise).toBeGreaterThan(0);
    expect(useLab.getState().playback.speed).toBe(100);
  });

  it('folds the caption to its title and unfolds it again', () => {
    render(<Header />);
    act(() => startLesson('overfitting'));
    const fold = screen.getByRole('button', { name: 'Hide' });
    expect(fold.getAttribute('aria-expanded')).toBe('true');
    fireEvent.click(fold);
    const caption = screen.getByTestId('lesson-caption');
    expect(caption.textContent).toBe('Overfitting without regularization.');
    const unfold = screen.getByRole('button', { name: 'What to look for' });
    expect(unfold.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(unfold);
    expect(caption.textContent).toContain('validation loss');
  });

  it('a changed setting keeps the caption, marks it, and drops the lesson from the link', () => {
    render(<Header />);
    act(() => startLesson('l2'));
    expect(screen.queryByTestId('lesson-changed')).toBeNull();
    expect(currentHash()).toContain('lesson=l2');
    act(() => editConfig('main', (c) => (c.regularization.lambda = 0.1)));
    expect(screen.getByTestId('lesson-changed').textContent).toContain('Changed from the lesson');
    expect(screen.getByTestId('lesson-caption').textContent).toContain('L2 shrinks the weights');
    expect(currentHash()).not.toContain('lesson=');
    // "Train on" doubles the budget: still the lesson.
    act(() => startLesson('l2'));
    act(() => editConfig('main', (c) => (c.epochs *= 2)));
    expect(screen.queryByTestId('lesson-changed')).toBeNull();
    expect(currentHash()).toContain('lesson=l2');
    // Back to the lesson from a change.
    act(() => editConfig('main', (c) => (c.model.dropoutKeep = 0.7)));
    fireEvent.click(screen.getByRole('button', { name: 'Back to the lesson' }));
    expect(mainConfig()).toEqual(lessonById('l2')!.config);
    expect(screen.queryByTestId('lesson-changed')).toBeNull();
  });

  it('steps through the lessons for presentation mode', () => {
    act(() => nextLesson());
    expect(currentId()).toBe(LESSONS[0]!.id);
    act(() => nextLesson());
    expect(currentId()).toBe(LESSONS[1]!.id);
    act(() => previousLesson());
    act(() => previousLesson());
    expect(currentId()).toBe(LESSONS[0]!.id);
    act(() => startLesson(LESSONS[LESSONS.length - 1]!.id));
    act(() => nextLesson());
    expect(currentId()).toBe(LESSONS[LESSONS.length - 1]!.id);
    // Unknown ids are ignored.
    act(() => startLesson('no-such-lesson'));
    expect(currentId()).toBe(LESSONS[LESSONS.length - 1]!.id);
  });

  it('the options arrive with the catalog chunk', async () => {
    render(<LessonMenu />);
    await waitFor(() => expect(screen.getAllByRole('option').length).toBe(LESSONS.length + 1));
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

import { act, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { setMainConfig } from '../components/testLab';
import { LESSONS } from '../lesson/catalog';
import { loadCatalog, useLessonStore } from '../lesson/lessonStore';
import { useLab } from '../store/labStore';
import { usePresentation } from './presentationStore';
import { PresentationToggle } from './PresentationToggle';
import PresentationView from './PresentationView';

// The playback commands are the lab's own (tested with the PlaybackBar); here only which one a
// key asks for matters.
vi.mock('../components/playbackCommands', () => ({
  togglePlay: vi.fn(),
  stepOneEpoch: vi.fn(),
  resetTraining: vi.fn(),
}));
const commands = await import('../components/playbackCommands');

const press = (key: string, target: Element | Document = document.body) =>
  act(() => {
    fireEvent.keyDown(target, { key });
  });

beforeAll(async () => {
  await loadCatalog();
});

beforeEach(() => {
  vi.clearAllMocks();
  usePresentation.setState({ presenting: true, legendOpen: false, blank: false });
  useLessonStore.setState({ lesson: null });
});

afterEach(() => {
  vi.unstubAllGlobals();
});

const currentId = () => useLessonStore.getState().lesson?.id ?? null;

/** Emulates the reader's `prefers-reduced-motion` setting (jsdom has no matchMedia). */
function prefersReducedMotion(reduce: boolean): void {
  vi.stubGlobal('matchMedia', (query: string) => ({
    matches: reduce && query.includes('prefers-reduced-motion: reduce'),
    media: query,
    addEventListener: () => undefined,
    removeEventListener: () => undefined,
  }));
}

describe('presentation mode', () => {
  it('the header button enters presentation mode and names itself', () => {
    usePresentation.setState({ presenting: false });
    render(<PresentationToggle />);
    fireEvent.click(screen.getByRole('button', { name: 'Presentation mode' }));
    expect(usePresentation.getState().presenting).toBe(true);
    expect(window.location.hash).toContain('present=1');
  });

  it('maps keyboard and clicker keys to play, step, reset, lessons, legend, blank and exit', () => {
    render(<PresentationView />);
    press(' ');
    press('k');
    expect(commands.togglePlay).toHaveBeenCalledTimes(2);
    press('s');
    expect(commands.stepOneEpoch).toHaveBeenCalledTimes(1);
    press('R');
    expect(commands.resetTraining).toHaveBeenCalledTimes(1);

    press('PageDown');
    expect(currentId()).toBe('overfitting');
    press('ArrowRight');
    expect(currentId()).toBe('l2');
    press('PageUp');
    expect(currentId()).toBe('overfitting');

    press('?');
    expect(screen.getByTestId('key-legend').textContent).toContain('next lesson');
    // Esc closes the open key list first, and stays in presentation mode.
    press('Escape');
    expect(screen.queryByTestId('key-legend')).toBeNull();
    expect(usePresentation.getState().presenting).toBe(true);
    press('b');
    expect(usePresentation.getState().blank).toBe(true);
    press('Escape'); // a blanked screen comes back first
    expect(usePresentation.getState()).toMatchObject({ blank: false, presenting: true });
    press('Escape');
    expect(usePresentation.getState().presenting).toBe(false);
  });

  it('ignores keys typed into a field', () => {
    setMainConfig((c) => {
      c.earlyStopping.enabled = true;
    });
    render(<PresentationView />);
    const patience = screen.getByRole('spinbutton', { name: 'Patience (epochs)' });
    for (const key of [' ', 'r', 's', 'PageDown', 'Escape', 'b']) press(key, patience);
    expect(commands.togglePlay).not.toHaveBeenCalled();
    expect(commands.resetTraining).not.toHaveBeenCalled();
    expect(currentId()).toBeNull();
    expect(usePresentation.getState()).toMatchObject({ presenting: true, blank: false });
  });

  it('a focused slider keeps its arrows, but the clicker still moves to the next lesson', () => {
    setMainConfig((c) => {
      c.model.dropoutKeep = 0.5;
    });
    render(<PresentationView />);
    const p = screen.getByRole('slider', { name: 'Dropout keep probability p' });
    press('ArrowRight', p);
    expect(currentId()).toBeNull();
    press('PageDown', p);
    expect(currentId()).toBe('overfitting');
  });

  it('shows only the controls the lesson is about', () => {
    setMainConfig((c) => {
      c.regularization.kind = 'l2';
    });
    const { unmount } = render(<PresentationView />);
    const panel = screen.getByRole('region', { name: 'Controls for this lesson' });
    expect(panel.querySelectorAll('input[type=range]')).toHaveLength(1);
    expect(screen.getByRole('slider', { name: 'Regularization strength λ' })).toBeTruthy();
    expect(screen.getByRole('combobox', { name: 'Regularization' })).toBeTruthy();
    expect(screen.queryByRole('slider', { name: 'Dropout keep probability p' })).toBeNull();
    expect(screen.queryByRole('checkbox', { name: 'Batch normalization' })).toBeNull();
    unmount();

    setMainConfig((c) => {
      c.regularization.kind = 'none';
      c.model.batchNorm = true;
    });
    render(<PresentationView />);
    expect(screen.getByRole('checkbox', { name: 'Batch normalization' })).toBeTruthy();
    expect(screen.queryByRole('slider', { name: 'Regularization strength λ' })).toBeNull();
  });

  it('without a technique only play, step and reset remain', () => {
    render(<PresentationView />);
    expect(screen.queryByRole('region', { name: 'Controls for this lesson' })).toBeNull();
    for (const name of ['Play', 'Step one epoch', 'Reset', 'Exit presentation']) {
      expect(screen.getByRole('button', { name })).toBeTruthy();
    }
  });

  it('the next lesson plays at its pace, unless the reader asked for reduced motion', () => {
    prefersReducedMotion(false);
    render(<PresentationView />);
    press('PageDown');
    expect(currentId()).toBe(LESSONS[0]!.id);
    expect(useLab.getState().playback).toMatchObject({
      playing: true,
      speed: LESSONS[0]!.pacedSpeed,
    });
    prefersReducedMotion(true);
    press('PageDown');
    expect(currentId()).toBe(LESSONS[1]!.id);
    expect(useLab.getState().playback).toMatchObject({
      playing: false,
      speed: LESSONS[1]!.pacedSpeed,
    });
  });

  it('shows the page’s notices, such as a link that could not be read', () => {
    useLab.setState({
      notice: { kind: 'link-malformed', detail: 'the settings in the link are not valid JSON' },
    });
    render(<PresentationView />);
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('The link could not be read');
    fireEvent.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('has the page’s landmarks at the top level and headings in order', () => {
    const { container } = render(<PresentationView />);
    const root = screen.getByTestId('presentation-root');
    expect(root.getAttribute('role')).toBeNull();
    expect(screen.getByRole('banner').parentElement).toBe(root);
    expect(screen.getByRole('main').parentElement).toBe(root);
    const levels = [...container.querySelectorAll('h1, h2, h3, h4')].map((h) =>
      Number(h.tagName[1]),
    );
    levels.forEach((level, i) => {
      if (i > 0) expect(level).toBeLessThanOrEqual(levels[i - 1]! + 1);
    });
    expect(levels[0]).toBe(1);
  });

  it('captions the lesson, or else describes the settings', () => {
    setMainConfig((c) => {
      c.regularization.kind = 'l1';
      c.regularization.lambda = 0.003;
    });
    render(<PresentationView />);
    const caption = screen.getByTestId('presentation-caption');
    expect(caption.textContent).toContain('Live lab: Spiral');
    expect(caption.textContent).toContain('λ = 0.003');
    press('PageDown');
    expect(caption.querySelector('h1')?.textContent).toBe('Overfitting without regularization');
    expect(caption.textContent).toContain('What to look for:');
    expect(caption.textContent).toContain('Forty noisy training points');
    act(() => useLab.setState({ lang: 'zh' }));
    expect(screen.getByRole('button', { name: '退出演示' })).toBeTruthy();
  });
});

import { act, fireEvent, render, screen } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { setMainConfig } from '../components/testLab';
import { useLessonStore } from '../lesson/lessonStore';
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

beforeEach(() => {
  vi.clearAllMocks();
  usePresentation.setState({ presenting: true, legendOpen: false, blank: false });
  useLessonStore.setState({ currentLessonId: null });
});

describe('presentation mode', () => {
  it('the header button enters presentation mode and names itself', () => {
    usePresentation.setState({ presenting: false });
    render(<PresentationToggle />);
    fireEvent.click(screen.getByRole('button', { name: 'Presentation mode' }));
    expect(usePresentation.getState().presenting).toBe(true);
    expect(window.location.hash).toContain('present=1');
  });

  it('maps keyboard and clicker keys to play, step, reset, presets, legend, blank and exit', () => {
    render(<PresentationView />);
    press(' ');
    press('k');
    expect(commands.togglePlay).toHaveBeenCalledTimes(2);
    press('s');
    expect(commands.stepOneEpoch).toHaveBeenCalledTimes(1);
    press('R');
    expect(commands.resetTraining).toHaveBeenCalledTimes(1);

    press('PageDown');
    expect(useLessonStore.getState().currentLessonId).toBe('overfitting');
    press('ArrowRight');
    expect(useLessonStore.getState().currentLessonId).toBe('l2');
    press('PageUp');
    expect(useLessonStore.getState().currentLessonId).toBe('overfitting');

    press('?');
    expect(screen.getByTestId('key-legend').textContent).toContain('next preset');
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
    expect(useLessonStore.getState().currentLessonId).toBeNull();
    expect(usePresentation.getState()).toMatchObject({ presenting: true, blank: false });
  });

  it('a focused slider keeps its arrows, but the clicker still moves to the next preset', () => {
    setMainConfig((c) => {
      c.model.dropoutKeep = 0.5;
    });
    render(<PresentationView />);
    const p = screen.getByRole('slider', { name: 'Dropout keep probability p' });
    press('ArrowRight', p);
    expect(useLessonStore.getState().currentLessonId).toBeNull();
    press('PageDown', p);
    expect(useLessonStore.getState().currentLessonId).toBe('overfitting');
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

  it('captions the preset, or else describes the settings', () => {
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
    act(() => useLab.setState({ lang: 'zh' }));
    expect(screen.getByRole('button', { name: '退出演示' })).toBeTruthy();
  });
});

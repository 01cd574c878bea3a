import { act, fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useLab } from '../store/labStore';
import { PlaybackBar } from './PlaybackBar';
import { setMainRun } from './testLab';

const playing = () => useLab.getState().playback.playing;

describe('PlaybackBar', () => {
  it('the play button toggles and is named for what it will do', () => {
    render(<PlaybackBar />);
    fireEvent.click(screen.getByRole('button', { name: 'Play' }));
    expect(playing()).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: 'Pause' }));
    expect(playing()).toBe(false);
    expect(screen.getByRole('button', { name: 'Play' })).toBeTruthy();
  });

  it('Space plays and pauses, except where Space belongs to a field or a button', () => {
    render(
      <>
        <PlaybackBar />
        <input aria-label="Notes" />
      </>,
    );
    fireEvent.keyDown(document.body, { key: ' ', code: 'Space' });
    expect(playing()).toBe(true);
    fireEvent.keyDown(document.body, { key: ' ', code: 'Space' });
    expect(playing()).toBe(false);
    fireEvent.keyDown(screen.getByRole('textbox', { name: 'Notes' }), { key: ' ' });
    fireEvent.keyDown(screen.getByRole('combobox', { name: 'Training speed' }), { key: ' ' });
    fireEvent.keyDown(screen.getByRole('button', { name: 'Reset' }), { key: ' ' });
    expect(playing()).toBe(false);
  });

  it('→ steps one epoch, which pauses a playing run', () => {
    render(<PlaybackBar />);
    fireEvent.click(screen.getByRole('button', { name: 'Play' }));
    fireEvent.keyDown(document.body, { key: 'ArrowRight' });
    expect(playing()).toBe(false);
    expect(screen.getByRole('button', { name: 'Step one epoch' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Reset' })).toBeTruthy();
  });

  it('picks the training speed; as fast as possible by default', () => {
    render(<PlaybackBar />);
    const speed = screen.getByRole('combobox', { name: 'Training speed' });
    expect(screen.getByRole('option', { name: 'As fast as possible' })).toHaveProperty(
      'selected',
      true,
    );
    expect([...speed.querySelectorAll('option')].map((o) => o.textContent)).toEqual([
      '1 epoch/s',
      '5 epochs/s',
      '30 epochs/s',
      '120 epochs/s',
      'As fast as possible',
    ]);
    fireEvent.change(speed, { target: { value: '30' } });
    expect(useLab.getState().playback.speed).toBe(30);
    fireEvent.change(speed, { target: { value: 'max' } });
    expect(useLab.getState().playback.speed).toBeNull();
  });

  it('shows the epoch, and the measured speed only while the worker trains', () => {
    render(<PlaybackBar />);
    expect(screen.getByTestId('epoch-counter').textContent).toBe('0');
    expect(screen.getByText('Epoch')).toBeTruthy();
    act(() => useLab.setState({ training: true }));
    setMainRun({ epoch: 137, epochsPerSecond: 412.6 });
    expect(screen.getByTestId('epoch-counter').textContent).toBe('137');
    expect(screen.getByTestId('speed-readout').textContent).toBe('413 epochs/s');
    // Paused (or every run ended): the last frame's speed is not a speed any more.
    act(() => useLab.setState({ training: false }));
    expect(screen.getByTestId('speed-readout').textContent).toBe('');
  });
});

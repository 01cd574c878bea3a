import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useLab } from '../store/labStore';
import { ControlPanel } from './ControlPanel';
import { LanguageSwitch } from './LanguageSwitch';
import { PlaybackBar } from './PlaybackBar';
import './testLab';

describe('LanguageSwitch', () => {
  it('switches every label to 简体中文 and back', async () => {
    render(
      <>
        <LanguageSwitch />
        <PlaybackBar />
        <ControlPanel runId="main" />
      </>,
    );
    const group = screen.getByRole('group', { name: 'Language' });
    expect(within(group).getByRole('button', { name: 'English' })).toHaveProperty(
      'ariaPressed',
      'true',
    );
    fireEvent.click(within(group).getByRole('button', { name: '简体中文' }));
    // The switch waits for the Chinese strings to load (already loaded here: see domSetup.ts).
    await waitFor(() => expect(useLab.getState().lang).toBe('zh'));
    expect(screen.getByRole('group', { name: '语言' })).toBeTruthy();
    expect(screen.getByRole('slider', { name: '正则化强度 λ' })).toBeTruthy();
    expect(screen.getByRole('slider', { name: 'Dropout 保留概率 p' })).toBeTruthy();
    expect(screen.getByRole('checkbox', { name: '早停法' })).toBeTruthy();
    expect(screen.getByRole('checkbox', { name: '批归一化' })).toBeTruthy();
    expect(screen.getByRole('button', { name: '播放' })).toBeTruthy();
    expect(screen.getByText('丢弃率 1 − p = 0.00')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'English' }));
    expect(await screen.findByRole('slider', { name: 'Regularization strength λ' })).toBeTruthy();
  });
});

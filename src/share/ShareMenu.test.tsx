// Loading a file through the menu, as a lecturer would: a broken file changes nothing and says
// which key is wrong; an exported run loads its settings.
import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../../workers/contract';
import { mainConfig } from '../components/testLab';
import { ShareMenu } from './ShareMenu';

function choose(text: string, name: string): void {
  const input = screen.getByLabelText('Import run or config (JSON)');
  const file = new File([text], name, { type: 'application/json' });
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  fireEvent.change(input);
}

describe('ShareMenu', () => {
  it('offers every share and export action by name', () => {
    render(<ShareMenu />);
    expect(screen.getByRole('group', { name: 'Share and export', hidden: true })).toBeTruthy();
    for (const name of [
      'Copy link',
      'Export run (JSON)',
      'Export history (CSV)',
      'Save view as PNG',
    ]) {
      expect(screen.getByRole('button', { name, hidden: true })).toBeTruthy();
    }
  });

  it('refuses an invalid config with a message naming the key, and changes nothing', async () => {
    render(<ShareMenu />);
    const before = structuredClone(mainConfig());
    const bad = defaultConfig() as unknown as Record<string, Record<string, unknown>>;
    bad.regularization!.lambda = -3;
    choose(JSON.stringify(bad), 'lesson.json');
    const alert = await screen.findByText(/regularization\.lambda/);
    expect(alert.closest('[role=alert]')!.textContent).toMatch(
      /Nothing was loaded from lesson\.json/,
    );
    expect(mainConfig()).toEqual(before);
  });

  it('loads the config of an exported run, its custom points included', async () => {
    render(<ShareMenu />);
    const config = defaultConfig();
    config.seed = 77;
    config.regularization = { ...config.regularization, kind: 'l2', lambda: 0.03 };
    config.data.dataset = 'custom';
    config.data.points = [
      [-2, -2, 0],
      [-1, -2, 0],
      [2, 2, 1],
      [1, 2, 1],
    ];
    const run = { version: 1, config, status: 'done', divergedEpoch: null, model: {}, history: [] };
    choose(JSON.stringify(run), 'run.json');
    await screen.findByText(/Loaded the settings from run\.json/);
    expect(mainConfig().seed).toBe(77);
    expect(mainConfig().regularization).toMatchObject({ kind: 'l2', lambda: 0.03 });
    expect(mainConfig().data.points).toEqual(config.data.points);
  });
});

// The share menu as a lecturer uses it: a broken file changes nothing and says which key is wrong;
// an exported run loads its settings; keys left out are named in the page's notice; a file with
// no settings is refused; a setup too large for a link is offered as a file instead.
import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { Point } from '../../workers/contract';
import { defaultConfig, MAX_POINTS } from '../../workers/contract';
import { NoticeBanner } from '../components/NoticeBanner';
import { mainConfig, setMainConfig } from '../components/testLab';
import { useLab } from '../store/labStore';
import { SAFE_LINK_LENGTH } from '../store/urlCodec';
import { ShareMenu } from './ShareMenu';

/** Opens the menu; its panel is a chunk of its own, loaded the first time. */
async function openMenu(): Promise<HTMLElement> {
  const details = screen.getByText('Share and export').closest('details')!;
  details.open = true;
  fireEvent(details, new Event('toggle'));
  return screen.findByRole('group', { name: 'Share and export' });
}

function choose(text: string, name: string): void {
  const input = screen.getByLabelText('Import run or config (JSON)');
  const file = new File([text], name, { type: 'application/json' });
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  fireEvent.change(input);
}

/** What a person reads: no "ConfigError:" prefix, no doubled full stop. */
function expectCleanText(text: string | null): void {
  expect(text).not.toMatch(/ConfigError|Error:/);
  expect(text).not.toMatch(/\.\s*\./);
}

describe('ShareMenu', () => {
  it('offers every share and export action by name once opened', async () => {
    render(<ShareMenu />);
    expect(screen.queryByRole('group', { name: 'Share and export' })).toBeNull();
    await openMenu();
    for (const name of [
      'Copy link',
      'Export config (JSON)',
      'Export run (JSON)',
      'Export history (CSV)',
      'Save view as PNG',
    ]) {
      expect(screen.getByRole('button', { name })).toBeTruthy();
    }
  });

  it('refuses an invalid config with a message naming the key, and changes nothing', async () => {
    render(<ShareMenu />);
    await openMenu();
    const before = structuredClone(mainConfig());
    const bad = defaultConfig() as unknown as Record<string, Record<string, unknown>>;
    bad.regularization!.lambda = -3;
    choose(JSON.stringify(bad), 'lesson.json');
    const alert = await screen.findByText(/regularization\.lambda/);
    const text = alert.closest('[role=alert]')!.textContent;
    expect(text).toMatch(/Nothing was loaded from lesson\.json/);
    expectCleanText(text);
    expect(mainConfig()).toEqual(before);
  });

  it('loads the config of an exported run, its custom points included', async () => {
    render(<ShareMenu />);
    await openMenu();
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
    expect(useLab.getState().notice).toBeNull();
  });

  it('names the keys it left out in a notice that can be dismissed', async () => {
    render(
      <>
        <NoticeBanner />
        <ShareMenu />
      </>,
    );
    await openMenu();
    const file = { seed: 12, colour: 'red', model: { hiden: [3] } };
    choose(JSON.stringify(file), 'mine.json');
    await screen.findByText(/Loaded the settings from mine\.json/);
    expect(mainConfig().seed).toBe(12);
    const notice = screen.getByText(/some of its settings are not RegLab settings/).closest('p')!;
    expect(notice.textContent).toMatch(/colour/);
    expect(notice.textContent).toMatch(/model\.hiden/);
    expectCleanText(notice.textContent);
    fireEvent.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(useLab.getState().notice).toBeNull();
  });

  it('refuses a run without a config and a file of unknown keys, and keeps the lab', async () => {
    setMainConfig((c) => void (c.seed = 31));
    render(<ShareMenu />);
    await openMenu();
    const before = structuredClone(mainConfig());
    choose(JSON.stringify({ version: 1, history: [], model: { layers: [] } }), 'bare-run.json');
    const noConfig = await screen.findByText(/has no config/);
    expectCleanText(noConfig.closest('[role=alert]')!.textContent);
    choose(JSON.stringify({ colour: 'red', size: 3 }), 'other.json');
    const unknown = await screen.findByText(/holds none of the keys of a RegLab config/);
    expect(unknown.closest('[role=alert]')!.textContent).toMatch(/Nothing was loaded/);
    expect(mainConfig()).toEqual(before);
    expect(screen.queryByText(/Loaded the settings/)).toBeNull();
  });

  it('offers the file export instead of a link that would be cut', async () => {
    // Coordinates that are not k/1000 travel as 17 bytes each: far past a safe link.
    const points: Point[] = Array.from({ length: MAX_POINTS }, (_, i) => [
      ((i % 97) - 48) / 8.3,
      ((i % 89) - 44) / 7.9,
      i % 2,
    ]);
    setMainConfig((c) => {
      c.data.dataset = 'custom';
      c.data.points = points;
    });
    const writeText = vi.fn(() => Promise.resolve());
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    render(<ShareMenu />);
    await openMenu();
    const note = screen.getByText(/This setup is too large for a link/);
    expect(note.textContent).toContain(SAFE_LINK_LENGTH.toLocaleString('en-US'));
    fireEvent.click(screen.getByRole('button', { name: 'Copy link' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(/too large for a link/);
    expect(writeText).not.toHaveBeenCalled();
    expect(screen.getByRole('button', { name: 'Export config (JSON)' }).className).toContain(
      'primary',
    );
  });

  it('copies a link of a setup that fits', async () => {
    const copied: string[] = [];
    const writeText = (text: string) => Promise.resolve(void copied.push(text));
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    render(<ShareMenu />);
    await openMenu();
    expect(screen.queryByText(/too large for a link/)).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Copy link' }));
    await screen.findByText(/Link copied/);
    expect(copied).toHaveLength(1);
    expect(copied[0]).toMatch(/#config=/);
  });
});

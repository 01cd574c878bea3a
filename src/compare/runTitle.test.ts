import { describe, expect, it } from 'vitest';
import type { ConfigPatch, ConfigV1 } from '../../workers/contract';
import { applyPatch } from '../../workers/contract';
import { loadLanguage, translate } from '../i18n';
import type { StringKey } from '../i18n';
import { defaultLabConfig } from '../lesson/defaultLab';
import { runName } from './runName';
import { runTitles } from './runTitle';

const t = (key: StringKey, params?: Record<string, string | number>) =>
  translate('en', key, params);

function titles(main: ConfigV1, ...variants: [label: string, patch: ConfigPatch][]): string[] {
  return runTitles(
    [
      { label: variants.length ? 'compare.run.none' : '', config: main },
      ...variants.map(([label, patch]) => ({ label, config: applyPatch(main, patch) })),
    ],
    t,
    'en',
  );
}

describe('run titles', () => {
  const main = defaultLabConfig();

  it("keep a preset's labels while they name every difference", () => {
    expect(
      titles(
        main,
        ['compare.run.l1', { regularization: { kind: 'l1' } }],
        ['compare.run.l2', { regularization: { kind: 'l2' } }],
      ),
    ).toEqual(['No regularization', 'L1', 'L2']);
  });

  it('say λ once a run changes it too, for every run', () => {
    expect(
      titles(
        main,
        ['compare.run.l1', { regularization: { kind: 'l1', lambda: 0.1 } }],
        ['compare.run.l2', { regularization: { kind: 'l2' } }],
      ),
    ).toEqual(['No regularization', 'L1, λ = 0.1', 'L2, λ = 0.01']);
  });

  it('never keep a label the run no longer has: "L1" turned L2 is titled L2', () => {
    const [, second] = titles(main, ['compare.run.l1', { regularization: { kind: 'l2' } }]);
    expect(second).toBe('L2, λ = 0.01');
  });

  it('describe the main run by what the others change, and a plain copy as a copy', () => {
    const l2 = applyPatch(main, { regularization: { kind: 'l2' } });
    expect(
      runTitles(
        [
          { label: '', config: l2 },
          { label: '', config: applyPatch(l2, { model: { dropoutKeep: 0.5 } }) },
          { label: '', config: l2 },
        ],
        t,
        'en',
      ),
    ).toEqual(['No dropout', 'Dropout p = 0.5', 'No dropout']);
    expect(titles(main, ['', {}])).toEqual(['Main run', 'Copy of the main run']);
  });

  it('join several differences in the order of the controls', () => {
    const [, b] = titles(main, [
      'x',
      {
        optimizer: { learningRate: 0.1 },
        model: { dropoutKeep: 0.8 },
        augmentation: { jitter: 0.3 },
      },
    ]);
    expect(b).toBe('Dropout p = 0.8, jitter σ = 0.3, learning rate 0.1');
  });

  it('names runs by letter, and titles them in Chinese too', async () => {
    expect([0, 1, 3].map((i) => runName(i, t))).toEqual(['Main run', 'Run B', 'Run D']);
    await loadLanguage('zh');
    const zh = (key: StringKey, params?: Record<string, string | number>) =>
      translate('zh', key, params);
    expect(runName(2, zh)).toBe('运行 C');
    const runs = [
      { label: '', config: main },
      { label: '', config: applyPatch(main, { regularization: { kind: 'l1' } }) },
    ];
    expect(runTitles(runs, zh, 'zh')).toEqual(['无正则化', 'L1，λ = 0.01']);
  });
});

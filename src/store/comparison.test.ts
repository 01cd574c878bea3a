import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../../workers/contract';
import { applyPatch } from '../../workers/contract';
import { decodeHash, encodeHash } from './urlCodec';

describe('comparison patches and links', () => {
  it('a patch changes only its keys; arrays replace', () => {
    const base = defaultConfig();
    const v = applyPatch(base, { regularization: { kind: 'l2' }, model: { hidden: [3] } });
    expect(v.regularization).toEqual({ ...base.regularization, kind: 'l2' });
    expect(v.model.hidden).toEqual([3]);
    expect(v.data).toEqual(base.data);
    expect(base.regularization.kind).toBe('none');
  });

  it('a link carries the comparison and restores it', () => {
    const config = defaultConfig();
    const comparison = {
      mainLabel: 'none',
      variants: [{ label: 'L1', patch: { regularization: { kind: 'l1' as const } } }],
    };
    const decoded = decodeHash(encodeHash({ config, lang: 'zh', comparison }));
    expect(decoded.problem).toBeNull();
    expect(decoded.comparison).toEqual(comparison);
    expect(decoded.lang).toBe('zh');
  });

  it('a comparison that makes an invalid config falls back to defaults with the reason', () => {
    const config = defaultConfig();
    const comparison = {
      mainLabel: 'a',
      variants: [{ label: 'b', patch: { optimizer: { learningRate: 99 } } }],
    };
    const decoded = decodeHash(encodeHash({ config, lang: 'en', comparison }));
    expect(decoded.problem?.kind).toBe('invalid');
    expect(decoded.problem?.detail).toMatch(/variant 1: optimizer\.learningRate/);
    expect(decoded.comparison).toBeNull();
  });
});

// shareUnchanged: unchanged parts of an edited config stay the same objects; changed ones are new.
import { describe, expect, it } from 'vitest';
import { defaultConfig } from './config';
import { shareUnchanged } from './configPatch';

describe('shareUnchanged', () => {
  it('keeps every part a λ step leaves alone, and takes the new regularization', () => {
    const prev = defaultConfig();
    const next = structuredClone(prev);
    next.regularization.lambda = prev.regularization.lambda + 0.01;
    const shared = shareUnchanged(prev, next);
    expect(shared).toEqual(next);
    expect(shared).not.toBe(prev);
    expect(shared.model).toBe(prev.model);
    expect(shared.model.hidden).toBe(prev.model.hidden);
    expect(shared.earlyStopping).toBe(prev.earlyStopping);
    expect(shared.data).toBe(prev.data);
    expect(shared.regularization).not.toBe(prev.regularization);
    expect(shared.regularization.lambda).toBe(next.regularization.lambda);
  });

  it('returns the previous config itself when nothing changed', () => {
    const prev = defaultConfig();
    expect(shareUnchanged(prev, structuredClone(prev))).toBe(prev);
  });

  it('takes an array whose items changed, and drops a key the new config no longer has', () => {
    const prev = { hidden: [8, 8], extra: { a: 1 }, kept: { b: 2 } };
    const next = { hidden: [8, 4], kept: { b: 2 } } as typeof prev;
    const shared = shareUnchanged(prev, next);
    expect(shared).toEqual(next);
    expect('extra' in shared).toBe(false);
    expect(shared.hidden).toBe(next.hidden);
    expect(shared.kept).toBe(prev.kept);
  });

  it('takes a key the new config adds', () => {
    const prev: { a: number; b?: { c: number } } = { a: 1 };
    const next = { a: 1, b: { c: 2 } };
    const shared = shareUnchanged(prev, next);
    expect(shared).toEqual(next);
    expect(shared).not.toBe(prev);
  });
});

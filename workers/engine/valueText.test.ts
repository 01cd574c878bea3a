import { describe, expect, it } from 'vitest';
import { describeValue, formatNumber, groupDigits, quoteShort, shortText } from './valueText';

describe('values echoed in messages', () => {
  it('quotes a short text whole and cuts a long one, saying how long it was', () => {
    expect(quoteShort('abc')).toBe('"abc"');
    const long = 'a'.repeat(10_000_000);
    const shown = quoteShort(long, 5);
    expect(shown).toBe('"aaaa…" (10,000,000 characters)');
  });

  it('never splits an emoji when cutting', () => {
    expect(quoteShort(`abc${'😀'.repeat(10)}`, 5)).toBe('"abc…" (23 characters)');
  });

  it('keeps a short field as written and quotes a long one', () => {
    expect(shortText('6.5', 20)).toBe('6.5');
    expect(shortText('9'.repeat(1000), 20)).toBe(`"${'9'.repeat(19)}…" (1,000 characters)`);
  });

  it('describes numbers as plain decimals and other values as JSON', () => {
    expect(describeValue(1e-7)).toBe('0.0000001');
    expect(describeValue(NaN)).toBe('NaN');
    expect(describeValue(null)).toBe('null');
    expect(describeValue(true)).toBe('true');
    expect(describeValue(undefined)).toBe('nothing');
    expect(describeValue('0.5')).toBe('"0.5"');
    expect(describeValue([0, -1e-7, 1])).toBe('[0,-0.0000001,1]');
    expect(describeValue({ a: [1, 2] })).toBe('{"a":[1,2]}');
    expect(describeValue(10n)).toBe('bigint');
  });

  it('cuts a long list or object and says its size', () => {
    const rows = Array.from({ length: 60_000 }, (_, i) => [i % 6, 0, i % 2]);
    const shown = describeValue(rows);
    expect(shown).toMatch(/^\[\[0,0,0\],\[1,0,1\],.*… \(a list of 60,000 items\)$/);
    expect(shown.length).toBeLessThan(80);
    const wide = Object.fromEntries(Array.from({ length: 1000 }, (_, i) => [`key${i}`, i]));
    expect(describeValue(wide)).toMatch(/^\{"key0":0,.*… \(an object with 1,000 keys\)$/);
  });

  it('describes a value nested far too deeply without overflowing the stack', () => {
    const deep = JSON.parse('['.repeat(200_000) + ']'.repeat(200_000)) as unknown;
    expect(describeValue(deep)).toBe('[[[[… (a list of 1 item)');
  });

  it('cuts a huge key inside an object', () => {
    const shown = describeValue({ ['k'.repeat(1_000_000)]: 1 });
    expect(shown.length).toBeLessThan(80);
    expect(shown).toMatch(/^\{"kkkk.*… \(an object with 1 key\)$/);
  });

  it('groups digits by thousands and writes small numbers as decimals', () => {
    expect(groupDigits(5000)).toBe('5,000');
    expect(groupDigits(999)).toBe('999');
    expect(groupDigits(1234567)).toBe('1,234,567');
    expect(formatNumber(1e-6)).toBe('0.000001');
  });
});

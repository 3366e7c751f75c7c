import { describe, expect, it } from 'vitest';
import { sourceContext } from './context';

describe('sourceContext', () => {
  // "𠀀" is outside the BMP: two UTF-16 units, one code point.
  const source = '第一段。\n前文𠀀地区生产总值增长6%，后文。\n第三段';

  it('slices by code points, not UTF-16 units', () => {
    const start = Array.from(source).indexOf('地');
    const got = sourceContext(source, start, start + 10, 100);
    expect(got.match).toBe('地区生产总值增长6%');
    expect(got.before).toBe('前文𠀀');
    expect(got.after).toBe('，后文。');
  });

  it('stays within the paragraph', () => {
    const start = Array.from(source).indexOf('地');
    const got = sourceContext(source, start, start + 2, 100);
    expect(got.clippedStart).toBe(false);
    expect(got.clippedEnd).toBe(false);
    expect(got.before.includes('第一段')).toBe(false);
    expect(got.after.includes('第三段')).toBe(false);
  });

  it('clips long context to the radius', () => {
    const long = 'x'.repeat(50) + 'TASK' + 'y'.repeat(50);
    const got = sourceContext(long, 50, 54, 5);
    expect(got).toEqual({ before: 'xxxxx', match: 'TASK', after: 'yyyyy', clippedStart: true, clippedEnd: true });
  });

  it('clamps spans outside the source', () => {
    const got = sourceContext('abc', 2, 99, 1);
    expect(got.match).toBe('c');
    expect(sourceContext('abc', -5, 1, 0).match).toBe('a');
  });

  it('keeps markup as text', () => {
    const s = '<img src=x onerror="window.__xss=1">';
    expect(sourceContext(s, 0, Array.from(s).length).match).toBe(s);
  });
});

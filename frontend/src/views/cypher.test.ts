import { describe, expect, it } from 'vitest';
import { cellText, ParamError, parseParams } from './cypher';

describe('Cypher console parameters', () => {
  it('reads name=value lines, values as JSON when they are JSON, else as text', () => {
    expect(parseParams('n=10\nname=区财政局\nlist=[1, 2]\n\nflag=true\nquoted="a=b"')).toEqual({ n: 10, name: '区财政局', list: [1, 2], flag: true, quoted: 'a=b' });
    expect(parseParams('')).toEqual({});
  });

  it('names the line that is not name=value', () => {
    expect(() => parseParams('n=1\njust text')).toThrowError(ParamError);
    try {
      parseParams('n=1\n2bad=3');
    } catch (e) {
      expect((e as ParamError).line).toBe(2);
    }
  });

  it('shows strings as they are and other values as JSON', () => {
    expect(cellText('区商务局')).toBe('区商务局');
    expect(cellText(3)).toBe('3');
    expect(cellText({ a: [1] })).toBe('{"a":[1]}');
    expect(cellText(null)).toBe('');
  });
});

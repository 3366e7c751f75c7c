import { describe, expect, it } from 'vitest';
import { decodeRoute, encodeRoute, getEnum, getInt, getList, listParam, patchParams } from './state';

describe('route encoding', () => {
  const cases: { name: string; hash: string; view: string; params: Record<string, string> }[] = [
    { name: 'empty hash is the default view', hash: '', view: 'network', params: {} },
    { name: 'view only', hash: '#/ledger', view: 'ledger', params: {} },
    { name: 'unknown view falls back', hash: '#/nope?x=1', view: 'network', params: { x: '1' } },
    {
      name: 'chinese values and empty values',
      hash: '#/network?leader=%E6%AD%A6%E6%AF%85&min_weight=2&role=',
      view: 'network',
      params: { leader: '武毅', min_weight: '2' },
    },
    { name: 'hash without slash', hash: '#explore?q=a%26b', view: 'explore', params: { q: 'a&b' } },
  ];
  for (const c of cases) {
    it(c.name, () => {
      expect(decodeRoute(c.hash)).toEqual({ view: c.view, params: c.params });
    });
  }

  it('round-trips any params with sorted keys', () => {
    const route = {
      view: 'ledger',
      params: { unit: '区发展和改革局', q: '50% & 城市更新 #1', sort: 'deadline', dir: 'desc', nodes: listParam(['unit:济南市历下区/区财政局', 'a,b'])! },
    };
    const hash = encodeRoute(route);
    expect(hash.startsWith('#/ledger?dir=desc&nodes=')).toBe(true);
    expect(decodeRoute(hash)).toEqual(route);
    expect(getList(decodeRoute(hash).params, 'nodes')).toEqual(['unit:济南市历下区/区财政局', 'a,b']);
  });

  it('writes spaces as %20 and keeps a literal plus', () => {
    const hash = encodeRoute({ view: 'network', params: { hidden: '社区 0', q: 'a+b' } });
    expect(hash).toBe('#/network?hidden=%E7%A4%BE%E5%8C%BA%200&q=a%2Bb');
    expect(decodeRoute(hash).params).toEqual({ hidden: '社区 0', q: 'a+b' });
  });

  it('leaves out empty values so equal states give equal links', () => {
    expect(encodeRoute({ view: 'matrix', params: { b: '2', a: '1', c: '' } })).toBe('#/matrix?a=1&b=2');
  });
});

describe('param helpers', () => {
  it('patches and removes keys', () => {
    expect(patchParams({ a: '1', b: '2' }, { a: undefined, b: 3, c: 'x', d: '', e: true, f: false })).toEqual({ b: '3', c: 'x', e: '1' });
  });
  it('reads bounded ints', () => {
    const p = { w: '5', bad: '5x', neg: '-3' };
    expect(getInt(p, 'w', 1)).toBe(5);
    expect(getInt(p, 'bad', 1)).toBe(1);
    expect(getInt(p, 'missing', 7)).toBe(7);
    expect(getInt(p, 'neg', 1, 1, 10)).toBe(1);
    expect(getInt(p, 'w', 1, 1, 3)).toBe(3);
  });
  it('reads enums', () => {
    expect(getEnum({ role: 'lead' }, 'role', ['any', 'lead', 'responsible'] as const, 'any')).toBe('lead');
    expect(getEnum({ role: 'boss' }, 'role', ['any', 'lead'] as const, 'any')).toBe('any');
  });
  it('reads and writes lists', () => {
    expect(listParam([])).toBeUndefined();
    expect(getList({}, 'x')).toEqual([]);
    expect(getList({ x: listParam(['100%', 'a,b', '街道'])! }, 'x')).toEqual(['100%', 'a,b', '街道']);
  });
});

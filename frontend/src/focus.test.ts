import { describe, expect, it } from 'vitest';
import { formatMetric, largest, metricByID, metricColouring, METRIC_COLOURS, neighbourhood, pickNode, sizesFor, suggest, tableSummary, topShare } from './focus';
import type { UnitMetrics } from './types';

const links = [
  { source: 'a', target: 'b' },
  { source: 'b', target: 'c' },
  { source: 'c', target: 'd' },
  { source: 'x', target: 'y' },
];

describe('neighbourhood', () => {
  it('takes N steps along links in both directions', () => {
    expect([...neighbourhood(links, 'b', 1)].sort()).toEqual(['a', 'b', 'c']);
    expect([...neighbourhood(links, 'a', 2)].sort()).toEqual(['a', 'b', 'c']);
    expect([...neighbourhood(links, 'a', 3)].sort()).toEqual(['a', 'b', 'c', 'd']);
  });
  it('stays in the component and is empty for an unknown start', () => {
    expect([...neighbourhood(links, 'x', 3)].sort()).toEqual(['x', 'y']);
    expect(neighbourhood(links, 'zzz', 1, new Set(['a', 'b']))).toEqual(new Set());
    expect([...neighbourhood([], 'a', 2)]).toEqual(['a']); // an isolated node is its own neighbourhood
  });
});

describe('sizesFor', () => {
  it('maps the range onto min..max by square root, unknowns at min', () => {
    expect(sizesFor([0, 25, 100, undefined], 'betweenness', 10, 30)).toEqual([10, 20, 30, 10]);
  });
  it('reverses constraint, where lower is better', () => {
    expect(sizesFor([0.2, 1], 'constraint', 10, 30)).toEqual([30, 10]);
  });
  it('gives equal values the largest size', () => {
    expect(sizesFor([3, 3], 'degree', 5, 9)).toEqual([9, 9]);
  });
});

describe('topShare', () => {
  const values = new Map([
    ['a', 5],
    ['b', 4],
    ['c', 4],
    ['d', 1],
  ]);
  it('keeps the top share, with ties at the cut', () => {
    expect([...topShare(values, ['a', 'b', 'c', 'd'], 'degree', 25)]).toEqual(['a']);
    expect([...topShare(values, ['a', 'b', 'c', 'd'], 'degree', 50)].sort()).toEqual(['a', 'b', 'c']);
  });
  it('ranks constraint lowest first and skips nodes without a value', () => {
    expect([...topShare(values, ['a', 'b', 'c', 'd', 'e'], 'constraint', 25)]).toEqual(['d']);
  });
});

describe('metricByID', () => {
  it('reads nested metrics', () => {
    const u = { id: 'unit:x/A', brokerage: { total: 7 }, bottleneck: { score: 0.5 }, pageRank: 0.1 } as unknown as UnitMetrics;
    expect(metricByID([u], 'brokerage').get('unit:x/A')).toBe(7);
    expect(metricByID([u], 'bottleneck').get('unit:x/A')).toBe(0.5);
    expect(metricByID([u], 'pageRank').get('unit:x/A')).toBe(0.1);
  });
});

describe('search', () => {
  const names = ['区发展和改革局', '区财政局', '区发展研究室', '发展改革办'];
  it('suggests names containing the query, prefix matches first', () => {
    expect(suggest(names, '发展')).toEqual(['发展改革办', '区发展研究室', '区发展和改革局']);
    expect(suggest(names, '  ')).toEqual([]);
  });
  it('picks an exact name, or the only match', () => {
    const nodes = names.map((n, i) => ({ id: `unit:d/${n}${i}`, name: n }));
    expect(pickNode(nodes, '区财政局')).toBe('unit:d/区财政局1');
    expect(pickNode(nodes, '改革局')).toBe('unit:d/区发展和改革局0');
    expect(pickNode(nodes, '发展')).toBeUndefined();
  });
});

describe('summaries', () => {
  it('names the largest', () => {
    expect(largest([{ name: 'a', s: 1 }, { name: 'b', s: 3 }, { name: 'c', s: 2 }], (x) => x.s, 2)).toEqual(['b', 'c']);
  });
  it('summarises a table', () => {
    expect(tableSummary('责任流', [['甲', 1], ['乙', 2]], '项', '前几项是', 1)).toBe('责任流：2 项；前几项是 甲');
    expect(tableSummary('结构', [], '项', '前几项是')).toBe('结构：0 项');
  });
});

describe('metricColouring', () => {
  it('maps the range of the known values, states the metric and both ends, and leaves unknowns out', () => {
    const c = metricColouring([0.5, 0.125, undefined, 0.25], '中介中心性');
    expect(c.values).toEqual([0.5, 0.125, '-', 0.25]);
    expect(c.visualMap).toMatchObject({ type: 'continuous', min: 0.125, max: 0.5, text: ['中介中心性 0.5', '0.125'] });
    expect((c.visualMap.inRange as { color: string[] }).color).toEqual(METRIC_COLOURS);
  });
  it('gives one value a range and shows integers whole', () => {
    const c = metricColouring([3, 3], '核数');
    expect(c.visualMap).toMatchObject({ min: 3, max: 4, text: ['核数 3', '3'] });
    expect(formatMetric(0.123456)).toBe('0.123');
  });
});

import { describe, expect, it } from 'vitest';
import { alignSeries, byJurisdiction, compareNetworks, defaultJurisdiction, defaultPair, defaultUnit, fitLayout, slopeData, taskDocument, tieKey, unionLayout, unitsByLoad } from './corpus';
import type { Comparison, DocumentInfo, Trends, UnitNetwork } from './types';

// A merge (工信局 + 科技局 → 科工局), a removed unit (统计局), an added one
// (城管局), as in the 2024 → 2025 comparison of testdata/corpus.
const cmp = {
  from: { document: 'a', title: '', jurisdiction: 'J', year: 2024, date: '2024-02-06' },
  to: { document: 'b', title: '', jurisdiction: 'J', year: 2025, date: '2025-02-10' },
  sameJurisdiction: true,
  units: { added: ['城管局'], removed: ['统计局'], lineage: [{ event: 'merge', date: '2024-05-20', from: ['工信局', '科技局'], to: ['科工局'] }] },
  ties: {
    added: [{ source: '住建局', target: '城管局', weight: 1, tasks: ['b:7'] }],
    removed: [{ source: '发改局', target: '统计局', weight: 1, tasks: ['a:2'] }],
    changed: [{ source: '发改局', target: '科工局', from: 1, to: 2, fromTasks: ['a:0'], toTasks: ['b:0', 'b:2'] }],
  },
  load: [{ unit: '科工局', from: 3, to: 4 }],
  ranks: [
    { unit: '科工局', metric: 'bottleneck', from: 2, to: 1 },
    { unit: '发改局', metric: 'bottleneck', from: 1, to: 2 },
    { unit: '住建局', metric: 'bottleneck', from: 5, to: 3 },
    { unit: '住建局', metric: 'betweenness', from: 4, to: 1 },
  ],
  leaders: { added: [], removed: [], changed: [] },
  indicators: { from: { tasks: 9, units: 4, ties: 2, density: 0, centralization: 0, modularity: 0, communities: 1, components: 1 }, to: { tasks: 9, units: 4, ties: 3, density: 0, centralization: 0, modularity: 0, communities: 1, components: 1 } },
  kinds: [],
  warnings: [],
} as Comparison;

const node = (name: string, tasks: number) => ({ id: `unit:J/${name}`, name, jurisdiction: 'J', kind: 'department', collective: false, tasks, leadTasks: 0, leaders: 0, taskIds: [] });
const link = (a: string, b: string, weight: number) => ({ source: `unit:J/${a}`, target: `unit:J/${b}`, weight, tasks: [] });
const toNet = { nodes: [node('发改局', 5), node('科工局', 4), node('住建局', 2), node('城管局', 1)], links: [link('发改局', '科工局', 2), link('住建局', '城管局', 1), link('发改局', '住建局', 1)] } as unknown as UnitNetwork;
const fromNet = { nodes: [node('发改局', 5), node('工信局', 2), node('科技局', 1), node('住建局', 2), node('统计局', 2)], links: [] } as unknown as UnitNetwork;

describe('compareNetworks', () => {
  const sides = compareNetworks(cmp, toNet, fromNet);
  const ties = (s: typeof sides.from) => Object.fromEntries(s.ties.map((t) => [`${t.source}-${t.target}`, `${t.change}:${t.weight}`]));
  const nodes = (s: typeof sides.from) => Object.fromEntries(s.nodes.map((n) => [n.name, `${n.change}:${n.tasks}`]));

  it('draws both sides over the union of names, as of to', () => {
    expect(sides.names).toEqual(['住建局', '发改局', '城管局', '科工局', '统计局']);
    expect(sides.from.nodes.map((n) => n.name)).toEqual(sides.names);
    expect(sides.to.nodes.map((n) => n.name)).toEqual(sides.names);
  });

  it('marks added units absent on the from side and removed absent on the to side', () => {
    expect(nodes(sides.to)).toEqual({ 住建局: 'same:2', 发改局: 'same:5', 城管局: 'added:1', 科工局: 'same:4', 统计局: 'absent:0' });
    // 科工局's from load comes from the load list (3: its two predecessors' tasks counted once), 统计局's from the from network.
    expect(nodes(sides.from)).toEqual({ 住建局: 'same:2', 发改局: 'same:5', 城管局: 'absent:0', 科工局: 'same:3', 统计局: 'removed:2' });
  });

  it('rebuilds the from ties from the to ties and the three lists', () => {
    expect(ties(sides.to)).toEqual({ '发改局-科工局': 'changed:2', '住建局-城管局': 'added:1', '发改局-住建局': 'same:1' });
    expect(ties(sides.from)).toEqual({ '发改局-科工局': 'changed:1', '发改局-住建局': 'same:1', '发改局-统计局': 'removed:1' });
    const changed = sides.from.ties.find((t) => t.change === 'changed')!;
    expect([changed.from, changed.to]).toEqual([1, 2]);
  });
});

describe('unionLayout', () => {
  const sides = compareNetworks(cmp, toNet, fromNet);
  const all = [...sides.from.ties, ...sides.to.ties];

  it('places every name, the same way every time', () => {
    const a = unionLayout(sides.names, all);
    const b = unionLayout([...sides.names], [...all].reverse());
    expect([...a.keys()].sort()).toEqual(sides.names);
    expect([...b.entries()].sort()).toEqual([...a.entries()].sort());
    for (const p of a.values()) expect(Number.isFinite(p.x) && Number.isFinite(p.y)).toBe(true);
  });

  it('puts tied units closer than untied ones', () => {
    const p = unionLayout(sides.names, all);
    const d = (x: string, y: string) => Math.hypot(p.get(x)!.x - p.get(y)!.x, p.get(x)!.y - p.get(y)!.y);
    expect(d('住建局', '城管局')).toBeLessThan(d('城管局', '统计局'));
    expect(d('发改局', '科工局')).toBeLessThan(d('科工局', '城管局'));
  });

  it('ignores ties to unknown names', () => {
    const p = unionLayout(['a', 'b'], [{ source: 'a', target: 'zz', weight: 1 }]);
    expect([...p.keys()]).toEqual(['a', 'b']);
  });
});

describe('slopeData', () => {
  it('keeps one metric, biggest moves first, with the direction', () => {
    expect(slopeData(cmp, 'bottleneck')).toEqual([
      { unit: '住建局', from: 5, to: 3, direction: 'up' },
      { unit: '发改局', from: 1, to: 2, direction: 'down' },
      { unit: '科工局', from: 2, to: 1, direction: 'up' },
    ]);
    expect(slopeData(cmp, 'betweenness', 1)).toEqual([{ unit: '住建局', from: 4, to: 1, direction: 'up' }]);
    expect(slopeData(cmp, 'weightedDegree')).toEqual([]);
  });
});

describe('document pairs', () => {
  const doc = (id: string, jurisdiction: string, year: number, date = `${year}-02-01`) => ({ id, jurisdiction, year, date }) as DocumentInfo;
  const docs = [doc('l25', '历下区', 2025), doc('s24', '市中区', 2024), doc('l23', '历下区', 2023), doc('l24', '历下区', 2024)];

  it('groups by jurisdiction in date order', () => {
    expect([...byJurisdiction(docs)].map(([j, l]) => [j, l.map((d) => d.id)])).toEqual([
      ['历下区', ['l23', 'l24', 'l25']],
      ['市中区', ['s24']],
    ]);
  });

  it('starts with the two latest documents of the biggest jurisdiction', () => {
    expect(defaultJurisdiction(docs)).toBe('历下区');
    expect(defaultPair(docs)).toEqual({ from: 'l24', to: 'l25' });
    expect(defaultPair(docs, '市中区')).toEqual({ from: 'l24', to: 'l25' });
    expect(defaultPair([doc('a', 'A', 2023), doc('b', 'B', 2024)])).toEqual({ from: 'a', to: 'b' });
    expect(defaultPair([doc('a', 'A', 2023)])).toBeUndefined();
  });

  it('reads tie keys and task ids', () => {
    expect(tieKey('b', 'a')).toBe(tieKey('a', 'b'));
    expect(taskDocument('690b11a6ed364aa0:7')).toBe('690b11a6ed364aa0');
  });
});

describe('trend lines', () => {
  const pt = (document: string, year: number, tasks: number, rank: number, names = ['x']) => ({ document, year, names, tasks, leadTasks: 0, betweenness: 0, constraint: 0, bottleneck: 0, rank });
  const trends = {
    jurisdiction: 'J',
    asOf: '2025-02-10',
    documents: [{ document: 'd23', year: 2023 }, { document: 'd24', year: 2024 }, { document: 'd25', year: 2025 }],
    units: [
      { unit: '城管局', kind: 'department', series: [pt('d25', 2025, 2, 1)] },
      { unit: '发改局', kind: 'department', series: [pt('d23', 2023, 9, 1), pt('d24', 2024, 5, 2), pt('d25', 2025, 5, 3)] },
      { unit: '科工局', kind: 'department', series: [pt('d23', 2023, 7, 4, ['工信局', '科技局']), pt('d24', 2024, 3, 3, ['工信局', '科技局']), pt('d25', 2025, 4, 2)] },
      { unit: '统计局', kind: 'department', series: [pt('d24', 2024, 1, 5)] },
    ],
  } as unknown as Trends;

  it('starts with the longest line, best ranked last', () => {
    expect(defaultUnit(trends)).toBe('科工局');
    expect(defaultUnit({ ...trends, units: [] })).toBeUndefined();
  });

  it('orders the picker by the latest load', () => {
    expect(unitsByLoad(trends).map((u) => u.unit)).toEqual(['发改局', '科工局', '城管局', '统计局']);
  });

  it('aligns a line with the documents, null where the unit is missing', () => {
    expect(alignSeries(trends, trends.units[3], (p) => p.tasks)).toEqual([null, 1, null]);
    expect(alignSeries(trends, trends.units[2], (p) => p.rank)).toEqual([4, 3, 2]);
  });
});

describe('fitLayout', () => {
  it('fills the box keeping the aspect ratio, centred', () => {
    const p = fitLayout(new Map([['a', { x: -10, y: 0 }], ['b', { x: 10, y: 5 }]]), { left: 100, top: 50, width: 400, height: 400 });
    expect(p.get('a')).toEqual({ x: 100, y: 200 });
    expect(p.get('b')).toEqual({ x: 500, y: 300 });
  });
  it('puts a single unit in the middle', () => {
    expect(fitLayout(new Map([['a', { x: 3, y: 3 }]]), { left: 0, top: 0, width: 10, height: 20 }).get('a')).toEqual({ x: 5, y: 10 });
  });
});

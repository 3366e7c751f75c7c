import { describe, expect, it } from 'vitest';
import { collectivesOf, emptyExplored, expansionItem, filterTasks, findLink, matchUnits, mergeSubgraph, parseExpansion, parseUnitID, pathChain, pathEdgeKeys, pathLinks, readableMinWeight, relationshipTypes, restrictSubgraph, sharedTasksIn, sortTasks, unitFigures, unitPartners, unitTasksIn, withoutNodes } from './filters';
import type { GraphNode, Subgraph, TaskRecord } from './types';

function task(index: number, patch: Partial<TaskRecord> = {}): TaskRecord {
  return {
    id: `d:${index}`,
    index,
    section: 0,
    theme: '',
    themeIndex: -1,
    text: `任务${index}`,
    span: { start: 0, end: 1 },
    annotation: { start: 1, end: 2 },
    line: index + 1,
    leaders: [],
    leadUnits: [],
    units: [],
    deadline: '',
    projects: [],
    targets: [],
    document: 'd',
    jurisdiction: '济南市历下区',
    sectionTitle: '',
    ...patch,
  };
}

const tasks = [
  task(0, { deadline: '2023年6月底', leadUnits: ['区财政局'], projects: ['历下总部商务中心'], section: 1, sectionTitle: '一、项目建设' }),
  task(1, { deadline: '2023年底', leadUnits: ['区发展和改革局'], targets: [{ metric: '地区生产总值', value: 6, unit: '%', qualifier: '', text: '地区生产总值增长6%' }], section: 0, sectionTitle: '' }),
  task(2, { deadline: '', leadUnits: ['区城市更新局'], projects: ['明湖东路片区'], section: 2, sectionTitle: '二、城市更新' }),
  task(3, { deadline: '2023年底', leadUnits: ['区财政局'], section: 1, sectionTitle: '一、项目建设' }),
];

describe('filterTasks', () => {
  const cases: { name: string; f: Parameters<typeof filterTasks>[1]; want: number[] }[] = [
    { name: 'no filter keeps all', f: {}, want: [0, 1, 2, 3] },
    { name: 'deadline substring', f: { deadline: '年底' }, want: [1, 3] },
    { name: 'project substring', f: { project: '片区' }, want: [2] },
    { name: 'has targets', f: { hasTargets: true }, want: [1] },
    { name: 'filters combine', f: { deadline: '2023', project: '总部' }, want: [0] },
    { name: 'blank filter is no filter', f: { deadline: '  ' }, want: [0, 1, 2, 3] },
  ];
  for (const c of cases) {
    it(c.name, () => expect(filterTasks(tasks, c.f).map((t) => t.index)).toEqual(c.want));
  }
});

describe('sortTasks', () => {
  it('sorts by index descending', () => {
    expect(sortTasks(tasks, 'index', 'desc').map((t) => t.index)).toEqual([3, 2, 1, 0]);
  });
  it('keeps empty cells last in both directions and ties stable', () => {
    // Digits collate before CJK: 2023年6月底 < 2023年底.
    expect(sortTasks(tasks, 'deadline', 'asc').map((t) => t.index)).toEqual([0, 1, 3, 2]);
    expect(sortTasks(tasks, 'deadline', 'desc').map((t) => t.index)).toEqual([1, 3, 0, 2]);
  });
  it('sorts lead units by Chinese collation', () => {
    expect(sortTasks(tasks, 'leadUnits', 'asc').map((t) => t.leadUnits![0])).toEqual(['区财政局', '区财政局', '区城市更新局', '区发展和改革局'].sort(new Intl.Collator('zh-Hans-CN').compare));
  });
  it('does not change its input', () => {
    const before = tasks.map((t) => t.index);
    sortTasks(tasks, 'text', 'desc');
    expect(tasks.map((t) => t.index)).toEqual(before);
  });
});

describe('network helpers', () => {
  const links = [
    { source: 'unit:j/a', target: 'unit:j/b', weight: 3, tasks: ['d:1', 'd:2', 'd:3'] },
    { source: 'unit:j/b', target: 'unit:j/c', weight: 1, tasks: ['d:4'] },
  ];
  it('finds links in either direction', () => {
    expect(findLink(links, 'unit:j/c', 'unit:j/b')?.weight).toBe(1);
    expect(findLink(links, 'unit:j/a', 'unit:j/c')).toBeUndefined();
  });
});

describe('readableMinWeight', () => {
  it.each([
    { name: 'all links fit', weights: [5, 3, 1], max: 3, want: 1 },
    { name: 'no links', weights: [], max: 2000, want: 1 },
    { name: 'cuts above the first link that does not fit', weights: [9, 7, 4, 4, 2], max: 3, want: 5 },
    { name: 'a tie at the cut drops the whole tie', weights: [9, 4, 4, 4, 1], max: 2, want: 5 },
    { name: 'one link over', weights: [3, 2, 2], max: 2, want: 3 },
  ])('$name', ({ weights, max, want }) => {
    const w = readableMinWeight(weights, max);
    expect(w).toBe(want);
    expect(weights.filter((x) => x >= w).length).toBeLessThanOrEqual(max);
    // And no smaller weight would do.
    if (w > 1) expect(weights.filter((x) => x >= w - 1).length).toBeGreaterThan(max);
  });
});

describe('network tasks from a unit’s task list', () => {
  const mine = [
    task(0, { leadUnits: ['区财政局'], units: ['区发展和改革局'], leaders: ['武毅'] }),
    task(1, { leadUnits: ['区发展和改革局'], units: ['区财政局', '区城市更新局'], leaders: ['赵冬梅'], section: 2 }),
    task(2, { leadUnits: ['区财政局'], units: [], leaders: ['武毅', '赵冬梅'], document: 'e' }),
  ];
  const ids = (ts: TaskRecord[]) => ts.map((t) => t.id);
  it('parses unit ids, with a slash in the name', () => {
    expect(parseUnitID('unit:济南市历下区/区财政局')).toEqual({ jurisdiction: '济南市历下区', name: '区财政局' });
    expect(parseUnitID('unit:j/a/b')).toEqual({ jurisdiction: 'j', name: 'a/b' });
    for (const bad of ['leader:j/a', 'unit:nojurisdiction', 'unit:/a', 'unit:j/']) expect(parseUnitID(bad), bad).toBeUndefined();
  });
  it.each([
    { name: 'no filter', f: {}, want: ['d:0', 'd:1', 'd:2'] },
    { name: 'document', f: { document: 'e' }, want: ['d:2'] },
    { name: 'documents as a list', f: { document: 'x, e' }, want: ['d:2'] },
    { name: 'section', f: { section: '2' }, want: ['d:1'] },
    { name: 'leader', f: { leader: '武毅' }, want: ['d:0', 'd:2'] },
    { name: 'role lead', f: { role: 'lead' }, want: ['d:0', 'd:2'] },
    { name: 'role responsible', f: { role: 'responsible' }, want: ['d:1'] },
    { name: 'role any', f: { role: 'any' }, want: ['d:0', 'd:1', 'd:2'] },
  ])('a unit’s tasks: $name', ({ f, want }) => {
    expect(ids(unitTasksIn(mine, '区财政局', f))).toEqual(want);
  });
  it.each([
    { name: 'any role', f: {}, b: '区发展和改革局', want: ['d:0', 'd:1'] },
    { name: 'responsible: both responsible', f: { role: 'responsible' }, b: '区城市更新局', want: ['d:1'] },
    { name: 'responsible: the other leads', f: { role: 'responsible' }, b: '区发展和改革局', want: [] },
    { name: 'leader', f: { leader: '赵冬梅' }, b: '区发展和改革局', want: ['d:1'] },
    { name: 'a unit not on any', f: {}, b: '区教育和体育局', want: [] },
  ])('shared tasks: $name', ({ f, b, want }) => {
    expect(ids(sharedTasksIn(mine, '区财政局', b, f))).toEqual(want);
  });
  it('counts lead tasks and distinct leaders', () => {
    expect(unitFigures(mine, '区财政局', undefined)).toEqual({ tasks: 3, leadTasks: 2, leaders: 2 });
    expect(unitFigures(unitTasksIn(mine, '区财政局', { role: 'lead' }), '区财政局', 'lead')).toEqual({ tasks: 2, leadTasks: 2, leaders: 2 });
    expect(unitFigures([], 'x', undefined)).toEqual({ tasks: 0, leadTasks: 0, leaders: 0 });
  });
});

describe('mergeSubgraph', () => {
  it('adds new nodes and edges once and keeps edges between known nodes only', () => {
    const into = emptyExplored();
    const a: GraphNode = { id: 'unit:a', kind: 'Unit', label: 'a' };
    const t: GraphNode = { id: 'task:d:1', kind: 'Task', label: 't' };
    const l: GraphNode = { id: 'leader:x', kind: 'Leader', label: 'x' };
    expect(mergeSubgraph(into, { nodes: [a, t], edges: [{ source: 'unit:a', target: 'task:d:1', type: 'LEADS' }, { source: 'leader:x', target: 'task:d:1', type: 'LEADS' }], truncated: false })).toBe(2);
    expect(into.edges.size).toBe(1);
    expect(mergeSubgraph(into, { nodes: [t, l], edges: [{ source: 'leader:x', target: 'task:d:1', type: 'LEADS' }], truncated: false })).toBe(1);
    expect(into.nodes.size).toBe(3);
    expect(into.edges.size).toBe(2);
    expect(pathEdgeKeys({ nodes: [], edges: [{ source: 'a', target: 'b', type: 'X' }], truncated: false }).has('b\u0000a')).toBe(true);
  });
});

describe('unitPartners', () => {
  const t = (index: number, leadUnits: string[], units: string[]) => ({ id: `task:d:${index}`, index, document: 'd', section: 0, leaders: [], leadUnits, units }) as unknown as TaskRecord;
  const tasks = [t(0, ['A'], ['B', 'C']), t(1, ['B'], ['A', 'D']), t(2, ['A'], ['C']), t(3, ['A'], ['E', 'A'])];

  it('ranks partners by shared tasks, ties sharing a rank, by name within a tie', () => {
    expect(unitPartners(tasks, 'A', undefined)).toEqual([
      { name: 'B', shared: 2, rank: 1, tie: true },
      { name: 'C', shared: 2, rank: 1, tie: true },
      { name: 'D', shared: 1, rank: 3, tie: true },
      { name: 'E', shared: 1, rank: 3, tie: true },
    ]);
  });

  it('counts only the units in the role of the network', () => {
    expect(unitPartners(tasks, 'C', 'responsible')).toEqual([{ name: 'B', shared: 1, rank: 1, tie: false }]);
  });
});

describe('matchUnits', () => {
  const units = ['区发展和改革局', '区财政局', '区商务局', '龙洞街道办事处', '各街道办事处'].map((name) => ({ name }));
  it('puts the exact name first, then names containing the text, then names holding its characters in order', () => {
    expect(matchUnits('区财政局', units).map((u) => u.name)).toEqual(['区财政局']);
    expect(matchUnits('街道办事处', units).map((u) => u.name)).toEqual(['各街道办事处', '龙洞街道办事处']);
    expect(matchUnits('发改', units).map((u) => u.name)).toEqual(['区发展和改革局']);
    expect(matchUnits('改发', units)).toEqual([]);
    expect(matchUnits('  ', units)).toEqual([]);
  });
});

describe('collectivesOf', () => {
  const u = (name: string, kind: string, collective = false, jurisdiction = 'j') => ({ name, kind, collective, jurisdiction });
  const units = [u('各街道办事处', 'collective', true), u('区安委会各成员单位', 'collective', true), u('各乡镇（街道）', 'collective', true), u('各街道办事处', 'collective', true, 'other'), u('龙洞街道办事处', 'street'), u('区财政局', 'department')];
  it('finds the collectives of its jurisdiction that stand for a street office', () => {
    expect(collectivesOf(units[4], units).map((c) => c.name)).toEqual(['各街道办事处', '各乡镇（街道）']);
  });
  it('gives none for other units and for collectives themselves', () => {
    expect(collectivesOf(units[5], units)).toEqual([]);
    expect(collectivesOf(units[0], units)).toEqual([]);
  });
});

describe('pathChain and pathLinks', () => {
  const n = (id: string, kind: GraphNode['kind']): GraphNode => ({ id, kind, label: id });
  const path = {
    nodes: [n('task:d:35', 'Task'), n('task:d:8', 'Task'), n('unit:j/B', 'Unit'), n('unit:j/A', 'Unit'), n('unit:j/C', 'Unit')],
    edges: [
      { source: 'unit:j/B', target: 'task:d:35', type: 'LEADS' },
      { source: 'unit:j/B', target: 'task:d:8', type: 'SUPPORTS' },
      { source: 'unit:j/A', target: 'task:d:8', type: 'SUPPORTS' },
      { source: 'unit:j/C', target: 'task:d:35', type: 'SUPPORTS' },
    ],
    truncated: false,
  };

  it('orders the nodes of an unordered path from one end to the other', () => {
    expect(pathChain(path, 'unit:j/A', 'unit:j/C')?.map((s) => s.node.id)).toEqual(['unit:j/A', 'task:d:8', 'unit:j/B', 'task:d:35', 'unit:j/C']);
    expect(pathChain(path, 'unit:j/X', 'unit:j/C')).toBeUndefined();
  });

  it('gives each task with the roles of the units on both sides', () => {
    const links = pathLinks(pathChain(path, 'unit:j/A', 'unit:j/C')!);
    expect(links.map((l) => [l.a.id, l.aRel, l.via.id, l.b.id, l.bRel])).toEqual([
      ['unit:j/A', 'SUPPORTS', 'task:d:8', 'unit:j/B', 'SUPPORTS'],
      ['unit:j/B', 'LEADS', 'task:d:35', 'unit:j/C', 'SUPPORTS'],
    ]);
  });
});

describe('explore: expansions by relationship type, removed nodes', () => {
  const u = 'unit:济南市历下区/区商务局';
  const g = {
    nodes: [{ id: u, kind: 'Unit', label: '区商务局' }, { id: 'task:d:1', kind: 'Task', label: 't1' }, { id: 'task:d:2', kind: 'Task', label: 't2' }, { id: 'task:d:3', kind: 'Task', label: 't3' }],
    edges: [{ source: u, target: 'task:d:1', type: 'LEADS' }, { source: u, target: 'task:d:2', type: 'SUPPORTS' }, { source: u, target: 'task:d:3', type: 'SUPPORTS' }],
    truncated: false,
  } as unknown as Subgraph;

  it('reads and writes TYPE>id entries; a plain id expands every type', () => {
    expect(parseExpansion(`SUPPORTS>${u}`)).toEqual({ id: u, type: 'SUPPORTS' });
    expect(parseExpansion(u)).toEqual({ id: u });
    expect(parseExpansion('task:d:1')).toEqual({ id: 'task:d:1' });
    expect(expansionItem(u, 'LEADS')).toBe(`LEADS>${u}`);
    expect(expansionItem(u)).toBe(u);
  });

  it('keeps the node, its edges of the type and their ends', () => {
    const r = restrictSubgraph(g, u, 'SUPPORTS');
    expect(r.nodes.map((n) => n.id)).toEqual([u, 'task:d:2', 'task:d:3']);
    expect(r.edges.map((e) => e.target)).toEqual(['task:d:2', 'task:d:3']);
    expect(relationshipTypes(g, u)).toEqual([{ type: 'SUPPORTS', count: 2 }, { type: 'LEADS', count: 1 }]);
  });

  it('drops removed nodes with their edges', () => {
    const e = emptyExplored();
    mergeSubgraph(e, g);
    const w = withoutNodes(e, new Set(['task:d:2']));
    expect([...w.nodes.keys()]).toEqual([u, 'task:d:1', 'task:d:3']);
    expect(w.edges.size).toBe(2);
    expect(withoutNodes(e, new Set())).toBe(e);
  });
});

import { describe, expect, it } from 'vitest';
import { cypherGraphOption, graphOfRows, nodeCaption, nodeGroup } from './cyphergraph';
import { KIND_COLOURS, LABEL_COLOURS } from './palette';

const unit = (id: string, name: string, kind: string) => ({ elementId: id, labels: ['Unit'], properties: { name, kind, jurisdiction: '济南市历下区' } });
const task = (id: string, text: string) => ({ elementId: id, labels: ['Task'], properties: { text, id: `doc:${id}` } });
const rel = (id: string, type: string, start: string, end: string) => ({ elementId: id, type, start, end, properties: {} });

describe('the Cypher console graph', () => {
  it('finds nodes and relationships anywhere in the rows, once each, and leaves out relationships with an end outside', () => {
    const a = unit('n1', '区发展和改革局', 'department');
    const b = unit('n2', '龙洞街道办事处', 'street');
    const t = task('n3', '推进城市更新');
    const rows = [
      [a, rel('r1', 'LEADS', 'n1', 'n3'), t],
      [{ nodes: [b, t], relationships: [rel('r2', 'SUPPORTS', 'n2', 'n3')] }, 3],
      [[a, b], { nested: { x: t } }, rel('r9', 'SUPPORTS', 'n2', 'n404')],
      ['区财政局', null, { elementId: 'not-a-node' }],
    ];
    const g = graphOfRows(rows);
    expect(g.nodes.map((n) => n.id)).toEqual(['n1', 'n3', 'n2']);
    expect(g.rels.map((r) => r.id)).toEqual(['r1', 'r2']);
    expect(g.dangling).toBe(1);
    expect(graphOfRows([[1, 'x'], []])).toEqual({ nodes: [], rels: [], dangling: 0 });
  });

  it('colours units by kind as the network view does, other labels by label', () => {
    const g = graphOfRows([[unit('n1', '区商务局', 'department'), unit('n2', '龙洞街道办事处', 'street'), task('n3', '任务'), rel('r1', 'LEADS', 'n1', 'n3')]]);
    expect(nodeGroup(g.nodes[0])).toEqual({ key: 'kind:department', colour: KIND_COLOURS.department });
    expect(nodeGroup(g.nodes[1]).colour).toBe(KIND_COLOURS.street);
    expect(nodeGroup(g.nodes[2])).toEqual({ key: 'label:Task', colour: LABEL_COLOURS.Task });
    const option = cypherGraphOption(g, (k) => k, 'title');
    const s = option.series[0];
    expect(s.categories).toEqual([
      { name: 'kind:department', itemStyle: { color: KIND_COLOURS.department } },
      { name: 'kind:street', itemStyle: { color: KIND_COLOURS.street } },
      { name: 'label:Task', itemStyle: { color: LABEL_COLOURS.Task } },
    ]);
    expect(s.data.map((d: { name: string; category: number }) => [d.name, d.category])).toEqual([['区商务局', 0], ['龙洞街道办事处', 1], ['任务', 2]]);
    expect(s.data[0].value).toBe('Unit · 济南市历下区');
    expect(s.links).toHaveLength(1);
    expect(s.links[0]).toMatchObject({ source: 'n1', target: 'n3', value: 'LEADS' });
    expect(s.data[0].symbolSize).toBeGreaterThan(s.data[1].symbolSize); // degree 1 over degree 0
  });

  it('captions a node by name, title or text, else by label and id', () => {
    expect(nodeCaption({ id: '4:x:7', labels: ['Document'], properties: { title: '报告' } })).toBe('报告');
    expect(nodeCaption({ id: '4:x:7', labels: ['Target'], properties: {} })).toBe('Target 7');
  });

  it('has a colour for every unit kind the UI names, all different', () => {
    const kinds = ['department', 'party', 'enterprise', 'street', 'committee', 'institution', 'branch', 'mass', 'collective'];
    expect(Object.keys(KIND_COLOURS).sort()).toEqual([...kinds].sort());
    expect(new Set(Object.values(KIND_COLOURS)).size).toBe(kinds.length);
  });
});

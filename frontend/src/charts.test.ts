import { describe, expect, it } from 'vitest';
import { enhanceAny, enhanceGraph, LABELLED_NODES, labelsOutward, LARGE_GRAPH } from './charts';

const graph = (n: number) => ({
  series: [{ type: 'graph', layout: n > LARGE_GRAPH ? 'none' : 'force', data: Array.from({ length: n }, (_, i) => ({ id: `unit:${i}`, name: `u${i}` })), links: [] }],
});

describe('enhanceGraph', () => {
  it('adds adjacency focus, label ellipsis and overlap hiding', () => {
    const o = enhanceGraph(graph(10));
    const s = o.series[0];
    expect(s.emphasis.focus).toBe('adjacency');
    expect(s.labelLayout.hideOverlap).toBe(true);
    expect(s.label.overflow).toBe('truncate');
    expect(o.animation).toBeUndefined();
    expect(s.label.textBorderColor).toBe('#fff'); // the halo over links and nodes
  });
  it('runs a force layout to its end before the labels are placed', () => {
    expect(enhanceGraph(graph(10)).series[0].force.layoutAnimation).toBe(false);
  });
  it('turns animation off for large graphs, without progressive settings graphs ignore', () => {
    const o = enhanceGraph(graph(2000));
    expect(o.animation).toBe(false);
    expect(o.series[0].animation).toBe(false);
    expect(o.series[0]).not.toHaveProperty('progressive');
    expect(o.series[0]).not.toHaveProperty('progressiveThreshold');
  });
  it('labels only the biggest nodes of a large graph', () => {
    const g = graph(1000);
    g.series[0].data.forEach((d, i) => Object.assign(d, { symbolSize: i % 100 }));
    const s = enhanceGraph(g).series[0];
    expect(s.label.show).toBe(false);
    const labelled = s.data.filter((d: { label?: { show: boolean } }) => d.label?.show);
    expect(labelled).toHaveLength(LABELLED_NODES);
    expect(Math.min(...labelled.map((d: { symbolSize: number }) => d.symbolSize))).toBe(92);
  });
});

describe('labelsOutward', () => {
  it('puts each label on the side away from its neighbours, keeping a position the view set', () => {
    const items = [
      { id: 'a', x: 0, y: 0 },
      { id: 'b', x: 10, y: 0 },
      { id: 'c', x: 20, y: 0 },
      { id: 'd', x: 30, y: 0, label: { position: 'inside' } },
      { id: 'lonely', x: 5, y: 5 },
    ] as { id: string; x: number; y: number; label?: { position: string } }[];
    labelsOutward(items, [{ source: 'a', target: 'b' }, { source: 'b', target: 'c' }, { source: 'c', target: 'a' }, { source: 'd', target: 'a' }, { source: 1, target: 2 }]);
    expect(items.map((it) => it.label?.position)).toEqual(['left', 'left', 'right', 'inside', undefined]) // b's neighbours a, c and c (by index) lie on average to its right;
  });
});

describe('enhanceAny', () => {
  it('draws tooltips as canvas rich text, never HTML', () => {
    expect(enhanceAny({ tooltip: { show: true } }).tooltip).toEqual({ show: true, confine: true, renderMode: 'richText' });
    expect(enhanceAny({}).tooltip.renderMode).toBe('richText');
  });
  it('moves a legend off the subtitle and the grid below the legend', () => {
    const o = enhanceAny({ title: { text: 't', subtext: 's' }, legend: { top: '48', data: ['a', 'b'] }, grid: { top: 60 }, series: [{ type: 'bar' }, { type: 'bar' }] });
    expect(o.legend.top).toBe(64);
    expect(o.grid.top).toBe(96);
  });
  it('drops a legend with a single entry for non-graph charts', () => {
    expect(enhanceAny({ legend: { data: ['责任流'] }, series: [{ type: 'sankey' }] }).legend).toBeUndefined();
    expect(enhanceAny({ legend: { data: ['政府部门'] }, series: [{ type: 'graph' }] }).legend).toBeDefined();
  });
});

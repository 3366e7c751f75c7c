import { describe, expect, it } from 'vitest';
import { enhanceAny, enhanceGraph, LABELLED_NODES, LARGE_GRAPH } from './charts';

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

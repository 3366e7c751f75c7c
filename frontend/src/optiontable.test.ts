import { describe, expect, it } from 'vitest';
import { optionHasData, optionTable } from './optiontable';

describe('optionTable', () => {
  it('reads a heatmap by axis labels', () => {
    const t = optionTable({
      xAxis: { type: 'category', data: ['区财政局', '区发展和改革局'] },
      yAxis: { type: 'category', data: ['区财政局', '区发展和改革局'] },
      series: [{ type: 'heatmap', data: [[0, 1, 5], { value: [1, 0, 5] }] }],
    });
    expect(t).toEqual({ header: ['x', 'y', 'value'], rows: [['区财政局', '区发展和改革局', 5], ['区发展和改革局', '区财政局', 5]] });
  });

  it('reads sankey links', () => {
    const t = optionTable({ series: { type: 'sankey', data: [], links: [{ source: '武毅', target: '区财政局', value: 3 }] } });
    expect(t.rows).toEqual([['武毅', '区财政局', 3]]);
  });

  it('walks treemap leaves with their path', () => {
    const t = optionTable({
      series: [{ type: 'treemap', data: [{ name: '一、', children: [{ name: '主题', children: [{ name: '任务1', value: 1 }, { name: '任务2', value: 1 }] }] }, { name: '二、', value: 4 }] }],
    });
    expect(t.rows).toEqual([['一、 / 主题 / 任务1', 1], ['一、 / 主题 / 任务2', 1], ['二、', 4]]);
  });

  it('reads graph nodes with category names', () => {
    const t = optionTable({ series: [{ type: 'graph', categories: [{ name: '街道' }], data: [{ id: 'unit:x', name: 'x', category: 0, value: 3 }] }] });
    expect(t.rows).toEqual([['unit:x', 'x', '街道', 3]]);
  });

  it('reads horizontal bars with one column per series', () => {
    const t = optionTable({
      yAxis: { type: 'category', data: ['a', 'b'] },
      xAxis: { type: 'value' },
      series: [{ type: 'bar', name: 'score', data: [0.9, { value: 0.5 }] }, { type: 'bar', name: 'load', data: [1, 0] }],
    });
    expect(t).toEqual({ header: ['name', 'score', 'load'], rows: [['a', 0.9, 1], ['b', 0.5, 0]] });
  });

  it('gives an empty table without series', () => {
    expect(optionTable({})).toEqual({ header: [], rows: [] });
  });
});

describe('optionHasData', () => {
  it('is true when a series has data, nodes or links, false for empty series', () => {
    expect(optionHasData({ series: [{ type: 'graph', data: [], links: [] }] })).toBe(false);
    expect(optionHasData({ series: { type: 'heatmap', data: [] } })).toBe(false);
    expect(optionHasData({})).toBe(false);
    expect(optionHasData({ series: [{ type: 'graph', data: [{ id: 'a' }], links: [] }] })).toBe(true);
    expect(optionHasData({ series: [{ type: 'bar', data: [] }, { type: 'bar', data: [1] }] })).toBe(true);
  });
});

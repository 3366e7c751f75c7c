// What a chart shows, as a table for CSV export: read from the ECharts
// option itself, so the CSV matches the picture whoever built the option.

import type { Cell } from './csv';

type AnyRecord = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

export interface Table { header: string[]; rows: Cell[][] }

const asList = <T>(v: T | T[] | undefined): T[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]);

function axisData(axis: unknown): unknown[] {
  const a = asList(axis as AnyRecord | AnyRecord[])[0];
  return (a?.data ?? []).map((d: unknown) => (d && typeof d === 'object' ? (d as AnyRecord).value ?? (d as AnyRecord).name : d));
}

function value(d: unknown): unknown {
  return d && typeof d === 'object' && !Array.isArray(d) ? (d as AnyRecord).value : d;
}

function cell(v: unknown): Cell {
  if (v === null || v === undefined) return '';
  if (typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean') return v;
  return JSON.stringify(v);
}

/** A table of the first series of option; unknown series types give name/value rows. */
export function optionTable(option: AnyRecord): Table {
  const series = asList(option.series as AnyRecord | AnyRecord[]);
  const s = series[0];
  if (!s) return { header: [], rows: [] };
  switch (s.type) {
    case 'heatmap': {
      const xs = axisData(option.xAxis);
      const ys = axisData(option.yAxis);
      const rows: Cell[][] = [];
      for (const d of s.data ?? []) {
        const v = value(d) ?? d;
        if (!Array.isArray(v)) continue;
        const [x, y, w] = v as [number | string, number | string, unknown];
        rows.push([cell(typeof x === 'number' ? xs[x] : x), cell(typeof y === 'number' ? ys[y] : y), cell(w)]);
      }
      return { header: ['x', 'y', 'value'], rows };
    }
    case 'sankey':
      return {
        header: ['source', 'target', 'value'],
        rows: (s.links ?? s.edges ?? []).map((l: AnyRecord) => [cell(l.source), cell(l.target), cell(l.value)]),
      };
    case 'graph':
      return {
        header: ['id', 'name', 'category', 'value'],
        rows: (s.data ?? s.nodes ?? []).map((d: AnyRecord) => {
          const cat = typeof d.category === 'number' ? s.categories?.[d.category]?.name ?? d.category : d.category;
          return [cell(d.id), cell(d.name), cell(cat), cell(d.value)];
        }),
      };
    case 'treemap':
    case 'sunburst':
    case 'tree': {
      const rows: Cell[][] = [];
      const walk = (nodes: AnyRecord[], path: string[]) => {
        for (const n of nodes) {
          const p = [...path, String(n.name ?? '')];
          const kids = asList(n.children as AnyRecord[] | undefined);
          if (kids.length) walk(kids, p);
          else rows.push([p.join(' / '), cell(value(n))]);
        }
      };
      walk(asList(s.data as AnyRecord[]), []);
      return { header: ['path', 'value'], rows };
    }
    default: {
      // bar, line, scatter, pie: one row per category with a column per series.
      const categories = axisData(option.yAxis).length && asList(option.yAxis as AnyRecord)[0]?.type === 'category' ? axisData(option.yAxis) : axisData(option.xAxis);
      const header = ['name', ...series.map((x, i) => String(x.name ?? `series${i + 1}`))];
      const n = Math.max(...series.map((x) => (x.data ?? []).length));
      const rows: Cell[][] = [];
      for (let i = 0; i < n; i++) {
        const first = s.data?.[i];
        const name = categories[i] ?? (first && typeof first === 'object' && !Array.isArray(first) ? first.name : i);
        rows.push([cell(name), ...series.map((x) => cell(value(x.data?.[i])))]);
      }
      return { header, rows };
    }
  }
}

/** Whether any series of option has something to draw (data, nodes or links). */
export function optionHasData(option: AnyRecord): boolean {
  return asList(option.series as AnyRecord | AnyRecord[]).some((s) => ['data', 'nodes', 'links', 'edges'].some((k) => (s?.[k]?.length ?? 0) > 0));
}

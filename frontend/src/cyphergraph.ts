// The Cypher console's graph: the nodes and relationships a result holds
// (as the API writes them: nodes {elementId, labels, properties},
// relationships {elementId, type, start, end, properties}, paths {nodes,
// relationships}, anywhere in a row, inside lists and maps too), and the
// ECharts option that draws them — units in their kind's colour, as on the
// network view, other labels in fixed colours (src/palette.ts).

import { LABEL_COLOURS, UNKNOWN_COLOUR, kindColour } from './palette';

export interface CypherNode {
  id: string;
  labels: string[];
  properties: Record<string, unknown>;
}

export interface CypherRel {
  id: string;
  type: string;
  start: string;
  end: string;
  properties: Record<string, unknown>;
}

export interface CypherGraph {
  nodes: CypherNode[];
  rels: CypherRel[];
  /** Relationships left out because an end node was not in the result. */
  dangling: number;
}

type AnyRecord = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const isObject = (v: unknown): v is AnyRecord => typeof v === 'object' && v !== null && !Array.isArray(v);

function asNode(v: AnyRecord): CypherNode | undefined {
  if (typeof v.elementId !== 'string' || !Array.isArray(v.labels) || !isObject(v.properties)) return undefined;
  return { id: v.elementId, labels: v.labels.map(String), properties: v.properties };
}

function asRel(v: AnyRecord): CypherRel | undefined {
  if (typeof v.elementId !== 'string' || typeof v.type !== 'string' || typeof v.start !== 'string' || typeof v.end !== 'string') return undefined;
  return { id: v.elementId, type: v.type, start: v.start, end: v.end, properties: isObject(v.properties) ? v.properties : {} };
}

/** Every distinct node and relationship of the rows, in the order met; relationships whose ends are not all there are counted, not kept. */
export function graphOfRows(rows: readonly (readonly unknown[])[]): CypherGraph {
  const nodes = new Map<string, CypherNode>();
  const rels = new Map<string, CypherRel>();
  const visit = (v: unknown): void => {
    if (Array.isArray(v)) return v.forEach(visit);
    if (!isObject(v)) return;
    const n = asNode(v);
    if (n) {
      if (!nodes.has(n.id)) nodes.set(n.id, n);
      return;
    }
    const r = asRel(v);
    if (r) {
      if (!rels.has(r.id)) rels.set(r.id, r);
      return;
    }
    Object.values(v).forEach(visit); // paths ({nodes, relationships}) and maps
  };
  rows.forEach((row) => row.forEach(visit));
  const kept = [...rels.values()].filter((r) => nodes.has(r.start) && nodes.has(r.end));
  return { nodes: [...nodes.values()], rels: kept, dangling: rels.size - kept.length };
}

/** A node's caption: its name, title or text (as stored), else its label and id. */
export function nodeCaption(n: CypherNode): string {
  for (const key of ['name', 'title', 'text', 'metric', 'id', 'key']) {
    const v = n.properties[key];
    if (typeof v === 'string' && v) return v;
  }
  return `${n.labels[0] ?? ''} ${n.id.slice(n.id.lastIndexOf(':') + 1)}`.trim();
}

/**
 * The legend group of a node: a unit's kind (kind:<kind>), else its first
 * label (label:<Label>); the colour goes with the group.
 */
export function nodeGroup(n: CypherNode): { key: string; colour: string } {
  if (n.labels.includes('Unit')) {
    const kind = typeof n.properties.kind === 'string' ? n.properties.kind : '';
    return { key: `kind:${kind}`, colour: kindColour(kind) };
  }
  const label = n.labels.find((l) => l in LABEL_COLOURS) ?? n.labels[0] ?? '';
  return { key: `label:${label}`, colour: LABEL_COLOURS[label] ?? UNKNOWN_COLOUR };
}

/**
 * The ECharts graph option of g. groupName names a legend group (a kind or
 * label key of nodeGroup) in the UI's language. Nodes are sized by their
 * degree in the result; the force layout starts from a circle (ECharts'
 * own, with no randomness), so one result gives one picture.
 */
export function cypherGraphOption(g: CypherGraph, groupName: (key: string) => string, title: string): AnyRecord {
  const groups: { key: string; colour: string }[] = [];
  const groupIndex = new Map<string, number>();
  const degree = new Map<string, number>();
  for (const r of g.rels) {
    degree.set(r.start, (degree.get(r.start) ?? 0) + 1);
    degree.set(r.end, (degree.get(r.end) ?? 0) + 1);
  }
  const data = g.nodes.map((n) => {
    const grp = nodeGroup(n);
    if (!groupIndex.has(grp.key)) {
      groupIndex.set(grp.key, groups.length);
      groups.push(grp);
    }
    const caption = nodeCaption(n);
    const where = typeof n.properties.jurisdiction === 'string' ? n.properties.jurisdiction : '';
    return {
      id: n.id,
      name: caption,
      value: `${n.labels.join(':')}${where ? ` · ${where}` : ''}`,
      category: groupIndex.get(grp.key),
      symbolSize: Math.min(40, 10 + 4 * Math.sqrt(degree.get(n.id) ?? 0)),
    };
  });
  const few = g.rels.length <= 60;
  return {
    title: { text: title, left: 'center', textStyle: { fontSize: 13 } },
    tooltip: {},
    legend: { top: 34, data: groups.map((grp) => groupName(grp.key)) },
    series: [
      {
        type: 'graph',
        layout: 'force',
        top: 80,
        force: { repulsion: 180, edgeLength: [50, 120], gravity: 0.1, initLayout: 'circular' },
        draggable: true,
        categories: groups.map((grp) => ({ name: groupName(grp.key), itemStyle: { color: grp.colour } })),
        data,
        links: g.rels.map((r) => ({ source: r.start, target: r.end, value: r.type, label: { show: few, formatter: r.type, fontSize: 10, color: '#475569' } })),
        edgeSymbol: ['none', 'arrow'],
        edgeSymbolSize: 6,
        lineStyle: { opacity: 0.6, curveness: 0.08 },
      },
    ],
  };
}

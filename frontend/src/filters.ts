// Pure data logic behind the views: ledger filtering and sorting, network
// helpers, and merging explored subgraphs.

import type { GraphEdge, GraphNode, Subgraph, TaskRecord, UnitLink, UnitNode } from './types';

// ---- task ledger ----

export const LEDGER_COLUMNS = ['index', 'text', 'leaders', 'leadUnits', 'units', 'section', 'deadline', 'projects', 'targets', 'document'] as const;
export type LedgerColumn = (typeof LEDGER_COLUMNS)[number];
export type SortDir = 'asc' | 'desc';

/** Filters applied in the browser on top of the server's (document, leader, unit, section, q). */
export interface LedgerFilter {
  deadline?: string; // substring of the deadline
  project?: string; // substring of any project name
  hasTargets?: boolean;
}

export function filterTasks(tasks: readonly TaskRecord[], f: LedgerFilter): TaskRecord[] {
  const deadline = f.deadline?.trim().toLowerCase();
  const project = f.project?.trim().toLowerCase();
  return tasks.filter((t) => {
    if (deadline && !t.deadline.toLowerCase().includes(deadline)) return false;
    if (project && !(t.projects ?? []).some((p) => p.toLowerCase().includes(project))) return false;
    if (f.hasTargets && (t.targets ?? []).length === 0) return false;
    return true;
  });
}

/** The text shown in a ledger cell, also what CSV holds and what sorting compares. */
export function ledgerCell(t: TaskRecord, col: LedgerColumn): string | number {
  switch (col) {
    case 'index':
      return t.index;
    case 'text':
      return t.text;
    case 'leaders':
      return (t.leaders ?? []).join('、');
    case 'leadUnits':
      return (t.leadUnits ?? []).join('、');
    case 'units':
      return (t.units ?? []).join('、');
    case 'section':
      return t.sectionTitle;
    case 'deadline':
      return t.deadline;
    case 'projects':
      return (t.projects ?? []).join('、');
    case 'targets':
      return (t.targets ?? []).map((g) => g.text || `${g.metric}${g.value}${g.unit}${g.qualifier}`).join('；');
    case 'document':
      return t.document;
  }
}

const collator = new Intl.Collator('zh-Hans-CN', { numeric: true });

/**
 * Sorts a copy of tasks by a column; ties keep document-then-index order.
 * Empty cells go last in both directions, as a reader expects.
 */
export function sortTasks(tasks: readonly TaskRecord[], col: LedgerColumn, dir: SortDir): TaskRecord[] {
  const sign = dir === 'asc' ? 1 : -1;
  const keyed = tasks.map((t, i) => ({ t, i, k: ledgerCell(t, col) }));
  keyed.sort((a, b) => {
    const ea = a.k === '';
    const eb = b.k === '';
    if (ea !== eb) return ea ? 1 : -1;
    let c: number;
    if (typeof a.k === 'number' && typeof b.k === 'number') c = a.k - b.k;
    else c = collator.compare(String(a.k), String(b.k));
    if (col === 'section' && c === 0) c = a.t.section - b.t.section;
    return c !== 0 ? sign * c : a.i - b.i;
  });
  return keyed.map((x) => x.t);
}

// ---- coordination network ----

export function maxWeight(links: readonly UnitLink[]): number {
  let m = 1;
  for (const l of links) if (l.weight > m) m = l.weight;
  return m;
}

/** Links between two units, whichever way round they were given. */
export function findLink(links: readonly UnitLink[], a: string, b: string): UnitLink | undefined {
  return links.find((l) => (l.source === a && l.target === b) || (l.source === b && l.target === a));
}

/** Finds a network node from what ECharts reports of a clicked item: id first, then name. */
export function findNode(nodes: readonly UnitNode[], item: { id?: unknown; name?: unknown } | undefined): UnitNode | undefined {
  if (!item) return undefined;
  if (typeof item.id === 'string') {
    const byId = nodes.find((n) => n.id === item.id);
    if (byId) return byId;
  }
  if (typeof item.name === 'string') return nodes.find((n) => n.name === item.name || n.id === item.name);
  return undefined;
}

// ---- explore: subgraphs grown step by step ----

export interface Explored {
  nodes: Map<string, GraphNode>;
  edges: Map<string, GraphEdge>;
}

export function emptyExplored(): Explored {
  return { nodes: new Map(), edges: new Map() };
}

export function edgeKey(e: GraphEdge): string {
  return `${e.source}\u0000${e.type}\u0000${e.target}`;
}

/** Merges a subgraph into what was explored, in place; returns how many nodes were new. */
export function mergeSubgraph(into: Explored, g: Subgraph): number {
  let added = 0;
  for (const n of g.nodes ?? []) {
    if (!into.nodes.has(n.id)) {
      into.nodes.set(n.id, n);
      added++;
    }
  }
  for (const e of g.edges ?? []) {
    if (into.nodes.has(e.source) && into.nodes.has(e.target)) into.edges.set(edgeKey(e), e);
  }
  return added;
}

/** The edges of a path as keys, both directions, to highlight them. */
export function pathEdgeKeys(path: Subgraph): Set<string> {
  const out = new Set<string>();
  for (const e of path.edges ?? []) {
    out.add(`${e.source}\u0000${e.target}`);
    out.add(`${e.target}\u0000${e.source}`);
  }
  return out;
}

// Pure data logic behind the views: ledger filtering and sorting, network
// helpers, and merging explored subgraphs.

import type { GraphEdge, GraphNode, Subgraph, TaskRecord, UnitLink } from './types';

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

/** Links between two units, whichever way round they were given. */
export function findLink(links: readonly UnitLink[], a: string, b: string): UnitLink | undefined {
  return links.find((l) => (l.source === a && l.target === b) || (l.source === b && l.target === a));
}

/**
 * The smallest min_weight that leaves at most `max` links, given link
 * weights heaviest first (at least max+1 of them when there are more than
 * max links, as /charts/network?limit=max+1 gives); 1 when all fit.
 */
export function readableMinWeight(weightsDesc: readonly number[], max: number): number {
  if (weightsDesc.length <= max) return 1;
  return weightsDesc[max] + 1;
}

/** A unit node id (graph.NodeID: "unit:" + jurisdiction + "/" + name) split up. */
export function parseUnitID(id: string): { jurisdiction: string; name: string } | undefined {
  if (!id.startsWith('unit:')) return undefined;
  const key = id.slice('unit:'.length);
  const slash = key.indexOf('/'); // jurisdictions hold no '/'; names may
  if (slash <= 0 || slash === key.length - 1) return undefined;
  return { jurisdiction: key.slice(0, slash), name: key.slice(slash + 1) };
}

/** The filters of a unit network that choose tasks (graph.NetworkFilter less the weights). */
export interface NetworkTaskFilter {
  document?: string; // comma-separated ids, like the API's list parameter
  section?: string;
  leader?: string;
  role?: string; // '' or 'any', 'lead', 'responsible'
}

/** The units of a task that count under a role, as the network builds its links. */
function unitsInRole(t: TaskRecord, role: string | undefined): string[] {
  if (role === 'lead') return t.leadUnits ?? [];
  if (role === 'responsible') return t.units ?? [];
  return [...(t.leadUnits ?? []), ...(t.units ?? [])];
}

/**
 * The tasks of a unit (GET /units/{name}: all its tasks, one jurisdiction)
 * that count for it in the network chosen by f: the same selection the
 * server makes for a node's taskIds.
 */
export function unitTasksIn(tasks: readonly TaskRecord[], unit: string, f: NetworkTaskFilter): TaskRecord[] {
  const docs = (f.document ?? '').split(',').map((d) => d.trim()).filter(Boolean);
  const section = f.section !== undefined && f.section !== '' ? Number(f.section) : undefined;
  return tasks.filter(
    (t) =>
      (!docs.length || docs.includes(t.document)) &&
      (section === undefined || t.section === section) &&
      (!f.leader || (t.leaders ?? []).includes(f.leader)) &&
      unitsInRole(t, f.role).includes(unit),
  );
}

/** The tasks a link between units a and b stands for, from a's tasks (both share a jurisdiction). */
export function sharedTasksIn(tasksOfA: readonly TaskRecord[], a: string, b: string, f: NetworkTaskFilter): TaskRecord[] {
  return unitTasksIn(tasksOfA, a, f).filter((t) => unitsInRole(t, f.role).includes(b));
}

/** A node's figures from its tasks in the network: how many it leads, and its distinct leaders. */
export function unitFigures(tasks: readonly TaskRecord[], unit: string, role: string | undefined): { tasks: number; leadTasks: number; leaders: number } {
  const leaders = new Set<string>();
  let lead = 0;
  for (const t of tasks) {
    if (role === 'lead' || (t.leadUnits ?? []).includes(unit)) lead++;
    for (const l of t.leaders ?? []) leaders.add(l);
  }
  return { tasks: tasks.length, leadTasks: lead, leaders: leaders.size };
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

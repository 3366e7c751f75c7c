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

// ---- unit matching (ledger) ----

/** Unit names matching what was typed: exact, then containing it, then holding its characters in order (发改 → 区发展和改革局). */
export function matchUnits<U extends { name: string }>(query: string, units: readonly U[]): U[] {
  const q = query.trim().toLowerCase();
  if (!q) return [];
  const chars = Array.from(q).filter((c) => !/\s/.test(c));
  const score = (name: string): number => {
    const n = name.toLowerCase();
    if (n === q) return 0;
    if (n.includes(q)) return 1;
    let at = 0;
    for (const c of chars) {
      at = n.indexOf(c, at);
      if (at < 0) return -1;
      at += c.length;
    }
    return 2;
  };
  return units
    .map((u) => ({ u, s: score(u.name) }))
    .filter((x) => x.s >= 0)
    .sort((a, b) => a.s - b.s || a.u.name.length - b.u.name.length || collator.compare(a.u.name, b.u.name))
    .map((x) => x.u);
}

/**
 * The collectives that contain a unit: a collective named 各X (各街道办事处,
 * 各乡镇（街道）) stands for every unit of its jurisdiction whose name ends
 * with X, and one that names 街道 for every street office. Collectives
 * without such a rule (区安委会各成员单位) contain no unit the UI can tell.
 */
export function collectivesOf<U extends { name: string; kind: string; collective: boolean; jurisdiction: string }>(unit: U, units: readonly U[]): U[] {
  if (unit.collective) return [];
  return units.filter((c) => {
    if (!c.collective || c.jurisdiction !== unit.jurisdiction || !c.name.startsWith('各')) return false;
    const rest = c.name.slice(1);
    return unit.name.endsWith(rest) || (rest.includes('街道') && unit.kind === 'street');
  });
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

/** The jurisdiction of a unit, leader or project node id ("<kind>:<jurisdiction>/<name>"); undefined for other ids. */
export function entityJurisdiction(id: string): string | undefined {
  const colon = id.indexOf(':');
  if (!['unit', 'leader', 'project'].includes(id.slice(0, colon))) return undefined;
  const key = id.slice(colon + 1);
  const slash = key.indexOf('/');
  return slash > 0 ? key.slice(0, slash) : undefined;
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

export interface Partner {
  name: string;
  /** Tasks the unit shares with this partner (in the network's role). */
  shared: number;
  /** Competition rank by shared tasks: equal counts share a rank (1, 2, 2, 4). */
  rank: number;
  /** Whether another partner has the same count. */
  tie: boolean;
}

/**
 * A unit's partners ranked by the tasks they share with it, from its tasks
 * in the network (unitTasksIn): the weights of its links. Ties share a rank
 * and are ordered by name.
 */
export function unitPartners(tasks: readonly TaskRecord[], unit: string, role: string | undefined): Partner[] {
  const counts = new Map<string, number>();
  for (const t of tasks) {
    const inRole = new Set(unitsInRole(t, role));
    if (!inRole.has(unit)) continue;
    for (const other of inRole) if (other !== unit) counts.set(other, (counts.get(other) ?? 0) + 1);
  }
  const sorted = [...counts].sort((a, b) => b[1] - a[1] || collator.compare(a[0], b[0]));
  const times = new Map<number, number>();
  for (const [, n] of sorted) times.set(n, (times.get(n) ?? 0) + 1);
  let rank = 0;
  return sorted.map(([name, shared], i) => {
    if (i === 0 || sorted[i - 1][1] !== shared) rank = i + 1;
    return { name, shared, rank, tie: (times.get(shared) ?? 0) > 1 };
  });
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

export interface PathStep {
  node: GraphNode;
  /** The relationship to the next node (LEADS, SUPPORTS, …) and whether it points forward; none for the last. */
  next?: { type: string; forward: boolean };
}

/**
 * A path subgraph (GET /paths: nodes and edges in no order) as the chain of
 * nodes from one end to the other; undefined when its edges do not make one.
 */
export function pathChain(path: Subgraph, from: string, to: string): PathStep[] | undefined {
  const nodes = new Map((path.nodes ?? []).map((n) => [n.id, n]));
  const start = nodes.get(from);
  if (!start) return undefined;
  const steps: PathStep[] = [{ node: start }];
  const used = new Set<GraphEdge>();
  let at = from;
  while (at !== to) {
    const e = (path.edges ?? []).find((x) => !used.has(x) && (x.source === at || x.target === at));
    if (!e) return undefined;
    used.add(e);
    const forward = e.source === at;
    const nextID = forward ? e.target : e.source;
    const next = nodes.get(nextID);
    if (!next) return undefined;
    steps[steps.length - 1].next = { type: e.type, forward };
    steps.push({ node: next });
    at = nextID;
  }
  return steps;
}

/** A path's links as sentences: each task (or other node) between two ends, with the roles of both. */
export interface PathLink {
  a: GraphNode;
  aRel: string; // the relationship from a to the middle (LEADS: lead, SUPPORTS: responsible)
  via: GraphNode;
  b: GraphNode;
  bRel: string;
}

/** The links of a chain: every middle node with its neighbours on both sides (A–task–B, B–task–C, …). */
export function pathLinks(chain: readonly PathStep[]): PathLink[] {
  const out: PathLink[] = [];
  for (let i = 1; i + 1 < chain.length; i += 2) {
    out.push({ a: chain[i - 1].node, aRel: chain[i - 1].next?.type ?? '', via: chain[i].node, b: chain[i + 1].node, bRel: chain[i].next?.type ?? '' });
  }
  return out;
}

/**
 * An entry of the explore view's expanded nodes (`nodes=`): a node id, or
 * TYPE>id to expand the node by one relationship type only.
 */
export function parseExpansion(item: string): { id: string; type?: string } {
  const m = /^([A-Z][A-Z_]*)>(.+)$/.exec(item);
  return m ? { id: m[2], type: m[1] } : { id: item };
}

export function expansionItem(id: string, type?: string): string {
  return type ? `${type}>${id}` : id;
}

/** The part of a neighbourhood that the relationship type keeps: the node, its edges of that type and their other ends. */
export function restrictSubgraph(g: Subgraph, id: string, type: string): Subgraph {
  const edges = (g.edges ?? []).filter((e) => e.type === type && (e.source === id || e.target === id));
  const keep = new Set([id, ...edges.flatMap((e) => [e.source, e.target])]);
  return { ...g, nodes: (g.nodes ?? []).filter((n) => keep.has(n.id)), edges };
}

/** The relationship types of a node's edges in g, most first (ties by name), with their counts. */
export function relationshipTypes(g: Subgraph, id: string): { type: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const e of g.edges ?? []) if (e.source === id || e.target === id) counts.set(e.type, (counts.get(e.type) ?? 0) + 1);
  return [...counts].map(([type, count]) => ({ type, count })).sort((a, b) => b.count - a.count || a.type.localeCompare(b.type));
}

/** What was explored less the removed nodes and their edges. */
export function withoutNodes(g: Explored, removed: ReadonlySet<string>): Explored {
  if (!removed.size) return g;
  const nodes = new Map([...g.nodes].filter(([id]) => !removed.has(id)));
  const edges = new Map([...g.edges].filter(([, e]) => nodes.has(e.source) && nodes.has(e.target)));
  return { nodes, edges };
}

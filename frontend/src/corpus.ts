// Pure logic of the 对比 (compare) and 趋势 (trends) views: the two sides of
// a comparison drawn over one node set with one layout, the slope chart's
// data, the default pair of documents. No DOM, no fetch (corpus.test.ts).

import { forceCenter, forceLink, forceManyBody, forceSimulation, forceX, forceY, type SimulationLinkDatum, type SimulationNodeDatum } from 'd3-force';
import type { Comparison, DocumentInfo, Trends, UnitNetwork } from './types';

/** How a tie or unit looks on one side of a comparison. */
export type Change = 'same' | 'added' | 'removed' | 'changed' | 'absent';

export interface SideNode {
  name: string;
  tasks: number;
  change: Change;
}

export interface SideTie {
  source: string;
  target: string;
  weight: number;
  change: Change;
  /** For a changed tie, its weights on the two sides. */
  from?: number;
  to?: number;
}

export interface ComparedNetworks {
  /** Every unit of either side, named as of `to`, sorted: both charts draw all of them, in the same place. */
  names: string[];
  from: { nodes: SideNode[]; ties: SideTie[] };
  to: { nodes: SideNode[]; ties: SideTie[] };
}

/** Key of an undirected tie. */
export const tieKey = (a: string, b: string): string => (a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`);

/**
 * The two sides of a comparison over the same (lineage-mapped) names, from
 * the `to` document's unit network and the comparison alone: the `from` side
 * is the `to` side with the added ties and units taken away, the removed put
 * back and the changed at their `from` weight — exactly the server's lists,
 * with no second mapping through the lineage in the browser. fromNetwork
 * gives the load of removed units (as the `from` document names them).
 */
export function compareNetworks(cmp: Comparison, toNetwork: UnitNetwork, fromNetwork?: UnitNetwork): ComparedNetworks {
  const added = new Set(cmp.units.added);
  const removed = new Set(cmp.units.removed);
  const toTasks = new Map(toNetwork.nodes.map((n) => [n.name, n.tasks]));
  const fromTasks = new Map((fromNetwork?.nodes ?? []).map((n) => [n.name, n.tasks]));
  const fromLoad = new Map(cmp.load.map((l) => [l.unit, l.from]));
  const names = [...new Set([...toTasks.keys(), ...removed])].sort();

  const toNodes: SideNode[] = names.map((name) => ({
    name,
    tasks: toTasks.get(name) ?? 0,
    change: removed.has(name) && !toTasks.has(name) ? 'absent' : added.has(name) ? 'added' : 'same',
  }));
  const fromNodes: SideNode[] = names.map((name) => {
    if (added.has(name)) return { name, tasks: 0, change: 'absent' };
    const tasks = fromLoad.get(name) ?? (removed.has(name) ? (fromTasks.get(name) ?? 1) : (toTasks.get(name) ?? 0));
    return { name, tasks, change: removed.has(name) ? 'removed' : 'same' };
  });

  const nameOf = new Map(toNetwork.nodes.map((n) => [n.id, n.name]));
  const addedTies = new Set(cmp.ties.added.map((t) => tieKey(t.source, t.target)));
  const changed = new Map(cmp.ties.changed.map((t) => [tieKey(t.source, t.target), t]));
  const toTies: SideTie[] = [];
  const fromTies: SideTie[] = [];
  for (const l of toNetwork.links) {
    const source = nameOf.get(l.source) ?? l.source;
    const target = nameOf.get(l.target) ?? l.target;
    const key = tieKey(source, target);
    const c = changed.get(key);
    if (addedTies.has(key)) {
      toTies.push({ source, target, weight: l.weight, change: 'added' });
    } else if (c) {
      toTies.push({ source, target, weight: c.to, change: 'changed', from: c.from, to: c.to });
      fromTies.push({ source, target, weight: c.from, change: 'changed', from: c.from, to: c.to });
    } else {
      toTies.push({ source, target, weight: l.weight, change: 'same' });
      fromTies.push({ source, target, weight: l.weight, change: 'same' });
    }
  }
  for (const t of cmp.ties.removed) fromTies.push({ source: t.source, target: t.target, weight: t.weight, change: 'removed' });
  return { names, from: { nodes: fromNodes, ties: fromTies }, to: { nodes: toNodes, ties: toTies } };
}

export interface Point {
  x: number;
  y: number;
}

/**
 * One force layout over the union of both sides' ties, computed once:
 * d3-force starts from fixed positions (a phyllotaxis in the order of
 * names) and jitters with its own seeded generator, so the same names and
 * ties always give the same positions.
 */
export function unionLayout(names: readonly string[], ties: readonly { source: string; target: string; weight: number }[], ticks = 300): Map<string, Point> {
  type N = SimulationNodeDatum & { id: string };
  const nodes: N[] = [...new Set(names)].sort().map((id) => ({ id }));
  const weight = new Map<string, { source: string; target: string; weight: number }>();
  for (const t of ties) {
    const k = tieKey(t.source, t.target);
    const w = weight.get(k);
    if (!w || w.weight < t.weight) weight.set(k, t);
  }
  const known = new Set(names);
  // Links in key order: the layout depends on the names and ties, not on the order they came in.
  const links: SimulationLinkDatum<N>[] = [...weight.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, t]) => t).filter((t) => known.has(t.source) && known.has(t.target)).map((t) => ({ source: t.source, target: t.target }));
  const sim = forceSimulation(nodes)
    .force('link', forceLink<N, SimulationLinkDatum<N>>(links).id((n) => n.id).distance(60))
    .force('charge', forceManyBody().strength(-300))
    // A weak pull to the middle keeps components (islands of units) from drifting apart.
    .force('x', forceX(0).strength(0.06))
    .force('y', forceY(0).strength(0.06))
    .force('center', forceCenter(0, 0))
    .stop();
  sim.tick(ticks);
  return new Map(nodes.map((n) => [n.id, { x: Math.round((n.x ?? 0) * 100) / 100, y: Math.round((n.y ?? 0) * 100) / 100 }]));
}

export interface SlopeLine {
  unit: string;
  from: number;
  to: number;
  /** 'up': a better (smaller) rank in `to`. */
  direction: 'up' | 'down';
}

/** Slope chart lines of one metric: units whose rank moved, biggest moves first, at most limit. */
export function slopeData(cmp: Comparison, metric: string, limit = 20): SlopeLine[] {
  return cmp.ranks
    .filter((r) => r.metric === metric && r.from !== r.to)
    .sort((a, b) => Math.abs(b.to - b.from) - Math.abs(a.to - a.from) || a.unit.localeCompare(b.unit))
    .slice(0, limit)
    .map((r) => ({ unit: r.unit, from: r.from, to: r.to, direction: r.to < r.from ? 'up' : 'down' }));
}

/** Documents grouped by jurisdiction, each group ordered by date (then year, id). */
export function byJurisdiction(docs: readonly DocumentInfo[]): Map<string, DocumentInfo[]> {
  const out = new Map<string, DocumentInfo[]>();
  const sorted = [...docs].sort((a, b) => (a.date || `${a.year}`).localeCompare(b.date || `${b.year}`) || a.year - b.year || a.id.localeCompare(b.id));
  for (const d of sorted) {
    const j = d.jurisdiction || '';
    if (!out.has(j)) out.set(j, []);
    out.get(j)!.push(d);
  }
  return out;
}

/**
 * The pair a comparison starts with: the two latest documents of the
 * jurisdiction given, else of the jurisdiction with the most documents (the
 * latest document's on a tie); undefined with fewer than two documents.
 * With one document per jurisdiction, the two latest documents overall.
 */
export function defaultPair(docs: readonly DocumentInfo[], jurisdiction?: string): { from: string; to: string } | undefined {
  if (docs.length < 2) return undefined;
  const groups = byJurisdiction(docs);
  const pick = (list: DocumentInfo[]) => ({ from: list[list.length - 2].id, to: list[list.length - 1].id });
  const own = jurisdiction ? groups.get(jurisdiction) : undefined;
  if (own && own.length >= 2) return pick(own);
  const j = defaultJurisdiction(docs, 2);
  if (j !== undefined) return pick(groups.get(j)!);
  return pick([...groups.values()].flat().sort((a, b) => (a.date || `${a.year}`).localeCompare(b.date || `${b.year}`)));
}

/** The jurisdiction with the most documents (at least min), the one of the latest document on a tie. */
export function defaultJurisdiction(docs: readonly DocumentInfo[], min = 1): string | undefined {
  let best: { j: string; n: number; last: string } | undefined;
  for (const [j, list] of byJurisdiction(docs)) {
    const last = list[list.length - 1];
    const lastKey = last.date || `${last.year}`;
    if (list.length < min) continue;
    if (!best || list.length > best.n || (list.length === best.n && lastKey > best.last)) best = { j, n: list.length, last: lastKey };
  }
  return best?.j;
}

/** A document's label in pickers and charts: its year (or date) and jurisdiction. */
export function documentLabel(d: { year: number; date?: string; jurisdiction?: string; title?: string }): string {
  const when = d.year ? String(d.year) : (d.date ?? '');
  return [when, d.jurisdiction].filter(Boolean).join(' ') || (d.title ?? '');
}

/** The document id of a task id ("<document>:<index>"). */
export function taskDocument(taskID: string): string {
  const i = taskID.lastIndexOf(':');
  return i < 0 ? taskID : taskID.slice(0, i);
}

type TrendLine = Trends['units'][number];

/**
 * The unit a trend view starts with: the line with the most points (a unit
 * followed across the most documents), the best rank in its latest point
 * on a tie, then by name.
 */
export function defaultUnit(trends: Trends): string | undefined {
  const last = (u: TrendLine) => u.series[u.series.length - 1];
  return [...trends.units]
    .filter((u) => u.series.length > 0)
    .sort((a, b) => b.series.length - a.series.length || last(a).rank - last(b).rank || a.unit.localeCompare(b.unit))[0]?.unit;
}

/** Units for the picker: most tasks in the latest document first, then name. */
export function unitsByLoad(trends: Trends): TrendLine[] {
  const latest = trends.documents[trends.documents.length - 1]?.document;
  const load = (u: TrendLine) => u.series.find((s) => s.document === latest)?.tasks ?? -1;
  return [...trends.units].sort((a, b) => load(b) - load(a) || a.unit.localeCompare(b.unit));
}

/** A line's values per document of the trend, null where the unit is not in that document. */
export function alignSeries(trends: Trends, line: TrendLine, value: (p: TrendLine['series'][number]) => number): (number | null)[] {
  const at = new Map(line.series.map((p) => [p.document, p]));
  return trends.documents.map((d) => {
    const p = at.get(d.document);
    return p ? value(p) : null;
  });
}

export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

/**
 * Scales positions into a box (pixels of the chart), keeping the aspect ratio
 * and centring: both sides drawn in charts of one size then need no view
 * transform of their own, and ECharts' edge labels (which it places without
 * that transform) sit on their edges.
 */
export function fitLayout(layout: ReadonlyMap<string, Point>, box: Box): Map<string, Point> {
  const ps = [...layout.values()];
  if (ps.length === 0) return new Map();
  const minX = Math.min(...ps.map((p) => p.x));
  const maxX = Math.max(...ps.map((p) => p.x));
  const minY = Math.min(...ps.map((p) => p.y));
  const maxY = Math.max(...ps.map((p) => p.y));
  const spanX = maxX - minX || 1;
  const spanY = maxY - minY || 1;
  const scale = Math.min(box.width / spanX, box.height / spanY);
  const offX = box.left + (box.width - spanX * scale) / 2;
  const offY = box.top + (box.height - spanY * scale) / 2;
  const single = ps.length === 1;
  return new Map(
    [...layout].map(([k, p]) => [k, single ? { x: box.left + box.width / 2, y: box.top + box.height / 2 } : { x: offX + (p.x - minX) * scale, y: offY + (p.y - minY) * scale }]),
  );
}

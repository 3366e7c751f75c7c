// Focus, metric sizing and summaries of the network view: pure functions
// over the chart option's nodes and links and /metrics/units (focus.test.ts).

import type { UnitMetrics } from './types';

/** The metrics a node can be sized and filtered by (keys of `size=` in the URL). */
export const METRICS = ['degree', 'betweenness', 'pageRank', 'closeness', 'eigenvector', 'coreNumber', 'constraint', 'effectiveSize', 'brokerage', 'bottleneck'] as const;
export type Metric = (typeof METRICS)[number];

/** Shares of the nodes the metric filter keeps (`keep=` in percent: the top share by the metric). */
export const KEEP_CHOICES = [50, 25, 10] as const;

/** Steps of the focus mode (`depth=`). */
export const DEPTHS = [1, 2, 3] as const;

/** A unit's value of a metric; constraint is inverted by the caller's ordering, not here. */
export function metricValue(u: UnitMetrics, m: Metric): number {
  switch (m) {
    case 'brokerage':
      return u.brokerage.total;
    case 'bottleneck':
      return u.bottleneck.score;
    default:
      return u[m];
  }
}

/** Whether a lower value ranks higher (constraint: a broker is little constrained). */
export const lowerIsBetter = (m: Metric) => m === 'constraint';

/** Node id -> metric value, for the units of a metrics report. */
export function metricByID(units: UnitMetrics[], m: Metric): Map<string, number> {
  return new Map(units.map((u) => [u.id, metricValue(u, m)]));
}

/**
 * Symbol sizes from metric values: the square root of the value's share of
 * the range maps onto [min, max] (area grows with the value), reversed for
 * metrics where lower is better; nodes without a value get min.
 */
export function sizesFor(values: (number | undefined)[], m: Metric, min = 6, max = 40): number[] {
  const known = values.filter((v): v is number => typeof v === 'number' && Number.isFinite(v));
  if (!known.length) return values.map(() => min);
  const lo = Math.min(...known);
  const hi = Math.max(...known);
  return values.map((v) => {
    if (typeof v !== 'number' || !Number.isFinite(v)) return min;
    let share = hi > lo ? (v - lo) / (hi - lo) : 1;
    if (lowerIsBetter(m)) share = 1 - share;
    return Math.round((min + (max - min) * Math.sqrt(share)) * 10) / 10;
  });
}

/**
 * The ids of the top pct percent of the nodes by the metric (ties at the
 * cut are kept, so equal nodes are never split); nodes without a value are
 * left out.
 */
export function topShare(values: Map<string, number>, ids: string[], m: Metric, pct: number): Set<string> {
  const ranked = ids.filter((id) => values.has(id)).sort((a, b) => (lowerIsBetter(m) ? values.get(a)! - values.get(b)! : values.get(b)! - values.get(a)!));
  if (!ranked.length) return new Set();
  const n = Math.max(1, Math.ceil((ranked.length * pct) / 100));
  const cut = values.get(ranked[n - 1])!;
  return new Set(ranked.filter((id) => (lowerIsBetter(m) ? values.get(id)! <= cut : values.get(id)! >= cut)));
}

/** The nodes within depth steps of start along links (start included; empty when start is not a node). */
export function neighbourhood(links: { source: string; target: string }[], start: string, depth: number, nodes?: Set<string>): Set<string> {
  if (nodes && !nodes.has(start)) return new Set();
  const adj = new Map<string, string[]>();
  const add = (a: string, b: string) => (adj.get(a) ?? adj.set(a, []).get(a)!).push(b);
  for (const l of links) {
    add(l.source, l.target);
    add(l.target, l.source);
  }
  const seen = new Set([start]);
  let frontier = [start];
  for (let step = 0; step < depth && frontier.length; step++) {
    const next: string[] = [];
    for (const id of frontier) for (const o of adj.get(id) ?? []) if (!seen.has(o)) seen.add(o), next.push(o);
    frontier = next;
  }
  return seen;
}

/** Names matching a query, those starting with it first, then by length (a suggestion list). */
export function suggest(names: string[], q: string, limit = 12): string[] {
  const s = q.trim();
  if (!s) return [];
  return [...new Set(names)]
    .filter((n) => n.includes(s))
    .sort((a, b) => Number(b.startsWith(s)) - Number(a.startsWith(s)) || a.length - b.length || a.localeCompare(b))
    .slice(0, limit);
}

/** The node id a typed name picks: an exact name first, then the one suggestion when only one matches. */
export function pickNode(nodes: { id: string; name: string }[], q: string): string | undefined {
  const s = q.trim();
  if (!s) return undefined;
  const exact = nodes.find((n) => n.name === s || n.id === s);
  if (exact) return exact.id;
  const hits = nodes.filter((n) => n.name.includes(s));
  return hits.length === 1 ? hits[0].id : undefined;
}

/** The names of the largest nodes by a size, at most n, largest first. */
export function largest<T extends { name: string }>(items: T[], size: (t: T) => number, n = 3): string[] {
  return [...items].sort((a, b) => size(b) - size(a)).slice(0, n).map((t) => t.name);
}

/** An aria-label for a chart shown as a table: its title, how many rows, and the first rows' labels. */
export function tableSummary(title: string, rows: unknown[][], rowsWord: string, firstWord: string, n = 3): string {
  const first = rows.slice(0, n).map((r) => String(r[0] ?? '')).filter(Boolean);
  return `${title}：${rows.length} ${rowsWord}${first.length ? `；${firstWord} ${first.join('、')}` : ''}`;
}

/** A sequential palette (viridis, low to high): readable in grey and by colour-blind readers. */
export const METRIC_COLOURS = ['#440154', '#3b528b', '#21918c', '#5ec962', '#fde725'];

/** A metric value as a legend shows it: integers whole, others to three significant digits. */
export function formatMetric(v: number): string {
  return Number.isInteger(v) ? String(v) : String(Number(v.toPrecision(3)));
}

/**
 * Colour by a metric: the nodes' values (a node without one gets '-',
 * which ECharts leaves out of the mapping and draws grey) and a continuous
 * visualMap over their range, with the metric and both ends of its range
 * written on it.
 */
export function metricColouring(values: (number | undefined)[], label: string): { values: (number | '-')[]; visualMap: Record<string, unknown> } {
  const known = values.filter((v): v is number => typeof v === 'number' && Number.isFinite(v));
  const lo = known.length ? Math.min(...known) : 0;
  const hi = known.length ? Math.max(...known) : 0;
  return {
    values: values.map((v) => (typeof v === 'number' && Number.isFinite(v) ? v : '-')),
    visualMap: {
      type: 'continuous',
      seriesIndex: 0,
      min: lo,
      // A single value still gets a range to map onto.
      max: hi > lo ? hi : lo + 1,
      calculable: false,
      inRange: { color: METRIC_COLOURS },
      outOfRange: { color: '#bbb' },
      text: [`${label} ${formatMetric(hi)}`, formatMetric(lo)],
      orient: 'vertical',
      left: 8,
      bottom: 8,
      itemHeight: 120,
      textStyle: { fontSize: 11 },
    },
  };
}

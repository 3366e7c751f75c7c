// ECharts instances: creation, the test hook (window.__govgraph), PNG export,
// and the styling of the options built in the browser (the explore graph, the
// portfolio sunburst). The options of /charts/{view} come finished from the
// server (api/chart) and are shown as they are; keep the two looks alike.

import * as echarts from 'echarts';
import type { ECharts, EChartsOption } from 'echarts';
import { downloadDataURL } from './dom';

/** Above this many nodes a graph drops animation and force layout extras (api/chart.LargeGraph). */
export const LARGE_GRAPH = 300;
/** How many of a large graph's nodes (the biggest) keep their labels (api/chart.LabelledNodes). */
export const LABELLED_NODES = 80;

export interface Hook {
  charts: Record<string, ECharts>;
  /** Per chart: how many times an option with data was set and rendered. */
  renders: Record<string, number>;
  /** performance.now() at the first chart with data rendered ('finished'). */
  firstChartMs?: number;
  /** The last error a view showed, for tests. */
  lastError?: string;
}

declare global {
  interface Window {
    __govgraph: Hook;
  }
}

export const hook: Hook = { charts: {}, renders: {} };
if (typeof window !== 'undefined') window.__govgraph = hook;

/** An ECharts instance in el, known to the test hook as name; an overview (the minimap) does not count as the first chart. */
export function createChart(el: HTMLElement, name: string, opts: { overview?: boolean } = {}): ECharts {
  hook.charts[name]?.dispose();
  el.dataset.testid = `chart-${name}`;
  const chart = echarts.init(el, undefined, { renderer: 'canvas' });
  hook.charts[name] = chart;
  // A resize redraws the whole chart (about a second for 17,539 links): only when the size did change.
  const ro = new ResizeObserver(() => {
    if (sizeChanged(chart)) chart.resize();
  });
  ro.observe(el);
  chart.on('finished', () => {
    if (el.dataset.pending === '1') {
      el.dataset.pending = '';
      hook.renders[name] = (hook.renders[name] ?? 0) + 1;
      if (hook.firstChartMs === undefined && !opts.overview) hook.firstChartMs = performance.now();
    }
  });
  const dispose = chart.dispose.bind(chart);
  chart.dispose = () => {
    ro.disconnect();
    if (hook.charts[name] === chart) delete hook.charts[name];
    dispose();
  };
  return chart;
}

/** Whether the chart's container has another size than the chart was drawn at. */
function sizeChanged(chart: ECharts): boolean {
  const el = chart.getDom();
  return el.clientWidth !== chart.getWidth() || el.clientHeight !== chart.getHeight();
}

/**
 * Sets an option and marks the chart as waiting for its 'finished' event.
 * A new option is drawn at the container's size of now: if the page around
 * it changed, the chart is emptied and resized first (cheap), rather than
 * drawn at the old size and redrawn when the ResizeObserver reports.
 */
export function showOption(chart: ECharts, option: EChartsOption, notMerge = true): void {
  const el = chart.getDom();
  if (notMerge && sizeChanged(chart)) {
    chart.clear();
    chart.resize();
  }
  el.dataset.pending = '1';
  chart.setOption(option, { notMerge, lazyUpdate: false });
}

export function exportPNG(chart: ECharts, name: string): void {
  const url = chart.getDataURL({ type: 'png', pixelRatio: 2, backgroundColor: '#ffffff' });
  downloadDataURL(url, name);
}

type AnyRecord = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

function seriesList(option: AnyRecord): AnyRecord[] {
  const s = option.series;
  if (!s) return [];
  return Array.isArray(s) ? s : [s];
}

/** Counts the nodes of the first graph series. */
export function graphNodeCount(option: AnyRecord): number {
  const g = seriesList(option).find((s) => s.type === 'graph');
  return g ? ((g.data ?? g.nodes ?? []) as unknown[]).length : 0;
}

/** The halo that keeps a label readable where it lies over links and other nodes (api/chart sets the same). */
export const LABEL_HALO = { textBorderColor: '#fff', textBorderWidth: 2 } as const;

const symbolSizeOf = (it: AnyRecord) => (typeof it.symbolSize === 'number' ? it.symbolSize : typeof it.value === 'number' ? it.value : 0);

/**
 * Labels the n biggest nodes of a graph (by symbol size, the rank the
 * picture shows) and no other; ECharts' hideOverlap then drops those that
 * would lie over a bigger one's label.
 */
export function labelBiggest(items: AnyRecord[], n: number): void {
  const shown = new Set([...items].sort((a, b) => symbolSizeOf(b) - symbolSizeOf(a)).slice(0, n));
  for (const it of items) it.label = { ...(it.label ?? {}), show: shown.has(it) };
}

/**
 * Puts the label of each node of a graph with fixed places (x, y) on the
 * side away from its neighbours: left when they lie on average to its
 * right, else right. The labels of a dense core then point out of it
 * rather than over it, and two hubs side by side do not write over each
 * other. Links name their ends by node id (or index).
 */
export function labelsOutward(items: AnyRecord[], links: readonly AnyRecord[]): void {
  const index = new Map<unknown, number>(items.map((it, i) => [it.id ?? it.name ?? i, i]));
  const sum = new Array<number>(items.length).fill(0);
  const count = new Array<number>(items.length).fill(0);
  const at = (end: unknown) => (typeof end === 'number' && !index.has(end) ? end : index.get(end));
  for (const l of links) {
    const a = at(l.source);
    const b = at(l.target);
    if (a === undefined || b === undefined || !items[a] || !items[b]) continue;
    sum[a] += Number(items[b].x);
    count[a]++;
    sum[b] += Number(items[a].x);
    count[b]++;
  }
  items.forEach((it, i) => {
    const x = Number(it.x);
    if (!Number.isFinite(x) || !count[i] || it.label?.position) return; // a position set by the view stays
    it.label = { ...(it.label ?? {}), position: sum[i] / count[i] > x ? 'left' : 'right' };
  });
}

/**
 * Styles a graph option built in the browser as api/chart styles the
 * server's: adjacency focus, label ellipsis, halo and overlap hiding,
 * selection, and for large graphs no animation. A force layout runs to its
 * end before the first picture, so that ECharts lays the labels out where
 * the nodes stay (during an animated layout it places them on the first
 * frame, and they end up over each other).
 */
export function enhanceGraph(option: AnyRecord): AnyRecord {
  const n = graphNodeCount(option);
  const large = n > LARGE_GRAPH;
  for (const s of seriesList(option)) {
    if (s.type !== 'graph') continue;
    s.emphasis = { ...(s.emphasis ?? {}), focus: 'adjacency' };
    s.blur = s.blur ?? { itemStyle: { opacity: 0.15 }, lineStyle: { opacity: 0.05 } };
    s.roam = s.roam ?? true;
    s.label = { show: true, position: 'right', ...LABEL_HALO, ...(s.label ?? {}), overflow: 'truncate', width: large ? 60 : 96, ellipsis: '…' };
    s.labelLayout = { ...(s.labelLayout ?? {}), hideOverlap: true };
    if (s.layout === 'force') s.force = { ...(s.force ?? {}), layoutAnimation: false };
    else labelsOutward((s.data ?? s.nodes ?? []) as AnyRecord[], (s.links ?? s.edges ?? []) as AnyRecord[]);
    s.select = s.select ?? { itemStyle: { borderColor: '#111', borderWidth: 2 } };
    s.selectedMode = s.selectedMode ?? 'single';
    if (large) {
      // Label only the biggest nodes: thousands of labels cost more than they tell.
      s.label.show = false;
      labelBiggest((s.data ?? s.nodes ?? []) as AnyRecord[], LABELLED_NODES);
      s.animation = false;
      // No progressive settings: ECharts graph series do not render progressively.
    }
  }
  if (large) option.animation = false;
  else if (option.animationThreshold === undefined) option.animationThreshold = LARGE_GRAPH;
  return option;
}

/** Vertical room the centred title takes when it has a subtitle. */
const TITLE_ROOM = 64;

function px(v: unknown): number | undefined {
  if (typeof v === 'number') return v;
  if (typeof v === 'string' && /^\d+(px)?$/.test(v)) return parseInt(v, 10);
  return undefined;
}

/**
 * Common settings for an option built in the browser, as api/chart sets them
 * on the server's: tooltips drawn on the canvas (richText:
 * no HTML, so no markup from document text can run) and confined to the
 * chart, a legend that does not sit on the subtitle (and none when it has a
 * single entry), and no animation for big data.
 */
export function enhanceAny(option: AnyRecord): AnyRecord {
  for (const t of [option.tooltip ?? {}].flat()) {
    t.confine = true;
    t.renderMode = 'richText';
    option.tooltip = t;
  }
  const title = [option.title].flat()[0] as AnyRecord | undefined;
  const legends = [option.legend].flat().filter(Boolean) as AnyRecord[];
  const series = seriesList(option);
  if (legends.length && series.every((x) => x.type !== 'graph') && legends.every((l) => (l.data ?? series).length <= 1)) {
    delete option.legend;
  } else if (title?.subtext) {
    for (const l of legends) {
      const top = px(l.top);
      if (l.bottom === undefined && (top === undefined || top < TITLE_ROOM)) l.top = TITLE_ROOM;
    }
    for (const g of [option.grid].flat().filter(Boolean) as AnyRecord[]) {
      const top = px(g.top);
      if (legends.length && (top === undefined || top < TITLE_ROOM + 32)) g.top = TITLE_ROOM + 32;
    }
  }
  option.animationThreshold = option.animationThreshold ?? 2000;
  return option;
}

export { echarts };

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

/**
 * Styles a graph option built in the browser as api/chart styles the
 * server's: adjacency focus, label ellipsis and overlap hiding, selection,
 * and for large graphs no animation and no per-frame layout.
 */
export function enhanceGraph(option: AnyRecord): AnyRecord {
  const n = graphNodeCount(option);
  const large = n > LARGE_GRAPH;
  for (const s of seriesList(option)) {
    if (s.type !== 'graph') continue;
    s.emphasis = { ...(s.emphasis ?? {}), focus: 'adjacency' };
    s.blur = s.blur ?? { itemStyle: { opacity: 0.15 }, lineStyle: { opacity: 0.05 } };
    s.roam = s.roam ?? true;
    s.label = { show: true, position: 'right', ...(s.label ?? {}), overflow: 'truncate', width: large ? 60 : 96, ellipsis: '…' };
    s.labelLayout = { ...(s.labelLayout ?? {}), hideOverlap: true };
    s.select = s.select ?? { itemStyle: { borderColor: '#111', borderWidth: 2 } };
    s.selectedMode = s.selectedMode ?? 'single';
    if (large) {
      // Label only the biggest nodes: thousands of labels cost more than they tell.
      const items = (s.data ?? s.nodes ?? []) as AnyRecord[];
      const size = (it: AnyRecord) => (typeof it.symbolSize === 'number' ? it.symbolSize : typeof it.value === 'number' ? it.value : 0);
      const shown = new Set([...items].sort((a, b) => size(b) - size(a)).slice(0, LABELLED_NODES));
      s.label.show = false;
      for (const it of items) if (shown.has(it)) it.label = { ...(it.label ?? {}), show: true };
      s.animation = false;
      if (s.layout === 'force') s.force = { ...(s.force ?? {}), layoutAnimation: false };
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

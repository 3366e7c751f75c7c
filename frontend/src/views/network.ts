// 协同网络: units linked by the tasks they share, from the server's chart
// option, with filters, a weight threshold (chosen by the view for large
// networks), legend toggles kept in the URL, a minimap, and a side panel with
// the tasks of a clicked unit or link, fetched when clicked.

import type { ECharts } from 'echarts';
import { api } from '../api';
import { checkScope, emptyState, errorBox, Latest, resetView, type App, type View, type ViewFactory } from '../app';
import { createChart, echarts, LABELLED_NODES, labelBiggest, labelsOutward, LARGE_GRAPH, showOption } from '../charts';
import { debounce, h, select } from '../dom';
import { parseUnitID, readableMinWeight, sharedTasksIn, unitFigures, unitPartners, unitTasksIn, type NetworkTaskFilter, type Partner } from '../filters';
import { kindLabel } from '../i18n';
import { getEnum, getInt, getList, listParam, type Params } from '../state';
import type { UnitDetail, UnitMetrics } from '../types';
import { DEPTHS, formatMetric, KEEP_CHOICES, largest, metricByID, metricColouring, METRICS, neighbourhood, pickNode, sizesFor, suggest, topShare, type Metric } from '../focus';
import type { MessageKey } from '../i18n';
import { filterBar, loading, scopeQuery, SidePanel, standardFilters, taskList, toolbar, type ExportTable } from './common';
import { dataTable, syncToggle, tableToggle } from './datatable';

/** From this many nodes the minimap is shown. */
export const MINIMAP_MIN = 60;
/** Room kept free at the chart's right for the minimap (its width in style.css and a margin). */
const MINIMAP_ROOM = 216;
/** Up to this many links the minimap draws them too; above, its nodes alone make the overview. */
export const MINIMAP_LINKS = 500;
/**
 * Drawing links costs main-thread time (17,539 take about a second): when
 * a network has more than this many and the URL sets no min_weight, the view
 * starts with the smallest min_weight that leaves at most this many.
 */
export const READABLE_LINKS = 2000;
/** From this zoom on, the network shows every label in full (names are cut to a width below it). */
export const FULL_LABEL_ZOOM = 2.5;

type AnyRecord = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** A node's tasks: its value, or its `tasks` when a metric colours the node (the value is then the metric's). */
export const nodeTasks = (n: AnyRecord | undefined): number => Number(n?.tasks ?? n?.value) || 0;

function graphSeriesOf(option: AnyRecord): AnyRecord | undefined {
  const list = Array.isArray(option.series) ? option.series : [option.series];
  return list.find((s: AnyRecord | undefined) => s?.type === 'graph');
}

export const networkView: ViewFactory = (root, app): View => {
  const bar = filterBar('network-filters');
  const chartEl = h('div', { class: 'chart', role: 'img' });
  const tableEl = h('div', { class: 'table-wrap', hidden: true });
  const miniEl = h('div', { class: 'minimap', hidden: true, title: app.t('network.minimap') });
  const panel = new SidePanel(app, () => app.set({ node: undefined, link: undefined }));
  const status = h('div', { class: 'status', 'data-testid': 'network-status' });
  const message = h('div', { class: 'message' });
  // The message (loading, empty, error) lies over the chart, so that it does not resize the chart when it comes and goes.
  const wrap = h('div', { class: 'chart-wrap' }, chartEl, miniEl, message);
  root.append(bar, h('div', { class: 'stage' }, wrap, tableEl, panel.el), status);

  const chart = createChart(chartEl, 'network');
  let mini: ECharts | undefined;
  let miniLayout = '';
  // The visible area on the minimap: a zrender shape on a layer of its own, so
  // that panning repaints it alone, not the minimap's nodes and links.
  const viewport = new echarts.graphic.Rect({ silent: true, zlevel: 1, style: { fill: 'rgba(37,99,235,0.08)', stroke: '#2563eb', lineWidth: 1 } });
  /** The server's option; `option` is it with the URL's metric sizing, metric filter and focus applied. */
  let base: AnyRecord = {};
  let option: AnyRecord = {};
  /** /metrics/units of the network shown, when a metric is asked for. */
  let metricUnits: UnitMetrics[] = [];
  /** Centre the chart on the selected node at the next selection (arrival with node=, search). */
  let centreNext = true;
  let dataKey = '';
  let loadSeq = 0;
  /** What the last probe found for a set of filters: the weight that keeps the network readable (1: all of it). */
  let probed: { filters: string; weight: number } | undefined;
  /** The threshold the view chose itself, for which filters; dropped when the user moves the slider. */
  let auto: { filters: string; weight: number } | undefined;
  const panelLoads = new Latest();

  const query = (p: Params) => ({
    ...scopeQuery(p),
    document: p.document,
    section: p.section,
    leader: p.leader,
    role: p.role,
    min_weight: getInt(p, 'min_weight', 1, 1) > 1 ? getInt(p, 'min_weight', 1, 1) : undefined,
  });
  const filterKey = (p: Params) => JSON.stringify([p.jurisdiction ?? '', p.year ?? '', p.document ?? '', p.section ?? '', p.leader ?? '', p.role ?? '']);
  const taskFilter = (p: Params): NetworkTaskFilter => ({ document: p.document, section: p.section, leader: p.leader, role: p.role });

  /**
   * Whether the view picks min_weight: none in the URL, or the one it picked
   * itself for other filters (a filter change re-picks it).
   */
  const picksWeight = (p: Params) => p.min_weight === undefined || (auto !== undefined && p.min_weight === String(auto.weight) && auto.filters !== filterKey(p));

  /**
   * The smallest min_weight leaving at most READABLE_LINKS links, from the
   * chart of the heaviest READABLE_LINKS+1 (no task lists, no layout work in
   * the browser); with fewer links than that the probe is the whole network's
   * chart (a limit that cuts nothing changes nothing), drawn as it is.
   */
  async function readableWeight(p: Params): Promise<{ weight: number; whole?: AnyRecord }> {
    const probe = await api.chart('network', { ...scopeQuery(p), document: p.document, section: p.section, leader: p.leader, role: p.role, limit: READABLE_LINKS + 1, colour: serverColour(p), lang: app.lang });
    const links = (graphSeriesOf(probe)?.links ?? []) as AnyRecord[];
    const weights = links.map((l) => Number(l.value) || 0).sort((a, b) => b - a);
    return { weight: readableMinWeight(weights, READABLE_LINKS), whole: links.length <= READABLE_LINKS ? probe : undefined };
  }

  /**
   * Builds the filter bar for p off the page; the promise (which never
   * fails) gives a function that puts it in place with the slider's range.
   */
  async function buildBar(p: Params): Promise<(maxW: number) => void> {
    const next = h('div');
    try {
      await standardFilters(app, next, ['jurisdiction', 'year', 'document', 'section', 'leader', 'role']);
    } catch (e) {
      next.replaceChildren(errorBox(app, e)); // the other controls still work
    }
    const colour = getEnum(p, 'colour', ['kind', 'community', ...METRICS] as const, 'kind');
    next.append(
      select(app.t('filter.colour'), 'filter-colour', [
        { value: '', label: app.t('colour.kind') },
        { value: 'community', label: app.t('colour.community') },
        ...METRICS.map((m) => ({ value: m, label: app.t('colour.metric', { metric: app.t(`metric.${m}` as MessageKey) }) })),
      ], colour === 'kind' ? '' : colour, (v) => app.set({ colour: v, hidden: undefined }, { push: true })),
    );
    const w = getInt(p, 'min_weight', 1, 1);
    const out = h('output', { 'data-testid': 'min-weight-value' }, String(w));
    const range = h('input', { type: 'range', min: 1, max: Math.max(w, 2), step: 1, value: w, 'data-testid': 'filter-min-weight' });
    const apply = debounce(() => {
      auto = undefined; // the user's choice from now on
      // 1 stays in the URL unless the whole network is readable anyway: an absent min_weight lets the view pick one.
      const whole = probed?.filters === filterKey(app.params) && probed.weight === 1;
      app.set({ min_weight: range.value === '1' && whole ? undefined : range.value }, { push: true });
    }, 250);
    range.addEventListener('input', () => {
      out.textContent = range.value;
      apply();
    });
    next.append(h('label', { class: 'field' }, h('span', null, app.t('filter.minWeight')), range, out));
    next.append(...focusControls(p));
    next.append(
      h('button', { type: 'button', 'data-testid': 'network-fit', onclick: () => fit(true) }, app.t('network.fit')),
      h('button', { type: 'button', 'data-testid': 'network-reset', onclick: () => fit(false) }, app.t('network.reset')),
      tableToggle(app),
      toolbar(app, {
        name: 'network',
        parts: [p.leader, p.role, p.min_weight ? `w${p.min_weight}` : undefined],
        chart: () => chart,
        csv: () => linksTable(p),
        exportQuery: { ...scopeQuery(p), document: p.document, section: p.section, leader: p.leader, role: p.role, min_weight: p.min_weight && p.min_weight !== '1' ? p.min_weight : undefined },
      }),
    );
    return (maxW) => {
      range.max = String(Math.max(maxW, w, 2));
      range.value = String(w); // a value above the old max was clamped
      bar.replaceChildren(...next.childNodes);
    };
  }

  const metricOf = (p: Params): Metric | undefined => METRICS.find((m) => m === p.size);
  /** The metric that colours the nodes (colour=<metric>); kind and community colours come from the server. */
  const colourMetricOf = (p: Params): Metric | undefined => METRICS.find((m) => m === p.colour);
  const serverColour = (p: Params) => (p.colour === 'community' ? 'community' : undefined);

  /** Search-to-focus, size by a metric, keep the top share by it, and the focus depth. */
  function focusControls(p: Params): HTMLElement[] {
    const list = h('datalist', { id: 'network-units' });
    const input = h('input', { type: 'search', list: 'network-units', placeholder: app.t('network.searchHint'), 'data-testid': 'network-search', autocomplete: 'off' });
    const names = () => chartNodes().map((n) => String(n.name));
    input.addEventListener('input', () => list.replaceChildren(...suggest(names(), input.value).map((n) => h('option', { value: n }))));
    const go = () => {
      const id = pickNode(chartNodes().map((n) => ({ id: String(n.id), name: String(n.name) })), input.value);
      if (!id) {
        if (input.value.trim()) message.replaceChildren(h('p', { class: 'muted', 'data-testid': 'search-miss' }, app.t('network.notFound', { q: input.value.trim() })));
        return;
      }
      message.replaceChildren();
      centreNext = true;
      if (app.params.node === id) applySelection(app.params);
      else app.set({ node: id, link: undefined }, { push: true });
    };
    input.addEventListener('change', go);
    input.addEventListener('keydown', (e) => {
      if (e.key === 'Enter') go();
    });
    const metricChoices = [{ value: '', label: app.t('network.sizeTasks') }, ...METRICS.map((m) => ({ value: m, label: app.t(`metric.${m}` as MessageKey) }))];
    const keepChoices = [{ value: '', label: app.t('network.keepAll') }, ...KEEP_CHOICES.map((n) => ({ value: String(n), label: `${n}%` }))];
    const depthChoices = [{ value: '', label: app.t('network.depthOff') }, ...DEPTHS.map((n) => ({ value: String(n), label: app.t('network.depthN', { n }) }))];
    return [
      h('label', { class: 'field' }, h('span', null, app.t('network.search')), input, list),
      select(app.t('network.size'), 'filter-size', metricChoices, metricOf(p) ?? '', (v) => app.set({ size: v || undefined }, { push: true })),
      select(app.t('network.keep'), 'filter-keep', keepChoices, p.keep ?? '', (v) => app.set({ keep: v || undefined }, { push: true })),
      select(app.t('network.depth'), 'filter-depth', depthChoices, p.depth ?? '', (v) => app.set({ depth: v || undefined }, { push: true })),
    ];
  }

  /** The metrics of the network shown, fetched only when a metric sizes, filters or colours it. */
  async function loadMetrics(p: Params): Promise<void> {
    metricUnits = metricOf(p) || colourMetricOf(p) ? ((await api.metrics(query(p))).units ?? []) : [];
  }

  /** The option drawn: the server's, with the metric's sizes, the metric filter and the focus neighbourhood. */
  function derive(p: Params): AnyRecord {
    const out = structuredClone(base);
    const s = graphSeriesOf(out);
    if (!s) return out;
    let nodes: AnyRecord[] = s.data ?? s.nodes ?? [];
    let links: AnyRecord[] = s.links ?? s.edges ?? [];
    const m = metricOf(p);
    if (m && metricUnits.length) {
      const values = metricByID(metricUnits, m);
      const sizes = sizesFor(nodes.map((n) => values.get(n.id)), m);
      nodes.forEach((n, i) => (n.symbolSize = sizes[i]));
      // A large graph labels its biggest nodes: those of the metric now (the server picked them by tasks).
      if (nodes.length > LARGE_GRAPH) labelBiggest(nodes, LABELLED_NODES);
      const keep = getInt(p, 'keep', 0, 1, 100);
      if (keep) {
        const kept = topShare(values, nodes.map((n) => String(n.id)), m, keep);
        nodes = nodes.filter((n) => kept.has(n.id));
      }
    }
    const depth = getInt(p, 'depth', 0, 1, 3);
    if (depth && p.node && nodes.some((n) => n.id === p.node)) {
      const ids = new Set(nodes.map((n) => String(n.id)));
      const within = links.filter((l) => ids.has(l.source) && ids.has(l.target)).map((l) => ({ source: String(l.source), target: String(l.target) }));
      const near = neighbourhood(within, p.node, depth, ids);
      nodes = nodes.filter((n) => near.has(n.id));
    }
    const kept = new Set(nodes.map((n) => n.id));
    links = links.filter((l) => kept.has(l.source) && kept.has(l.target));
    const cm = colourMetricOf(p);
    if (cm && metricUnits.length) {
      // The value becomes the metric's (the tasks move to `tasks`): the visualMap colours by it, over the range of the nodes drawn.
      const values = metricByID(metricUnits, cm);
      const label = app.t(`metric.${cm}` as MessageKey);
      const c = metricColouring(nodes.map((n) => values.get(n.id)), label);
      nodes.forEach((n, i) => {
        n.tasks = nodeTasks(n);
        n.value = c.values[i];
      });
      out.visualMap = c.visualMap;
      s.tooltip = {
        formatter: (x: AnyRecord) =>
          x.dataType === 'node'
            ? `${x.name}\n${app.t('network.sizeTasks')} ${nodeTasks(x.data)} · ${label} ${typeof x.value === 'number' ? formatMetric(x.value) : '—'}`
            : `${x.name}${x.value !== undefined ? ` ${x.value}` : ''}`,
      };
    }
    labelsOutward(nodes, links);
    if (s.data) s.data = nodes;
    else s.nodes = nodes;
    if (s.links) s.links = links;
    else s.edges = links;
    return out;
  }

  /** Shows the derived option: status line, aria-label summary, data table, minimap. */
  function render(p: Params): void {
    option = derive(p);
    applyLegend(p);
    const nodes = chartNodes();
    const links = chartLinks();
    const w = getInt(p, 'min_weight', 1, 1);
    const depth = getInt(p, 'depth', 0, 1, 3);
    const focused = depth && p.node && nodeByID(p.node) ? app.t('network.focused', { name: displayName(p.node), n: depth }) : '';
    status.textContent = [app.t('network.nodes', { nodes: nodes.length, links: links.length }), w > 1 ? app.t('network.threshold', { n: w }) : '', focused, app.t('network.hint')]
      .filter(Boolean)
      .join(' ');
    // The server's subtitle counts the whole network: a metric filter or focus shows fewer.
    const title = [option.title].flat()[0] as AnyRecord | undefined;
    if (title && nodes.length !== (graphSeriesOf(base)?.data ?? []).length) title.subtext = app.t('network.nodes', { nodes: nodes.length, links: links.length });
    const top = largest(nodes as { name: string; symbolSize?: number }[], (n) => Number(n.symbolSize) || 0).join('、');
    chartEl.setAttribute('aria-label', app.t('network.summary', { nodes: nodes.length, links: links.length, top: top || '—' }));
    message.replaceChildren(...(nodes.length ? [] : [emptyState(app, { document: p.document, section: p.section, leader: p.leader, role: p.role, min_weight: w > 1 ? String(w) : undefined }, () => resetView(app))]));
    if (p.node || getList(p, 'link').length === 2) panel.el.hidden = false; // room for the panel the selection opens
    // The server places the nodes below the title and legend; the minimap takes the bottom right corner.
    const s = graphSeries();
    if (s && nodes.length >= MINIMAP_MIN) s.right = MINIMAP_ROOM;
    fullLabels = false;
    showTable(p);
    showOption(chart, option);
    // Shown or hidden now, for this option; drawn after the chart has painted (a second canvas of every node).
    miniEl.hidden = nodes.length < MINIMAP_MIN;
    const my = loadSeq;
    requestAnimationFrame(() => setTimeout(() => my === loadSeq && drawMinimap()));
  }

  /** With table=1, the nodes shown as a table in place of the chart; Enter on a row opens its panel. */
  function showTable(p: Params): void {
    const on = p.table === '1';
    syncToggle(bar.querySelector('[data-testid=table-toggle]'), app);
    wrap.hidden = on;
    tableEl.hidden = !on;
    if (!on) return void tableEl.replaceChildren();
    const m = metricOf(p);
    const values = m ? metricByID(metricUnits, m) : undefined;
    const cats: AnyRecord[] = graphSeries()?.categories ?? [];
    const items = [...chartNodes()].sort((a, b) => (Number(b.symbolSize) || 0) - (Number(a.symbolSize) || 0));
    const header = [app.t('table.unit'), app.t('table.group'), app.t('network.sizeTasks'), app.t('table.links'), ...(m ? [app.t(`metric.${m}` as MessageKey)] : [])];
    const degree = new Map<string, number>();
    for (const l of chartLinks()) for (const e of [l.source, l.target]) degree.set(e, (degree.get(e) ?? 0) + 1);
    const rows = items.map((n) => [String(n.name), String(cats[n.category]?.name ?? ''), nodeTasks(n), degree.get(n.id) ?? 0, ...(m ? [values?.get(n.id) ?? ''] : [])]);
    const caption = chartEl.getAttribute('aria-label') ?? '';
    tableEl.replaceChildren(
      dataTable(caption, { header, rows }, (i) => {
        app.set({ node: String(items[i].id), link: undefined }, { push: true });
        requestAnimationFrame(() => panel.el.querySelector<HTMLElement>('[data-testid=panel-close]')?.focus());
      }),
    );
  }

  /** The CSV of the links shown, with their tasks: /networks/units is big, so it is fetched only now. */
  async function linksTable(p: Params): Promise<ExportTable | undefined> {
    try {
      const net = await api.network(query(p));
      const names = new Map(net.nodes.map((n) => [n.id, n.name]));
      return {
        header: ['单位A', '单位B', '共同任务数', '任务'],
        rows: net.links.map((l) => [names.get(l.source) ?? l.source, names.get(l.target) ?? l.target, l.weight, l.tasks]),
      };
    } catch (e) {
      message.replaceChildren(errorBox(app, e));
      return undefined;
    }
  }

  async function load(p: Params): Promise<void> {
    message.replaceChildren(loading(app));
    const my = ++loadSeq;
    const current = () => my === loadSeq;
    // The bar's lists (documents, leaders) load alongside the probe and the chart.
    const barReady = buildBar(p);
    // Whether the URL's document and leader exist, asked alongside the data (their lists are the bar's, cached).
    const scope = checkScope(app, p);
    scope.catch(() => undefined); // awaited below; a failure is shown from there
    try {
      let whole: AnyRecord | undefined;
      if (picksWeight(p)) {
        const [, r] = await Promise.all([scope, readableWeight(p)]);
        if (!current()) return;
        const w = r.weight;
        whole = p.min_weight === undefined ? r.whole : undefined;
        probed = { filters: filterKey(p), weight: w };
        auto = w > 1 ? { filters: filterKey(p), weight: w } : undefined;
        const want = w > 1 ? String(w) : undefined;
        if (p.min_weight !== want) {
          app.set({ min_weight: want }); // replaces the URL state; update() loads with it
          return;
        }
      }
      // All that changes the chart's size (bar, status, message, panel) is in place before it is drawn.
      const [opt, placeBar] = await Promise.all([whole ?? api.chart('network', { ...query(p), colour: serverColour(p), lang: app.lang }), barReady, scope]);
      if (!current()) return;
      placeBar(graphLinksMax(opt));
      await loadMetrics(p);
      if (!current()) return;
      // The server's option is finished; the view adds the metric, focus and legend state of the URL.
      base = structuredClone(opt) as AnyRecord;
      render(p);
      applySelection(p);
    } catch (e) {
      if (!current()) return;
      // Nothing stale under the error: the old chart, minimap, panel and status go.
      option = {};
      chart.clear();
      mini?.clear();
      miniEl.hidden = true;
      panel.close();
      status.textContent = '';
      message.replaceChildren(errorBox(app, e, () => resetView(app)));
      const placeBar = await barReady;
      if (current()) placeBar(1); // the filters stay at hand to change what failed
    }
  }

  /** Hides the categories the URL lists (the server's legend lists every category). */
  function applyLegend(p: Params): void {
    const hidden = new Set(getList(p, 'hidden'));
    const legend = option.legend as AnyRecord | undefined;
    if (!legend) return;
    const selected: Record<string, boolean> = {};
    for (const name of (legend.data ?? []) as string[]) selected[name] = !hidden.has(name);
    legend.selected = selected;
  }

  const graphLinksMax = (opt: AnyRecord) => ((graphSeriesOf(opt)?.links ?? []) as AnyRecord[]).reduce((m, l) => Math.max(m, Number(l.value) || 1), 1);
  const graphSeries = () => graphSeriesOf(option);
  const chartNodes = (): AnyRecord[] => graphSeries()?.data ?? graphSeries()?.nodes ?? [];
  const chartLinks = (): AnyRecord[] => graphSeries()?.links ?? graphSeries()?.edges ?? [];
  const nodeByID = (id: string) => chartNodes().find((n) => n.id === id);
  const displayName = (id: string) => nodeByID(id)?.name ?? parseUnitID(id)?.name ?? id;

  /** A link end as the server gave it (node id, name, or index into the nodes) as a node id. */
  function endpointID(ref: unknown): string | undefined {
    const nodes = chartNodes();
    if (typeof ref === 'number') return nodes[ref]?.id;
    if (typeof ref !== 'string') return undefined;
    return (nodes.find((n) => n.id === ref) ?? nodes.find((n) => n.name === ref))?.id;
  }

  function chartLink(a: string, b: string): AnyRecord | undefined {
    return chartLinks().find((l) => {
      const s = endpointID(l.source);
      const t = endpointID(l.target);
      return (s === a && t === b) || (s === b && t === a);
    });
  }

  chart.on('legendselectchanged', (e) => {
    const ev = e as { selected: Record<string, boolean> };
    const hidden = Object.entries(ev.selected).filter(([, on]) => !on).map(([name]) => name);
    app.set({ hidden: listParam(hidden) });
  });

  chart.on('click', (e) => {
    const ev = e as { dataType?: string; data?: AnyRecord };
    if (ev.dataType === 'node') {
      const id = endpointID(ev.data?.id ?? ev.data?.name);
      if (id) app.set({ node: id, link: undefined }, { push: true });
    } else if (ev.dataType === 'edge' && ev.data) {
      const s = endpointID(ev.data.source);
      const t = endpointID(ev.data.target);
      if (s && t) app.set({ link: listParam([s, t]), node: undefined }, { push: true });
    }
  });

  function applySelection(p: Params): void {
    const link = getList(p, 'link');
    const centre = centreNext;
    centreNext = false;
    if (p.node) {
      if (nodeByID(p.node)) {
        openNode(p.node, p);
        if (centre) focusOn(p.node);
        return;
      }
    } else if (link.length === 2 && parseUnitID(link[0]) && parseUnitID(link[1])) {
      // A link under the threshold (not drawn) still opens: a partner list links to every partner.
      const l = chartLink(link[0], link[1]);
      return openLink(link[0], link[1], l ? Number(l.value) || 0 : undefined, p);
    }
    panel.close();
    panelLoads.cancel();
  }

  /** A unit with all its tasks, by node id (GET /units/{name}?jurisdiction=…). */
  function unitOf(id: string): Promise<UnitDetail> {
    const unit = parseUnitID(id);
    if (!unit) return Promise.reject(new Error(`${id} is not a unit node id (unit:jurisdiction/name)`));
    return api.unit(unit.name, { jurisdiction: unit.jurisdiction });
  }

  function openNode(id: string, p: Params): void {
    const item = nodeByID(id);
    const body = panel.open(app.t('panel.unitTasks', { name: displayName(id), count: item ? nodeTasks(item) : '…' }));
    const summary = h('p', { class: 'muted', 'data-testid': 'panel-summary' });
    body.append(summary, loading(app));
    selectNode(id);
    void panelLoads.run(
      () => unitOf(id),
      (unit) => {
        body.querySelector('[data-testid=loading]')?.remove();
        // The unit's tasks in this network: the filters narrow all of its tasks.
        const tasks = unitTasksIn(unit.taskList ?? [], unit.name, taskFilter(p));
        const f = unitFigures(tasks, unit.name, p.role);
        summary.textContent = `${kindLabel(app.lang, unit.kind)} · ${app.t('panel.lead')} ${f.leadTasks} · ${app.t('panel.leaders')} ${f.leaders}`;
        body.append(partnerList(id, unit.jurisdiction, unitPartners(tasks, unit.name, p.role)));
        body.append(h('h3', null, app.t('panel.tasksHeading', { count: tasks.length })));
        taskList(app, body, tasks, unit.name);
      },
      (e) => body.replaceChildren(errorBox(app, e)),
    );
  }

  /** A unit's partners ranked by shared tasks; ties marked; each opens the tasks the two share. */
  function partnerList(id: string, jurisdiction: string, partners: Partner[]): HTMLElement {
    const wrap = h('section', { class: 'partners', 'data-testid': 'partners' }, h('h3', null, app.t('panel.partners', { count: partners.length })));
    if (!partners.length) {
      wrap.append(h('p', { class: 'muted' }, app.t('panel.noPartners')));
      return wrap;
    }
    const SHOWN = 10;
    const list = h('ol', { class: 'partner-list' });
    const row = (pt: Partner) =>
      h('li', { 'data-testid': 'partner', 'data-name': pt.name, 'data-rank': pt.rank, 'data-shared': pt.shared },
        h('span', { class: 'rank' }, String(pt.rank)),
        pt.tie ? h('span', { class: 'chip tie', 'data-testid': 'partner-tie' }, app.t('panel.tie')) : null,
        h('button', { type: 'button', class: 'link', onclick: () => app.set({ link: listParam([id, `unit:${jurisdiction}/${pt.name}`]), node: undefined }, { push: true }) }, pt.name),
        h('span', { class: 'muted' }, ` ${app.t('panel.sharedCount', { count: pt.shared })}`),
      );
    for (const pt of partners.slice(0, SHOWN)) list.append(row(pt));
    wrap.append(list);
    if (partners.length > SHOWN) {
      const more = h('button', { type: 'button', class: 'more', 'data-testid': 'partners-more' }, app.t('common.showAll', { total: partners.length }));
      more.onclick = () => {
        for (const pt of partners.slice(SHOWN)) list.append(row(pt));
        more.remove();
      };
      wrap.append(more);
    }
    return wrap;
  }

  function openLink(a: string, b: string, weight: number | undefined, p: Params): void {
    const title = (count: number | string) => app.t('panel.sharedTasks', { a: displayName(a), b: displayName(b), count });
    const body = panel.open(title(weight ?? '…'));
    body.append(loading(app));
    // Both ends share the task lists' jurisdiction: the smaller unit's tasks, those naming the other, are the shared ones.
    const size = (id: string) => nodeTasks(nodeByID(id)) || Infinity;
    const [from, to] = size(a) <= size(b) ? [a, b] : [b, a];
    const other = parseUnitID(to)?.name ?? '';
    void panelLoads.run(
      () => unitOf(from),
      (unit) => {
        body.querySelector('[data-testid=loading]')?.remove();
        const shared = sharedTasksIn(unit.taskList ?? [], unit.name, other, taskFilter(p));
        panel.setTitle(title(shared.length));
        body.append(h('p', null, h('button', { type: 'button', class: 'link', 'data-testid': 'back-to-unit', onclick: () => app.set({ node: a, link: undefined }, { push: true }) }, app.t('panel.backTo', { name: displayName(a) }))));
        taskList(app, body, shared);
      },
      (e) => body.replaceChildren(errorBox(app, e)),
    );
  }

  /** Centres the chart on a node and highlights it with its neighbours (the series' adjacency emphasis). */
  function focusOn(id: string): void {
    const items = chartNodes();
    const idx = items.findIndex((it) => it.id === id);
    const n = items[idx];
    if (!n || typeof n.x !== 'number' || typeof n.y !== 'number') return;
    chart.dispatchAction({ type: 'highlight', seriesIndex: 0, dataIndex: idx });
    // A focus neighbourhood is drawn fitted to the chart already: highlighted, not moved.
    if (getInt(app.params, 'depth', 0, 1, 3)) return;
    const zoom = Math.max(Number(((chart.getOption() as AnyRecord).series?.[0] as AnyRecord | undefined)?.zoom ?? 1), 1.5);
    chart.setOption({ series: [{ center: [n.x, n.y], zoom }] });
    drawViewport();
    labelsForZoom();
  }

  function selectNode(id: string): void {
    const items = chartNodes();
    const idx = items.findIndex((it) => it.id === id);
    if (idx >= 0) {
      chart.dispatchAction({ type: 'unselect', seriesIndex: 0, dataIndex: items.map((_, i) => i) });
      chart.dispatchAction({ type: 'select', seriesIndex: 0, dataIndex: idx });
    }
  }

  // ---- minimap: an overview of the laid-out graph with the visible area ----

  function positions(): { x: number; y: number }[] | undefined {
    const items = chartNodes();
    if (items.length && items.every((it) => typeof it.x === 'number' && typeof it.y === 'number')) return items.map((it) => ({ x: it.x, y: it.y }));
    try {
      // Force layout: read where ECharts placed the nodes.
      const d = (chart as AnyRecord).getModel().getSeriesByIndex(0).getData();
      const out: { x: number; y: number }[] = [];
      for (let i = 0; i < d.count(); i++) {
        const [x, y] = d.getItemLayout(i) as number[];
        out.push({ x, y });
      }
      return out;
    } catch {
      return undefined;
    }
  }

  /** Draws the minimap from the option shown now (not from data of an earlier load). */
  function drawMinimap(): void {
    const s = graphSeries();
    const items = chartNodes();
    if (!s || items.length < MINIMAP_MIN) {
      miniEl.hidden = true;
      miniLayout = '';
      return;
    }
    miniEl.hidden = false;
    mini ??= createChart(miniEl, 'networkMinimap', { overview: true });
    const pos = positions();
    if (!pos) return;
    miniLayout = layoutKey(pos);
    showOption(mini, {
      animation: false,
      color: option.color,
      series: [
        {
          type: 'graph',
          layout: 'none',
          silent: true,
          roam: false,
          categories: s.categories,
          symbolSize: 3,
          label: { show: false },
          lineStyle: { width: 0.3, opacity: 0.3 },
          data: items.map((it, i) => ({ name: it.name ?? String(i), id: it.id, category: it.category, x: pos[i]?.x ?? 0, y: pos[i]?.y ?? 0 })),
          links: chartLinks().length <= MINIMAP_LINKS ? chartLinks().map((l) => ({ source: l.source, target: l.target })) : [],
        },
      ],
    });
    drawViewport();
  }

  const layoutKey = (pos: { x: number; y: number }[]) => pos.map((q) => `${Math.round(q.x)},${Math.round(q.y)}`).join(';');

  function drawViewport(): void {
    if (!mini || miniEl.hidden) return;
    try {
      const w = chart.getWidth();
      const hgt = chart.getHeight();
      const a = chart.convertFromPixel({ seriesIndex: 0 }, [0, 0]) as number[];
      const b = chart.convertFromPixel({ seriesIndex: 0 }, [w, hgt]) as number[];
      const pa = mini.convertToPixel({ seriesIndex: 0 }, a) as number[];
      const pb = mini.convertToPixel({ seriesIndex: 0 }, b) as number[];
      viewport.setShape({ x: Math.min(pa[0], pb[0]), y: Math.min(pa[1], pb[1]), width: Math.abs(pb[0] - pa[0]), height: Math.abs(pb[1] - pa[1]) });
      const zr = mini.getZr();
      zr.remove(viewport); // no-op when absent; added last, it stays on top
      zr.add(viewport);
    } catch {
      // no coordinate system yet
    }
  }

  chart.on('graphroam', () => {
    drawViewport();
    labelsForZoom();
  });

  /** Whether the labels are shown in full (zoomed in past FULL_LABEL_ZOOM). */
  let fullLabels = false;
  function labelsForZoom(): void {
    const zoom = Number(((chart.getOption() as AnyRecord).series?.[0] as AnyRecord | undefined)?.zoom ?? 1);
    const want = zoom >= FULL_LABEL_ZOOM;
    if (want === fullLabels) return;
    fullLabels = want;
    const base = graphSeries()?.label ?? {};
    chart.setOption({ series: [{ label: want ? { ...base, show: true, overflow: 'none' } : base }] });
  }

  /**
   * Fit (visible): zoom onto the nodes of the categories shown; reset:
   * the whole network as first drawn, selection closed.
   */
  function fit(visible: boolean): void {
    const items = chartNodes();
    const cats: AnyRecord[] = graphSeries()?.categories ?? [];
    const selected = ((chart.getOption() as AnyRecord)?.legend?.[0]?.selected ?? {}) as Record<string, boolean>;
    const shown = visible ? items.filter((it) => selected[cats[it.category]?.name] !== false) : items;
    const box = (list: AnyRecord[]) => {
      const xs = list.map((it) => Number(it.x));
      const ys = list.map((it) => Number(it.y));
      return { x0: Math.min(...xs), x1: Math.max(...xs), y0: Math.min(...ys), y1: Math.max(...ys) };
    };
    if (!shown.length) return;
    const all = box(items);
    const b = box(shown);
    const zoom = Math.max(1, Math.min((all.x1 - all.x0) / Math.max(b.x1 - b.x0, 1), (all.y1 - all.y0) / Math.max(b.y1 - b.y0, 1)));
    chart.setOption({ series: [{ center: [(b.x0 + b.x1) / 2, (b.y0 + b.y1) / 2], zoom }] });
    if (!visible) app.set({ node: undefined, link: undefined }, { push: true });
    drawViewport();
    labelsForZoom();
  }
  chart.on(
    'finished',
    debounce(() => {
      if (miniEl.hidden || !mini) return;
      // A force layout has moved the nodes since the minimap was drawn: redraw it where they settled.
      const pos = graphSeries()?.layout === 'force' ? positions() : undefined;
      if (pos && layoutKey(pos) !== miniLayout) drawMinimap();
      else drawViewport();
    }, 200),
  );
  miniEl.addEventListener('click', (e) => {
    const s = graphSeries();
    if (!mini || !s || s.layout !== 'none') return;
    const r = miniEl.getBoundingClientRect();
    const at = mini.convertFromPixel({ seriesIndex: 0 }, [e.clientX - r.left, e.clientY - r.top]) as number[];
    chart.setOption({ series: [{ center: at }] });
    drawViewport();
  });

  let lastParams: Params = {};
  function update(p: Params): void {
    // Whether min_weight is absent matters too: then the view picks one.
    const q = JSON.stringify([query(p), serverColour(p) ?? '', p.min_weight === undefined]);
    const prev = lastParams;
    lastParams = p;
    if (q !== dataKey) {
      dataKey = q;
      void load(p);
      return;
    }
    if ((prev.hidden ?? '') !== (p.hidden ?? '') && option.legend) {
      applyLegend(p);
      // Dispatch only what differs from the chart (a click on the legend already changed it).
      const want = (option.legend as AnyRecord).selected as Record<string, boolean>;
      const have = ((chart.getOption() as AnyRecord)?.legend?.[0]?.selected ?? {}) as Record<string, boolean>;
      for (const [name, on] of Object.entries(want)) if ((have[name] ?? true) !== on) chart.dispatchAction({ type: on ? 'legendSelect' : 'legendUnSelect', name });
    }
    const metricChanged = prev.size !== p.size || prev.keep !== p.keep || prev.colour !== p.colour;
    const focusChanged = prev.depth !== p.depth || (p.depth !== undefined && prev.node !== p.node);
    if (metricChanged || focusChanged) {
      const my = loadSeq;
      void (metricChanged ? loadMetrics(p) : Promise.resolve()).then(
        () => {
          if (my !== loadSeq) return;
          render(p);
          applySelection(p);
        },
        (e) => message.replaceChildren(errorBox(app, e)),
      );
      return;
    }
    if ((prev.table ?? '') !== (p.table ?? '')) {
      showTable(p);
      if (p.table !== '1') chart.resize();
    }
    if (prev.node !== p.node || prev.link !== p.link) applySelection(p);
  }

  update(app.params);
  return {
    update,
    destroy() {
      loadSeq++;
      panelLoads.cancel();
      chart.dispose();
      mini?.dispose();
    },
  };
};

export type { App };

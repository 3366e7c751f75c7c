// 协同网络: units linked by the tasks they share, from the server's chart
// option, with filters, a weight threshold, legend toggles kept in the URL,
// a minimap, and a side panel with the tasks of a clicked unit or link.

import type { ECharts } from 'echarts';
import { api } from '../api';
import { errorBox, Latest, type App, type View, type ViewFactory } from '../app';
import { createChart, enhanceAny, enhanceGraph, showOption } from '../charts';
import { clear, debounce, h, select } from '../dom';
import { findLink, findNode, maxWeight } from '../filters';
import { kindLabel } from '../i18n';
import { getEnum, getInt, getList, listParam, type Params } from '../state';
import type { TaskRecord, UnitLink, UnitNetwork, UnitNode } from '../types';
import { filterBar, loading, SidePanel, standardFilters, taskList, toolbar } from './common';

/** From this many nodes the minimap is shown. */
export const MINIMAP_MIN = 60;

type AnyRecord = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

export const networkView: ViewFactory = (root, app): View => {
  const bar = filterBar('network-filters');
  const chartEl = h('div', { class: 'chart' });
  const miniEl = h('div', { class: 'minimap', hidden: true, title: app.t('network.minimap') });
  const panel = new SidePanel(app, () => app.set({ node: undefined, link: undefined }));
  const status = h('div', { class: 'status', 'data-testid': 'network-status' });
  const message = h('div', { class: 'message' });
  root.append(bar, message, h('div', { class: 'stage' }, h('div', { class: 'chart-wrap' }, chartEl, miniEl), panel.el), status);

  const chart = createChart(chartEl, 'network');
  let mini: ECharts | undefined;
  let data: UnitNetwork = { nodes: [], links: [] };
  let option: AnyRecord = {};
  let dataKey = '';
  let loadSeq = 0;
  const panelLoads = new Latest();

  const query = (p: Params) => ({
    document: p.document,
    section: p.section,
    leader: p.leader,
    role: p.role,
    min_weight: getInt(p, 'min_weight', 1, 1) > 1 ? getInt(p, 'min_weight', 1, 1) : undefined,
  });

  function buildBar(p: Params, maxW: number): void {
    clear(bar);
    void standardFilters(app, bar, ['document', 'section', 'leader', 'role']).then(() => {
      const colour = getEnum(p, 'colour', ['kind', 'community'] as const, 'kind');
      bar.append(
        select(app.t('filter.colour'), 'filter-colour', [
          { value: '', label: app.t('colour.kind') },
          { value: 'community', label: app.t('colour.community') },
        ], colour === 'kind' ? '' : colour, (v) => app.set({ colour: v, hidden: undefined }, { push: true })),
      );
      const w = getInt(p, 'min_weight', 1, 1);
      const out = h('output', { 'data-testid': 'min-weight-value' }, String(w));
      const range = h('input', { type: 'range', min: 1, max: Math.max(maxW, w, 2), step: 1, value: w, 'data-testid': 'filter-min-weight' });
      const apply = debounce(() => app.set({ min_weight: range.value === '1' ? undefined : range.value }, { push: true }), 250);
      range.addEventListener('input', () => {
        out.textContent = range.value;
        apply();
      });
      bar.append(h('label', { class: 'field' }, h('span', null, app.t('filter.minWeight')), range, out));
      bar.append(
        toolbar(app, {
          name: 'network',
          parts: [p.leader, p.role, p.min_weight ? `w${p.min_weight}` : undefined],
          chart: () => chart,
          csv: () => ({
            header: ['单位A', '单位B', '共同任务数', '任务'],
            rows: data.links.map((l) => [nameOf(l.source), nameOf(l.target), l.weight, l.tasks]),
          }),
        }),
      );
    });
  }

  const nameOf = (id: string) => data.nodes.find((n) => n.id === id)?.name ?? id;

  async function load(p: Params): Promise<void> {
    message.replaceChildren(loading(app));
    const q = query(p);
    // The chart shows as soon as its option arrives; the network data (for
    // the panel, the CSV and the status line) may come a little later.
    const my = ++loadSeq;
    const current = () => my === loadSeq;
    const netData = api.network(q);
    try {
      const opt = await api.chart('network', { ...q, colour: p.colour, lang: app.lang });
      if (!current()) return;
      option = enhanceGraph(structuredClone(opt) as AnyRecord);
      ensureLegend();
      applyLegend(p);
      showOption(chart, option);
      const n = graphSeries()?.data?.length ?? 0;
      message.replaceChildren(...(n ? [] : [h('p', { class: 'muted', 'data-testid': 'empty' }, app.t('common.noData'))]));
      drawMinimap();
      const net = await netData;
      if (!current()) return;
      data = { nodes: net.nodes ?? [], links: net.links ?? [] };
      status.textContent = `${app.t('network.nodes', { nodes: data.nodes.length, links: data.links.length })} ${app.t('network.hint')}`;
      buildBar(p, maxWeight(data.links));
      applySelection(p);
    } catch (e) {
      if (current()) message.replaceChildren(errorBox(app, e));
    }
  }

  /** Makes sure the legend lists the categories, so that hiding them can be kept in the URL. */
  function ensureLegend(): void {
    const s = graphSeries();
    if (!s) return;
    const names = ((s.categories ?? []) as AnyRecord[]).map((c) => String(c.name));
    const legend = (Array.isArray(option.legend) ? option.legend[0] : option.legend) ?? {};
    option.legend = { type: 'scroll', left: 8, right: 8, ...legend, data: names };
    enhanceAny(option);
  }

  function applyLegend(p: Params): void {
    const hidden = new Set(getList(p, 'hidden'));
    const legend = option.legend as AnyRecord;
    const selected: Record<string, boolean> = {};
    for (const name of (legend.data ?? []) as string[]) selected[name] = !hidden.has(name);
    legend.selected = selected;
  }

  function graphSeries(): AnyRecord | undefined {
    const list = Array.isArray(option.series) ? option.series : [option.series];
    return list.find((s: AnyRecord | undefined) => s?.type === 'graph');
  }

  chart.on('legendselectchanged', (e) => {
    const ev = e as { selected: Record<string, boolean> };
    const hidden = Object.entries(ev.selected).filter(([, on]) => !on).map(([name]) => name);
    app.set({ hidden: listParam(hidden) });
  });

  chart.on('click', (e) => {
    const ev = e as { dataType?: string; data?: AnyRecord; dataIndex: number };
    if (ev.dataType === 'node') {
      const n = findNode(data.nodes, ev.data);
      if (n) app.set({ node: n.id, link: undefined }, { push: true });
    } else if (ev.dataType === 'edge' && ev.data) {
      const s = endpoint(ev.data.source);
      const t = endpoint(ev.data.target);
      if (s && t) app.set({ link: listParam([s.id, t.id]), node: undefined }, { push: true });
    }
  });

  /** An edge end as the server gave it: node id, name, or index into the data. */
  function endpoint(ref: unknown): UnitNode | undefined {
    if (typeof ref === 'number') {
      const items: AnyRecord[] = graphSeries()?.data ?? [];
      return findNode(data.nodes, items[ref]);
    }
    return findNode(data.nodes, { id: ref, name: ref });
  }

  function applySelection(p: Params): void {
    const nodeID = p.node;
    const link = getList(p, 'link');
    if (nodeID) {
      const n = data.nodes.find((x) => x.id === nodeID);
      if (n) return openNode(n);
    } else if (link.length === 2) {
      const l = findLink(data.links, link[0], link[1]);
      if (l) return openLink(l);
    }
    panel.close();
    panelLoads.cancel();
  }

  async function unitTasks(n: UnitNode): Promise<TaskRecord[]> {
    const detail = await api.unit(n.name, n.jurisdiction ? { jurisdiction: n.jurisdiction } : {});
    return detail.taskList ?? [];
  }

  function openNode(n: UnitNode): void {
    const body = panel.open(app.t('panel.unitTasks', { name: n.name, count: n.tasks }));
    body.append(h('p', { class: 'muted', 'data-testid': 'panel-summary' }, `${kindLabel(app.lang, n.kind)} · ${app.t('panel.lead')} ${n.leadTasks} · ${app.t('panel.leaders')} ${n.leaders}`));
    body.append(loading(app));
    selectNode(n);
    void panelLoads.run(
      () => unitTasks(n),
      (tasks) => {
        body.querySelector('[data-testid=loading]')?.remove();
        const wanted = new Set(n.taskIds ?? []);
        taskList(app, body, wanted.size ? tasks.filter((t) => wanted.has(t.id)) : tasks, n.name);
      },
      (e) => body.replaceChildren(errorBox(app, e)),
    );
  }

  function openLink(l: UnitLink): void {
    const a = data.nodes.find((x) => x.id === l.source);
    const b = data.nodes.find((x) => x.id === l.target);
    const body = panel.open(app.t('panel.sharedTasks', { a: a?.name ?? l.source, b: b?.name ?? l.target, count: l.weight }));
    body.append(loading(app));
    void panelLoads.run(
      () => (a ? unitTasks(a) : Promise.resolve([])),
      (tasks) => {
        body.querySelector('[data-testid=loading]')?.remove();
        const wanted = new Set(l.tasks);
        taskList(app, body, tasks.filter((t) => wanted.has(t.id)));
      },
      (e) => body.replaceChildren(errorBox(app, e)),
    );
  }

  function selectNode(n: UnitNode): void {
    const items: AnyRecord[] = graphSeries()?.data ?? [];
    const idx = items.findIndex((it) => findNode([n], it) !== undefined);
    if (idx >= 0) {
      chart.dispatchAction({ type: 'unselect', seriesIndex: 0, dataIndex: items.map((_, i) => i) });
      chart.dispatchAction({ type: 'select', seriesIndex: 0, dataIndex: idx });
    }
  }

  // ---- minimap: an overview of the laid-out graph with the visible area ----

  function positions(): { x: number; y: number }[] | undefined {
    const items: AnyRecord[] = graphSeries()?.data ?? [];
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

  function drawMinimap(): void {
    const s = graphSeries();
    if (!s || data.nodes.length < MINIMAP_MIN) {
      miniEl.hidden = true;
      return;
    }
    miniEl.hidden = false;
    mini ??= createChart(miniEl, 'networkMinimap');
    const pos = positions();
    if (!pos) return;
    const items: AnyRecord[] = s.data ?? [];
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
          links: (s.links ?? s.edges ?? []).map((l: AnyRecord) => ({ source: l.source, target: l.target })),
        },
      ],
    });
    drawViewport();
  }

  function drawViewport(): void {
    if (!mini || miniEl.hidden) return;
    try {
      const w = chart.getWidth();
      const hgt = chart.getHeight();
      const a = chart.convertFromPixel({ seriesIndex: 0 }, [0, 0]) as number[];
      const b = chart.convertFromPixel({ seriesIndex: 0 }, [w, hgt]) as number[];
      const pa = mini.convertToPixel({ seriesIndex: 0 }, a) as number[];
      const pb = mini.convertToPixel({ seriesIndex: 0 }, b) as number[];
      mini.setOption({
        graphic: [
          {
            id: 'viewport',
            type: 'rect',
            silent: true,
            shape: { x: Math.min(pa[0], pb[0]), y: Math.min(pa[1], pb[1]), width: Math.abs(pb[0] - pa[0]), height: Math.abs(pb[1] - pa[1]) },
            style: { fill: 'rgba(37,99,235,0.08)', stroke: '#2563eb', lineWidth: 1 },
          },
        ],
      });
    } catch {
      // no coordinate system yet
    }
  }

  chart.on('graphroam', () => drawViewport());
  chart.on('finished', debounce(() => {
    if (!miniEl.hidden && mini) drawViewport();
  }, 200));
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
    const q = JSON.stringify([query(p), p.colour ?? '']);
    const prev = lastParams;
    lastParams = p;
    if (q !== dataKey) {
      dataKey = q;
      void load(p);
      return;
    }
    if ((prev.hidden ?? '') !== (p.hidden ?? '')) {
      applyLegend(p);
      // Dispatch only what differs from the chart (a click on the legend already changed it).
      const want = (option.legend as AnyRecord).selected as Record<string, boolean>;
      const have = ((chart.getOption() as AnyRecord)?.legend?.[0]?.selected ?? {}) as Record<string, boolean>;
      for (const [name, on] of Object.entries(want)) if ((have[name] ?? true) !== on) chart.dispatchAction({ type: on ? 'legendSelect' : 'legendUnSelect', name });
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

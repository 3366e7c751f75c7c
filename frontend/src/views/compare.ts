// 对比: two documents side by side. The two unit networks are drawn over the
// same (lineage-mapped) units at the same positions — one layout over the
// union, computed once in the browser — with added ties green, removed red
// and changed ties labelled with their weights; a slope chart of rank
// shifts, the indicators, the lineage events. A changed tie opens the tasks
// behind it on both sides. Across jurisdictions only indicators and unit
// kinds are compared, and the view says so.

import type { ECharts } from 'echarts';
import { ApiError, get } from '../api';
import { errorBox, Latest, type App, type View, type ViewFactory } from '../app';
import { createChart, enhanceAny, enhanceGraph, showOption } from '../charts';
import { compareNetworks, defaultPair, documentLabel, fitLayout, slopeData, tieKey, unionLayout, type Box, type ComparedNetworks, type Point, type SideNode, type SideTie } from '../corpus';
import { clear, h, select, table } from '../dom';
import { kindLabel, type MessageKey } from '../i18n';
import { getEnum, getList, listParam, type Params } from '../state';
import type { Comparison, DocumentInfo, TaskRecord, UnitNetwork } from '../types';
import { loading, taskList, toolbar } from './common';
import { emptyState, panelLink, tasksOf } from './corpusparts';

type AnyRecord = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

export const CHANGE_COLOURS = { same: '#cbd5e1', added: '#16a34a', removed: '#dc2626', changed: '#d97706', absent: '#e5e7eb' } as const;
const NODE_COLOUR = '#475569';
const METRICS = ['bottleneck', 'betweenness', 'weightedDegree'] as const;
const INDICATORS = ['tasks', 'units', 'ties', 'density', 'centralization', 'modularity', 'communities', 'components'] as const;

const fmt = (v: number) => (Number.isInteger(v) ? String(v) : v.toFixed(3));

/** A tie of the comparison's three lists, with the tasks behind it on each side. */
interface ListedTie {
  change: 'added' | 'removed' | 'changed';
  source: string;
  target: string;
  from: number;
  to: number;
  fromTasks: string[];
  toTasks: string[];
}

export function listedTies(cmp: Comparison): ListedTie[] {
  return [
    ...cmp.ties.changed.map((t) => ({ change: 'changed' as const, source: t.source, target: t.target, from: t.from, to: t.to, fromTasks: t.fromTasks, toTasks: t.toTasks })),
    ...cmp.ties.added.map((t) => ({ change: 'added' as const, source: t.source, target: t.target, from: 0, to: t.weight, fromTasks: [], toTasks: t.tasks })),
    ...cmp.ties.removed.map((t) => ({ change: 'removed' as const, source: t.source, target: t.target, from: t.weight, to: 0, fromTasks: t.tasks, toTasks: [] })),
  ];
}

export const compareView: ViewFactory = (root, app): View => {
  const bar = h('div', { class: 'filters', 'data-testid': 'compare-filters' });
  const message = h('div', { class: 'message', 'data-testid': 'compare-message' });
  const body = h('div', { class: 'corpus-body', 'data-testid': 'compare-body' });
  root.append(bar, message, body);
  const loads = new Latest();
  const tieLoads = new Latest();
  const charts: ECharts[] = [];
  let docs: DocumentInfo[] = [];
  let cmp: Comparison | undefined;
  let key = '';
  let tiePanel: HTMLElement | undefined;
  let tieTable: HTMLElement | undefined;
  let slopeChart: ECharts | undefined;

  function disposeCharts(): void {
    for (const c of charts.splice(0)) c.dispose();
    slopeChart = undefined;
  }

  function buildBar(p: Params, pair: { from: string; to: string }): void {
    clear(bar);
    const options = [...docs]
      .sort((a, b) => a.jurisdiction.localeCompare(b.jurisdiction, 'zh-Hans-CN') || (a.date || `${a.year}`).localeCompare(b.date || `${b.year}`))
      .map((d) => ({ value: d.id, label: `${documentLabel(d)} · ${d.title}` }));
    bar.append(
      select(app.t('compare.from'), 'compare-from', options, pair.from, (v) => app.set({ from: v, tie: undefined }, { push: true })),
      h('button', { type: 'button', 'data-testid': 'compare-swap', title: app.t('compare.swap'), onclick: () => app.set({ from: pair.to, to: pair.from, tie: undefined }, { push: true }) }, '⇄'),
      select(app.t('compare.to'), 'compare-to', options, pair.to, (v) => app.set({ to: v, tie: undefined }, { push: true })),
      select(app.t('compare.metric'), 'compare-metric', METRICS.map((m) => ({ value: m, label: app.t(`compare.metric.${m}` as MessageKey) })), getEnum(p, 'metric', METRICS, 'bottleneck'), (v) => app.set({ metric: v === 'bottleneck' ? undefined : v })),
      panelLink(app),
      toolbar(app, {
        name: 'compare',
        parts: [pair.from, pair.to],
        csv: () =>
          cmp && {
            header: ['change', 'source', 'target', `weight ${cmp.from.year}`, `weight ${cmp.to.year}`, 'fromTasks', 'toTasks'],
            rows: listedTies(cmp).map((t) => [t.change, t.source, t.target, t.from, t.to, t.fromTasks.join(' '), t.toTasks.join(' ')]),
          },
      }),
    );
  }

  function update(p: Params): void {
    const next = JSON.stringify([p.from, p.to]);
    if (next === key && cmp) {
      renderSlope(p);
      renderTie(p);
      return;
    }
    key = next;
    cmp = undefined;
    tieTable = tiePanel = undefined;
    disposeCharts();
    clear(body);
    message.replaceChildren(loading(app));
    void loads.run(
      async () => {
        docs = await get<DocumentInfo[]>('/documents');
        if (docs.length < 2) return undefined;
        const pair = p.from && p.to ? { from: p.from, to: p.to } : defaultPair(docs, docs.find((d) => d.id === (p.from ?? p.to))?.jurisdiction);
        if (!pair) return undefined;
        const q = { from: pair.from, to: pair.to };
        const [c, toNet, fromNet] = await Promise.all([
          get<Comparison>('/compare', q),
          get<UnitNetwork>('/networks/units', { document: pair.to }),
          get<UnitNetwork>('/networks/units', { document: pair.from }),
        ]);
        return { pair, c, toNet, fromNet };
      },
      (r) => {
        message.replaceChildren();
        if (!r) {
          clear(bar);
          body.append(emptyState(app, 'compare.empty', docs.length));
          return;
        }
        if (p.from !== r.pair.from || p.to !== r.pair.to) {
          // The defaults go into the URL, so that the link reproduces the view.
          key = JSON.stringify([r.pair.from, r.pair.to]);
          cmp = r.c;
          app.set({ from: r.pair.from, to: r.pair.to });
        }
        cmp = r.c;
        buildBar(app.params, r.pair);
        render(app.params, r.c, r.toNet, r.fromNet);
      },
      (e) => {
        message.replaceChildren(e instanceof ApiError && e.status === 404 ? h('div', { class: 'error', role: 'alert', 'data-testid': 'error' }, app.t('compare.notFound'), ' ', e.message) : errorBox(app, e));
        buildBar(p, { from: p.from ?? '', to: p.to ?? '' });
      },
    );
  }

  function render(p: Params, c: Comparison, toNet: UnitNetwork, fromNet: UnitNetwork): void {
    clear(body);
    const fromDoc = documentLabel(c.from);
    const toDoc = documentLabel(c.to);
    if ((c.from.date || '') > (c.to.date || '')) body.append(h('div', { class: 'note', 'data-testid': 'compare-reversed' }, app.t('compare.reversed')));
    if (!c.sameJurisdiction) {
      body.append(
        h('div', { class: 'note', 'data-testid': 'compare-cross' }, app.t('compare.cross', { a: c.from.jurisdiction, b: c.to.jurisdiction })),
        h('div', { class: 'corpus-grid' }, indicatorsTable(app, c), kindsTable(app, c)),
      );
      return;
    }
    const sides = compareNetworks(c, toNet, fromNet);
    const layout = unionLayout(sides.names, [...sides.from.ties, ...sides.to.ties]);
    body.append(summary(app, c));
    const fromEl = h('div', { class: 'chart' });
    const toEl = h('div', { class: 'chart' });
    body.append(
      h('div', { class: 'compare-stage' },
        h('div', { class: 'chart-wrap' }, fromEl),
        h('div', { class: 'chart-wrap' }, toEl),
      ),
      legend(app),
    );
    // Positions in the charts' pixels (both are of one size): room for the title above and the labels to the right.
    const box = { left: 24, top: 76, width: Math.max(120, fromEl.clientWidth - 24 - 130), height: Math.max(120, fromEl.clientHeight - 76 - 24) };
    const positions = fitLayout(layout, box);
    const fromChart = createChart(fromEl, 'compareFrom');
    const toChart = createChart(toEl, 'compareTo');
    charts.push(fromChart, toChart);
    showOption(fromChart, sideOption(fromDoc, c.from.title, sides, 'from', positions, box));
    showOption(toChart, sideOption(toDoc, c.to.title, sides, 'to', positions, box));
    for (const chart of [fromChart, toChart]) {
      chart.on('click', (e) => {
        const ev = e as { dataType?: string; data?: AnyRecord };
        if (ev.dataType === 'edge' && ev.data && ev.data.change !== 'same') {
          app.set({ tie: listParam([ev.data.source, ev.data.target]) }, { push: true });
          tiePanel?.scrollIntoView({ block: 'start' }); // the tasks are below the charts
        } else if (ev.dataType === 'node' && ev.data?.name) {
          app.go('trends', { jurisdiction: c.to.jurisdiction, unit: ev.data.name, ...(app.lang === 'en' ? { lang: 'en' } : {}) });
        }
      });
    }

    tieTable = h('div', { class: 'table-wrap', 'data-testid': 'compare-ties' });
    tiePanel = h('section', { class: 'tie-panel', 'data-testid': 'tie-panel', hidden: true });
    body.append(h('h2', null, app.t('compare.ties')), tieTable, tiePanel);

    const slopeEl = h('div', { class: 'chart' });
    body.append(
      h('div', { class: 'corpus-grid' },
        h('section', null, h('h2', null, app.t('compare.slope')), h('div', { class: 'chart-wrap slope' }, slopeEl)),
        h('section', null, h('h2', null, app.t('compare.indicators')), indicatorsTable(app, c), h('h2', null, app.t('compare.lineage')), lineageList(app, c)),
      ),
      h('div', { class: 'corpus-grid' },
        h('section', null, h('h2', null, app.t('compare.load')), loadTable(app, c)),
        h('section', null, h('h2', null, app.t('compare.leaders')), leadersTable(app, c), h('h2', null, app.t('compare.kinds')), kindsTable(app, c)),
      ),
    );
    slopeChart = createChart(slopeEl, 'compareSlope');
    charts.push(slopeChart);
    renderSlope(p);
    renderTie(p);
  }

  function renderSlope(p: Params): void {
    if (!cmp || !slopeChart) return;
    showOption(slopeChart, slopeOption(app, cmp, getEnum(p, 'metric', METRICS, 'bottleneck')));
  }

  function renderTie(p: Params): void {
    if (!cmp || !tieTable || !tiePanel) return;
    const c = cmp;
    const pair = getList(p, 'tie');
    const selected = pair.length === 2 ? tieKey(pair[0], pair[1]) : '';
    const ties = listedTies(c);
    clear(tieTable);
    if (ties.length === 0) tieTable.append(h('p', { class: 'muted' }, app.t('compare.noTies')));
    else {
      const t = table(
        'compare-tie-table',
        [app.t('compare.change'), app.t('compare.unitA'), app.t('compare.unitB'), String(c.from.year || documentLabel(c.from)), String(c.to.year || documentLabel(c.to))],
        ties.map((x) => [
          h('span', { class: `change ${x.change}` }, app.t(`compare.change.${x.change}` as MessageKey)),
          x.source,
          x.target,
          x.from,
          x.to,
        ]),
      );
      t.querySelectorAll('tbody tr').forEach((tr, i) => {
        const x = ties[i];
        tr.setAttribute('data-testid', 'tie-row');
        tr.setAttribute('data-change', x.change);
        tr.classList.add('clickable');
        if (tieKey(x.source, x.target) === selected) tr.classList.add('current');
        tr.addEventListener('click', () => app.set({ tie: listParam([x.source, x.target]) }, { push: true }));
      });
      tieTable.append(t);
    }
    const tie = ties.find((x) => tieKey(x.source, x.target) === selected);
    const panel = tiePanel;
    if (!tie) {
      tieLoads.cancel();
      panel.hidden = true;
      clear(panel);
      return;
    }
    panel.hidden = false;
    clear(panel);
    const fromCol = h('div', { class: 'tie-side', 'data-testid': 'tie-from' });
    const toCol = h('div', { class: 'tie-side', 'data-testid': 'tie-to' });
    panel.append(
      h('div', { class: 'panel-head' },
        h('h2', { 'data-testid': 'tie-title' }, app.t('compare.tieTitle', { a: tie.source, b: tie.target, from: tie.from, to: tie.to, fromYear: documentLabel(c.from), toYear: documentLabel(c.to) })),
        h('button', { type: 'button', class: 'close', 'data-testid': 'tie-close', 'aria-label': app.t('common.close'), onclick: () => app.set({ tie: undefined }) }, '×'),
      ),
      h('div', { class: 'tie-sides' }, fromCol, toCol),
    );
    const side = (col: HTMLElement, doc: Comparison['from'], ids: string[]) => {
      col.append(h('h3', null, app.t('compare.tieSide', { doc: documentLabel(doc), count: ids.length })));
      if (ids.length === 0) col.append(h('p', { class: 'muted', 'data-testid': 'tie-none' }, app.t('compare.tieNone')));
      else col.append(loading(app));
    };
    side(fromCol, c.from, tie.fromTasks);
    side(toCol, c.to, tie.toTasks);
    void tieLoads.run(
      () => Promise.all([tasksOf(c.from.document, tie.fromTasks), tasksOf(c.to.document, tie.toTasks)]),
      ([fromTasks, toTasks]: [TaskRecord[], TaskRecord[]]) => {
        for (const [col, tasks] of [[fromCol, fromTasks], [toCol, toTasks]] as const) {
          col.querySelector('.loading')?.remove();
          if (tasks.length) taskList(app, col, tasks);
        }
      },
      (e) => panel.append(errorBox(app, e)),
    );
  }

  update(app.params);
  return {
    update,
    destroy() {
      loads.cancel();
      tieLoads.cancel();
      disposeCharts();
    },
  };
};

function summary(app: App, c: Comparison): HTMLElement {
  return h('p', { class: 'status', 'data-testid': 'compare-summary' },
    app.t('compare.summary', {
      unitsAdded: c.units.added.length,
      unitsRemoved: c.units.removed.length,
      tiesAdded: c.ties.added.length,
      tiesRemoved: c.ties.removed.length,
      tiesChanged: c.ties.changed.length,
      events: c.units.lineage.length,
    }),
    ' ',
    app.t('compare.hint'),
  );
}

function legend(app: App): HTMLElement {
  const item = (change: keyof typeof CHANGE_COLOURS, key: MessageKey) => h('span', { class: 'legend-item' }, h('span', { class: `swatch ${change}`, style: `background:${CHANGE_COLOURS[change]}` }), app.t(key));
  return h('p', { class: 'legend', 'data-testid': 'compare-legend' },
    item('added', 'compare.change.added'), item('removed', 'compare.change.removed'), item('changed', 'compare.change.changed'), item('same', 'compare.change.same'), item('absent', 'compare.absent'),
    h('span', { class: 'muted' }, app.t('compare.namesAsOf')),
  );
}

/** The graph option of one side: every unit of the union at its layout position; the other side's units greyed. */
export function sideOption(title: string, subtitle: string, sides: ComparedNetworks, side: 'from' | 'to', layout: Map<string, Point>, box: Box): AnyRecord {
  const s = sides[side];
  const size = (n: SideNode) => (n.change === 'absent' ? 8 : 10 + Math.sqrt(n.tasks) * 5);
  const colour = (n: SideNode) => (n.change === 'added' ? CHANGE_COLOURS.added : n.change === 'removed' ? CHANGE_COLOURS.removed : n.change === 'absent' ? CHANGE_COLOURS.absent : NODE_COLOUR);
  const data = s.nodes.map((n) => ({
    id: n.name,
    name: n.name,
    x: layout.get(n.name)?.x ?? 0,
    y: layout.get(n.name)?.y ?? 0,
    value: n.tasks,
    change: n.change,
    symbolSize: size(n),
    // A unit of the other side only keeps its place as a dashed ring with a grey name.
    itemStyle: n.change === 'absent' ? { color: '#fff', borderColor: '#94a3b8', borderType: 'dashed', borderWidth: 1.5 } : { color: colour(n) },
    label: n.change === 'absent' ? { color: '#94a3b8' } : n.change === 'same' ? undefined : { color: colour(n), fontWeight: 'bold' },
    silent: n.change === 'absent',
    tooltip: n.change === 'absent' ? { show: false } : undefined,
  }));
  const links = s.ties.map((t: SideTie) => ({
    source: t.source,
    target: t.target,
    value: t.weight,
    change: t.change,
    silent: t.change === 'same',
    lineStyle: { color: CHANGE_COLOURS[t.change], width: t.change === 'same' ? 1 + t.weight : 2 + t.weight * 1.5, opacity: t.change === 'same' ? 0.7 : 0.95, curveness: 0 },
    label: t.change === 'changed' ? { show: true, formatter: `${t.from}→${t.to}`, color: CHANGE_COLOURS.changed, fontWeight: 'bold', fontSize: 13 } : { show: false },
  }));
  return enhanceAny(
    enhanceGraph({
      title: { text: title, subtext: subtitle, left: 'center', textStyle: { fontSize: 14 } },
      tooltip: {},
      animation: false,
      series: [{ type: 'graph', layout: 'none', roam: true, left: box.left, top: box.top, width: box.width, height: box.height, data, links, edgeLabel: { show: true }, emphasis: { lineStyle: { width: 5 } } }],
    }),
  );
}

function slopeOption(app: App, c: Comparison, metric: string): AnyRecord {
  const lines = slopeData(c, metric);
  const from = documentLabel(c.from);
  const to = documentLabel(c.to);
  return enhanceAny({
    title: { text: app.t('compare.slopeTitle', { metric: app.t(`compare.metric.${metric}` as MessageKey) }), subtext: lines.length ? app.t('compare.slopeHint') : app.t('compare.noRanks'), left: 'center', textStyle: { fontSize: 14 } },
    tooltip: { trigger: 'item' },
    grid: { left: 170, right: 170, top: 70, bottom: 30 },
    xAxis: { type: 'category', data: [from, to], boundaryGap: false, axisTick: { show: false } },
    yAxis: { type: 'value', inverse: true, min: 1, minInterval: 1, name: app.t('bottleneck.rank'), nameLocation: 'start' },
    animation: false,
    series: lines.map((l) => ({
      type: 'line',
      name: l.unit,
      data: [
        { value: l.from, label: { show: true, position: 'left', formatter: `${l.unit} ${l.from}` } },
        { value: l.to, label: { show: true, position: 'right', formatter: `${l.to} ${l.unit}` } },
      ],
      lineStyle: { color: l.direction === 'up' ? CHANGE_COLOURS.removed : '#2563eb', width: 2 },
      itemStyle: { color: l.direction === 'up' ? CHANGE_COLOURS.removed : '#2563eb' },
      labelLayout: { hideOverlap: true },
    })),
  });
}

function indicatorsTable(app: App, c: Comparison): HTMLElement {
  const f = c.indicators.from as unknown as Record<string, number>;
  const t = c.indicators.to as unknown as Record<string, number>;
  return table(
    'compare-indicators',
    [app.t('compare.indicator'), documentLabel(c.from), documentLabel(c.to), 'Δ'],
    INDICATORS.map((k) => [app.t(`indicator.${k}` as MessageKey), fmt(f[k]), fmt(t[k]), delta(t[k] - f[k])]),
  );
}

function delta(d: number): string {
  if (d === 0) return '0';
  return `${d > 0 ? '+' : ''}${fmt(Number(d.toFixed(3)))}`;
}

function kindsTable(app: App, c: Comparison): HTMLElement {
  return table('compare-kinds', [app.t('common.kind'), documentLabel(c.from), documentLabel(c.to)], c.kinds.map((k) => [kindLabel(app.lang, k.kind), k.from, k.to]));
}

function lineageList(app: App, c: Comparison): HTMLElement {
  if (c.units.lineage.length === 0) return h('p', { class: 'muted', 'data-testid': 'compare-lineage' }, app.t('compare.noLineage'));
  return h('ul', { class: 'lineage', 'data-testid': 'compare-lineage' },
    c.units.lineage.map((e) =>
      h('li', { 'data-event': e.event },
        h('span', { class: 'muted' }, e.date), ' ',
        h('strong', null, app.t(`lineage.${e.event}` as MessageKey)), ' ',
        e.from.length ? e.from.join('、') : '—', ' → ', e.to.length ? e.to.join('、') : '—',
      ),
    ),
  );
}

function loadTable(app: App, c: Comparison): HTMLElement {
  const rows: (string | number)[][] = [
    ...c.load.map((l) => [l.unit, l.from, l.to, delta(l.to - l.from)]),
    ...c.units.added.map((u) => [u, '—', app.t('compare.change.added'), '']),
    ...c.units.removed.map((u) => [u, app.t('compare.change.removed'), '—', '']),
  ];
  if (rows.length === 0) return h('p', { class: 'muted' }, app.t('compare.noLoad'));
  return table('compare-load', [app.t('filter.unit'), documentLabel(c.from), documentLabel(c.to), 'Δ'], rows);
}

function leadersTable(app: App, c: Comparison): HTMLElement {
  const rows: (string | number)[][] = [
    ...c.leaders.changed.map((l) => [l.leader, l.from, l.to]),
    ...c.leaders.added.map((l) => [l, '—', app.t('compare.change.added')]),
    ...c.leaders.removed.map((l) => [l, app.t('compare.change.removed'), '—']),
  ];
  if (rows.length === 0) return h('p', { class: 'muted' }, app.t('compare.noLeaders'));
  return table('compare-leaders', [app.t('filter.leader'), documentLabel(c.from), documentLabel(c.to)], rows);
}

// 趋势: a jurisdiction over its documents. Its network indicators per year
// (line charts and a table), and one unit's load and metrics per year,
// followed through the lineage (a merged unit's earlier points are its
// predecessors', named in the table).

import type { ECharts } from 'echarts';
import { ApiError, get } from '../api';
import { errorBox, Latest, type App, type View, type ViewFactory } from '../app';
import { createChart, enhanceAny, showOption } from '../charts';
import { alignSeries, byJurisdiction, defaultJurisdiction, defaultUnit, documentLabel, unitsByLoad } from '../corpus';
import { clear, h, select, table } from '../dom';
import { kindLabel, type MessageKey } from '../i18n';
import type { Params } from '../state';
import type { DocumentInfo, Trends } from '../types';
import { loading, toolbar } from './common';
import { emptyState, panelLink } from './corpusparts';

type AnyRecord = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const COUNTS = ['tasks', 'units', 'ties', 'communities', 'components'] as const;
const RATIOS = ['density', 'centralization', 'modularity'] as const;
const fmt = (v: number | null | undefined) => (v === null || v === undefined ? '—' : Number.isInteger(v) ? String(v) : v.toFixed(3));

export const trendsView: ViewFactory = (root, app): View => {
  const bar = h('div', { class: 'filters', 'data-testid': 'trends-filters' });
  const message = h('div', { class: 'message', 'data-testid': 'trends-message' });
  const body = h('div', { class: 'corpus-body', 'data-testid': 'trends-body' });
  root.append(bar, message, body);
  const loads = new Latest();
  const charts: ECharts[] = [];
  let docs: DocumentInfo[] = [];
  let trends: Trends | undefined;
  let key = '';
  let unitSection: HTMLElement | undefined;
  let unitChart: ECharts | undefined;

  function disposeCharts(): void {
    for (const c of charts.splice(0)) c.dispose();
    unitChart = undefined;
  }

  function buildBar(p: Params, jurisdiction: string): void {
    clear(bar);
    const groups = byJurisdiction(docs);
    bar.append(
      select(app.t('trends.jurisdiction'), 'trends-jurisdiction', [...groups].map(([j, list]) => ({ value: j, label: app.t('trends.jurisdictionOption', { name: j || '—', count: list.length }) })), jurisdiction, (v) => app.set({ jurisdiction: v, unit: undefined }, { push: true })),
    );
    if (trends) {
      const units = unitsByLoad(trends);
      bar.append(
        select(app.t('filter.unit'), 'trends-unit', units.map((u) => ({ value: u.unit, label: app.t('trends.unitOption', { name: u.unit, count: u.series.length }) })), p.unit ?? defaultUnit(trends) ?? '', (v) => app.set({ unit: v }, { push: true })),
      );
    }
    bar.append(
      panelLink(app),
      toolbar(app, {
        name: 'trends',
        parts: [jurisdiction],
        csv: () =>
          trends && {
            header: ['unit', 'kind', 'year', 'document', 'names', 'tasks', 'leadTasks', 'betweenness', 'constraint', 'bottleneck', 'rank'],
            rows: trends.units.flatMap((u) => u.series.map((s) => [u.unit, u.kind, s.year, s.document, s.names.join('、'), s.tasks, s.leadTasks, s.betweenness, s.constraint, s.bottleneck, s.rank])),
          },
      }),
    );
  }

  function update(p: Params): void {
    const next = p.jurisdiction ?? '';
    if (next === key && trends) {
      buildBar(p, trends.jurisdiction);
      renderUnit(p);
      return;
    }
    key = next;
    trends = undefined;
    unitSection = undefined;
    disposeCharts();
    clear(body);
    message.replaceChildren(loading(app));
    void loads.run(
      async () => {
        docs = await get<DocumentInfo[]>('/documents');
        const jurisdiction = p.jurisdiction ?? defaultJurisdiction(docs);
        if (jurisdiction === undefined) return undefined;
        return { jurisdiction, t: await get<Trends>('/trends', { jurisdiction }) };
      },
      (r) => {
        message.replaceChildren();
        if (!r) {
          clear(bar);
          body.append(emptyState(app, 'trends.empty', docs.length));
          return;
        }
        trends = r.t;
        if (p.jurisdiction !== r.jurisdiction) {
          key = r.jurisdiction;
          app.set({ jurisdiction: r.jurisdiction });
        }
        buildBar(app.params, r.jurisdiction);
        render(app.params, r.t);
      },
      (e) => {
        message.replaceChildren(e instanceof ApiError && e.status === 404 ? h('div', { class: 'error', role: 'alert', 'data-testid': 'error' }, app.t('trends.notFound', { name: p.jurisdiction ?? '' })) : errorBox(app, e));
        buildBar(p, p.jurisdiction ?? '');
      },
    );
  }

  function render(p: Params, t: Trends): void {
    clear(body);
    if (t.documents.length < 2) body.append(h('div', { class: 'note', 'data-testid': 'trends-single' }, app.t('trends.single', { name: t.jurisdiction })));
    const countsEl = h('div', { class: 'chart' });
    const ratiosEl = h('div', { class: 'chart' });
    body.append(
      h('h2', null, app.t('trends.indicators', { name: t.jurisdiction })),
      h('div', { class: 'compare-stage short' }, h('div', { class: 'chart-wrap' }, countsEl), h('div', { class: 'chart-wrap' }, ratiosEl)),
      indicatorsTable(app, t),
    );
    const counts = createChart(countsEl, 'trendsCounts');
    const ratios = createChart(ratiosEl, 'trendsRatios');
    charts.push(counts, ratios);
    showOption(counts, indicatorOption(app, t, COUNTS, app.t('trends.counts')));
    showOption(ratios, indicatorOption(app, t, RATIOS, app.t('trends.ratios')));
    unitSection = h('section', { 'data-testid': 'trends-unit-section' });
    body.append(unitSection);
    renderUnit(p);
  }

  function renderUnit(p: Params): void {
    if (!trends || !unitSection) return;
    const t = trends;
    const name = p.unit ?? defaultUnit(t);
    const line = t.units.find((u) => u.unit === name);
    unitChart?.dispose();
    unitChart = undefined;
    clear(unitSection);
    if (!line) {
      unitSection.append(h('p', { class: 'muted', 'data-testid': 'trends-no-unit' }, name ? app.t('trends.noUnit', { name }) : app.t('common.noData')));
      return;
    }
    const el = h('div', { class: 'chart' });
    unitSection.append(
      h('h2', { 'data-testid': 'trends-unit-title' }, app.t('trends.unitTitle', { name: line.unit, jurisdiction: t.jurisdiction, kind: kindLabel(app.lang, line.kind) })),
      h('p', { class: 'muted' }, app.t('trends.asOf', { date: t.asOf })),
      h('div', { class: 'chart-wrap trend-unit' }, el),
      table(
        'trends-unit-table',
        [app.t('trends.document'), app.t('trends.names'), app.t('bottleneck.load'), app.t('trends.leadTasks'), app.t('bottleneck.betweenness'), app.t('bottleneck.constraint'), app.t('bottleneck.score'), app.t('bottleneck.rank')],
        line.series.map((s) => {
          const d = t.documents.find((x) => x.document === s.document);
          return [d ? documentLabel(d) : String(s.year), s.names.join('、'), s.tasks, s.leadTasks, fmt(s.betweenness), fmt(s.constraint), fmt(s.bottleneck), s.rank];
        }),
      ),
    );
    unitChart = createChart(el, 'trendsUnit');
    charts.push(unitChart);
    showOption(unitChart, unitOption(app, t, line));
  }

  update(app.params);
  return {
    update,
    destroy() {
      loads.cancel();
      disposeCharts();
    },
  };
};

const years = (t: Trends) => t.documents.map((d) => documentLabel({ year: d.year, date: d.date }));

function indicatorOption(app: App, t: Trends, keys: readonly string[], title: string): AnyRecord {
  return enhanceAny({
    title: { text: title, left: 'center', textStyle: { fontSize: 14 } },
    tooltip: { trigger: 'axis' },
    legend: { bottom: 0 },
    grid: { left: 50, right: 24, top: 56, bottom: 50 },
    xAxis: { type: 'category', data: years(t), boundaryGap: false },
    yAxis: { type: 'value', min: keys.includes('density') ? 0 : undefined },
    animation: false,
    series: keys.map((k) => ({
      type: 'line',
      name: app.t(`indicator.${k}` as MessageKey),
      data: t.documents.map((d) => (d.indicators as unknown as Record<string, number>)[k]),
      symbolSize: 8,
      label: { show: true, formatter: (x: { value: number }) => fmt(x.value), fontSize: 11 },
    })),
  });
}

function unitOption(app: App, t: Trends, line: Trends['units'][number]): AnyRecord {
  const at = (f: (p: Trends['units'][number]['series'][number]) => number) => alignSeries(t, line, f);
  return enhanceAny({
    title: { text: line.unit, left: 'center', textStyle: { fontSize: 14 } },
    tooltip: { trigger: 'axis' },
    legend: { bottom: 0 },
    grid: [
      { left: 60, right: 60, top: 40, height: '32%' },
      { left: 60, right: 60, top: '58%', bottom: 60 },
    ],
    xAxis: [
      { type: 'category', data: years(t), gridIndex: 0 },
      { type: 'category', data: years(t), gridIndex: 1 },
    ],
    yAxis: [
      { type: 'value', name: app.t('bottleneck.load'), gridIndex: 0, minInterval: 1 },
      { type: 'value', name: app.t('bottleneck.rank'), gridIndex: 0, inverse: true, min: 1, minInterval: 1, position: 'right' },
      { type: 'value', gridIndex: 1, min: 0 },
    ],
    animation: false,
    series: [
      { type: 'bar', name: app.t('bottleneck.load'), xAxisIndex: 0, yAxisIndex: 0, data: at((p) => p.tasks), label: { show: true, position: 'top' }, itemStyle: { color: '#64748b' } },
      { type: 'bar', name: app.t('trends.leadTasks'), xAxisIndex: 0, yAxisIndex: 0, data: at((p) => p.leadTasks), label: { show: true, position: 'top' }, itemStyle: { color: '#93c5fd' } },
      { type: 'line', name: app.t('bottleneck.rank'), xAxisIndex: 0, yAxisIndex: 1, data: at((p) => p.rank), connectNulls: false, itemStyle: { color: '#b91c1c' }, label: { show: true, formatter: '#{c}' } },
      { type: 'line', name: app.t('bottleneck.score'), xAxisIndex: 1, yAxisIndex: 2, data: at((p) => p.bottleneck), itemStyle: { color: '#d97706' } },
      { type: 'line', name: app.t('bottleneck.betweenness'), xAxisIndex: 1, yAxisIndex: 2, data: at((p) => p.betweenness), itemStyle: { color: '#7c3aed' } },
      { type: 'line', name: app.t('bottleneck.constraint'), xAxisIndex: 1, yAxisIndex: 2, data: at((p) => p.constraint), itemStyle: { color: '#0891b2' } },
    ],
  });
}

function indicatorsTable(app: App, t: Trends): HTMLElement {
  const keys = [...COUNTS, ...RATIOS];
  return table(
    'trends-indicators',
    [app.t('trends.document'), ...keys.map((k) => app.t(`indicator.${k}` as MessageKey))],
    t.documents.map((d) => [documentLabel(d), ...keys.map((k) => fmt((d.indicators as unknown as Record<string, number>)[k]))]),
  );
}

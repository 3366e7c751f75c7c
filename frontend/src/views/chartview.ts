// A view that shows one server-built chart (/charts/{view}) under filters:
// 协同矩阵, 责任流 and 结构 are this with different filters.

import type { ECharts } from 'echarts';
import { api } from '../api';
import { checkScope, emptyState, errorBox, Latest, resetView, type App, type View, type ViewFactory } from '../app';
import { createChart, showOption } from '../charts';
import { optionHasData, optionTable } from '../optiontable';
import { clear, h, select } from '../dom';
import type { MessageKey } from '../i18n';
import type { Params } from '../state';
import { tableSummary } from '../focus';
import { filterBar, loading, standardFilters, toolbar, type FilterKey } from './common';
import { dataTable, syncToggle, tableToggle } from './datatable';

type AnyRecord = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

export interface ChartViewSpec {
  /** Name of the chart in window.__govgraph.charts and of exported files. */
  name: string;
  /** The {view} of /charts/{view}. */
  chart: string;
  filters: FilterKey[];
  hint: MessageKey;
  /** The chart shows one document: without one chosen, the first is put in the URL. */
  oneDocument?: boolean;
  /** A `top` control (the chart route's top parameter): its label, choices and the server's default. */
  top?: { label: MessageKey; choices: number[]; default: number };
  /** A control of the view's own, kept in the filter bar. */
  control?: HTMLElement;
  /** Extra wiring, e.g. click handlers; may return a function run on every load. */
  wire?: (chart: ECharts, app: App, side: HTMLElement, control: (el: HTMLElement) => void) => ((p: Params, option: AnyRecord) => void) | void;
}

export function chartView(spec: ChartViewSpec): ViewFactory {
  return (root, app): View => {
    const bar = filterBar(`${spec.name}-filters`);
    const message = h('div', { class: 'message' });
    const chartEl = h('div', { class: 'chart', role: 'img' });
    const side = h('div', { class: 'side-slot' });
    const wrap = h('div', { class: 'chart-wrap' }, chartEl);
    const tableEl = h('div', { class: 'table-wrap', hidden: true });
    root.append(bar, message, h('div', { class: 'stage' }, wrap, tableEl, side), h('div', { class: 'status' }, app.t(spec.hint)));
    const chart = createChart(chartEl, spec.name);
    const onLoad = spec.wire?.(chart, app, side, (el) => (spec.control = el));
    let option: AnyRecord = {};
    let key = '';
    const loads = new Latest();
    const title = () => app.t(`nav.${spec.name}` as MessageKey);

    /** The aria-label summary and, with table=1, the table of the option in place of the chart. */
    function describe(p: Params): void {
      const data = optionTable(option);
      chartEl.setAttribute('aria-label', tableSummary(title(), data.rows, app.t('table.rows'), app.t('table.first')));
      const on = p.table === '1';
      tableEl.hidden = !on;
      wrap.hidden = on;
      tableEl.replaceChildren(...(on ? [dataTable(title(), data)] : []));
      if (!on) chart.resize();
      syncToggle(bar.querySelector('[data-testid=table-toggle]'), app);
    }

    function update(p: Params): void {
      if (spec.oneDocument && !p.document) {
        void api.documents().then(
          (docs) => {
            if (!docs[0]) message.replaceChildren(h('p', { class: 'muted' }, app.t('common.noData')));
            else if (!app.params.document) app.set({ document: docs[0].id });
          },
          (e: unknown) => message.replaceChildren(errorBox(app, e)),
        );
        return;
      }
      const q: Record<string, string | undefined> = {};
      for (const k of spec.filters) q[k] = p[k];
      const filters = { ...q }; // what selects the data (for /export and the empty state); top only trims the picture
      if (spec.top) q.top = p.top;
      const next = JSON.stringify(q);
      if (next === key) {
        describe(p);
        onLoad?.(p, option);
        return;
      }
      key = next;
      clear(bar);
      void standardFilters(app, bar, spec.filters).then(() => {
        const top = spec.top;
        if (top) {
          const choices = [...new Set([...top.choices, top.default])].sort((a, b) => a - b);
          bar.append(
            select(app.t(top.label), 'filter-top', choices.map((n) => ({ value: String(n), label: String(n) })), p.top ?? String(top.default), (v) =>
              app.set({ top: v === String(top.default) ? undefined : v }, { push: true }),
            ),
          );
        }
        if (spec.control) bar.append(spec.control);
        bar.append(
          tableToggle(app),
          toolbar(app, {
            name: spec.name,
            parts: spec.filters.map((k) => p[k]),
            chart: () => chart,
            csv: () => optionTable(option),
            exportQuery: spec.chart === 'matrix' ? filters : undefined,
          }),
        );
      });
      message.replaceChildren(loading(app));
      void loads.run(
        async () => {
          await checkScope(app, p);
          return api.chart(spec.chart, { ...q, lang: app.lang });
        },
        (opt) => {
          message.replaceChildren();
          option = structuredClone(opt) as AnyRecord; // finished by the server
          if (!optionHasData(option)) {
            chart.clear();
            message.replaceChildren(emptyState(app, filters, () => resetView(app)));
            return;
          }
          showOption(chart, option);
          describe(app.params);
          onLoad?.(p, option);
        },
        (e) => {
          option = {};
          chart.clear(); // nothing stale under the error
          message.replaceChildren(errorBox(app, e, () => resetView(app)));
        },
      );
    }

    update(app.params);
    return {
      update,
      destroy() {
        loads.cancel();
        chart.dispose();
      },
    };
  };
}

// 协同矩阵, 责任流 and 结构: server charts with filters; the matrix adds a
// panel of the tasks behind a clicked cell.

import { api } from '../api';
import { errorBox, Latest } from '../app';
import { findLink } from '../filters';
import { h } from '../dom';
import { getList, listParam } from '../state';
import { chartView } from './chartview';
import { scopeQuery, SidePanel, taskList } from './common';

type AnyRecord = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

export const matrixView = chartView({
  name: 'matrix',
  chart: 'matrix',
  filters: ['jurisdiction', 'year', 'document', 'section', 'leader', 'role'],
  hint: 'matrix.hint',
  top: { label: 'matrix.top', choices: [20, 40, 80, 160, 5000], default: 40 },
  // A click on a cell lists the tasks the two units share; the unit picker outlines a unit's row and column.
  wire(chart, app, side, control) {
    const list = h('datalist', { id: 'matrix-units' });
    const input = h('input', { type: 'search', list: 'matrix-units', 'data-testid': 'matrix-unit', value: app.params.unit ?? '' });
    input.addEventListener('change', () => app.set({ unit: input.value || undefined }, { push: true }));
    control(h('label', { class: 'field' }, h('span', null, app.t('matrix.unit')), input, list));
    /** Outlines the row and column of unit (an axis name), or none. */
    const highlight = (option: AnyRecord, unit: string | undefined) => {
      const axis: string[] = [option.xAxis].flat()[0]?.data ?? [];
      const cells: AnyRecord[] = [option.series].flat()[0]?.data ?? [];
      list.replaceChildren(...axis.map((name) => h('option', { value: name })));
      chart.dispatchAction({ type: 'downplay', seriesIndex: 0 });
      const i = unit ? axis.indexOf(unit) : -1;
      if (i < 0) return;
      const dataIndex = cells.flatMap((c, k) => (c.value[0] === i || c.value[1] === i ? [k] : []));
      chart.dispatchAction({ type: 'highlight', seriesIndex: 0, dataIndex });
    };
    const panel = new SidePanel(app, () => app.set({ link: undefined }));
    side.append(panel.el);
    const loads = new Latest();
    chart.on('click', (e) => {
      const ev = e as { data?: unknown; value?: unknown };
      const v = (Array.isArray(ev.value) ? ev.value : Array.isArray(ev.data) ? ev.data : (ev.data as AnyRecord | undefined)?.value) as unknown[] | undefined;
      if (!Array.isArray(v)) return;
      const opt = chart.getOption() as AnyRecord;
      const xs: string[] = opt.xAxis?.[0]?.data ?? [];
      const ys: string[] = opt.yAxis?.[0]?.data ?? [];
      const a = typeof v[0] === 'number' ? xs[v[0]] : String(v[0]);
      const b = typeof v[1] === 'number' ? ys[v[1]] : String(v[1]);
      if (a && b && a !== b) app.set({ link: listParam([a, b]) }, { push: true });
    });
    return (p, option) => {
      input.value = p.unit ?? '';
      highlight(option, p.unit);
      const pair = getList(p, 'link');
      if (pair.length !== 2) return panel.close();
      const body = panel.open(app.t('panel.sharedTasks', { a: pair[0], b: pair[1], count: '…' }));
      void loads.run(
        async () => {
          const net = await api.network({ ...scopeQuery(p), document: p.document, section: p.section, leader: p.leader, role: p.role });
          const byName = (name: string) => net.nodes.find((n) => n.name === name || n.id === name);
          const na = byName(pair[0]);
          const nb = byName(pair[1]);
          const link = na && nb ? findLink(net.links, na.id, nb.id) : undefined;
          if (!na || !link) return [];
          const unit = await api.unit(na.name, na.jurisdiction ? { jurisdiction: na.jurisdiction } : {});
          const wanted = new Set(link.tasks);
          return (unit.taskList ?? []).filter((t) => wanted.has(t.id));
        },
        (tasks) => {
          panel.open(app.t('panel.sharedTasks', { a: pair[0], b: pair[1], count: tasks.length }));
          taskList(app, body, tasks);
        },
        (e) => body.replaceChildren(errorBox(app, e)),
      );
    };
  },
});

export const sankeyView = chartView({
  name: 'sankey',
  chart: 'sankey',
  filters: ['jurisdiction', 'year', 'document', 'section', 'leader'],
  hint: 'sankey.hint',
  top: { label: 'sankey.top', choices: [30, 60, 120, 5000], default: 60 },
});

export const structureView = chartView({
  name: 'structure',
  chart: 'structure',
  filters: ['document'],
  hint: 'structure.hint',
  oneDocument: true,
});

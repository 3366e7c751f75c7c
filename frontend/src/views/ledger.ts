// 任务台账: the tasks as a sortable, filterable table linking to the source.

import { api } from '../api';
import { errorBox, Latest, type View, type ViewFactory } from '../app';
import { clear, h } from '../dom';
import { filterTasks, ledgerCell, LEDGER_COLUMNS, sortTasks, type LedgerColumn } from '../filters';
import type { MessageKey } from '../i18n';
import { getEnum, type Params } from '../state';
import type { TaskRecord } from '../types';
import { filterBar, loading, SidePanel, standardFilters, taskCard, textFilter, toolbar } from './common';

const PAGE = 1000;

export const ledgerView: ViewFactory = (root, app): View => {
  const bar = filterBar('ledger-filters');
  const bar2 = filterBar('ledger-filters-2');
  const message = h('div', { class: 'message' });
  const count = h('div', { class: 'status', 'data-testid': 'ledger-count' });
  const tableEl = h('div', { class: 'table-wrap' });
  const panel = new SidePanel(app, () => app.set({ task: undefined }));
  root.append(bar, bar2, message, count, h('div', { class: 'stage' }, tableEl, panel.el));
  const loads = new Latest();
  let tasks: TaskRecord[] = [];
  let total = 0;
  let serverKey = '';
  let shown: TaskRecord[] = [];

  const sortOf = (p: Params) => getEnum(p, 'sort', LEDGER_COLUMNS, 'index');
  const dirOf = (p: Params) => getEnum(p, 'dir', ['asc', 'desc'] as const, 'asc');

  function columns(): LedgerColumn[] {
    const multiDoc = new Set(tasks.map((t) => t.document)).size > 1;
    return LEDGER_COLUMNS.filter((c) => c !== 'document' || multiDoc);
  }

  function render(p: Params): void {
    shown = sortTasks(filterTasks(tasks, { deadline: p.deadline, project: p.project, hasTargets: p.targets === '1' }), sortOf(p), dirOf(p));
    count.textContent = app.t('common.showing', { shown: shown.length, total }) + (total > tasks.length ? ` — ${app.t('ledger.truncated', { limit: PAGE })}` : '');
    clear(tableEl);
    const cols = columns();
    const sort = sortOf(p);
    const dir = dirOf(p);
    const head = h('tr', null, cols.map((c) =>
      h('th', {
        class: 'sortable',
        'data-testid': `sort-${c}`,
        'aria-sort': c === sort ? (dir === 'asc' ? 'ascending' : 'descending') : undefined,
        onclick: () => app.set({ sort: c === 'index' ? undefined : c, dir: c === sort && dir === 'asc' ? 'desc' : undefined }),
      }, app.t(`ledger.col.${c}` as MessageKey), c === sort ? (dir === 'asc' ? ' ▴' : ' ▾') : ''),
    ), h('th', null, app.t('common.source')));
    const body = h('tbody');
    for (const t of shown) {
      body.append(
        h('tr', { 'data-task': t.id, class: t.id === p.task ? 'current' : undefined },
          cols.map((c) => h('td', { class: `col-${c}` }, c === 'index' ? t.index + 1 : String(ledgerCell(t, c)))),
          h('td', null, h('button', { type: 'button', class: 'link', 'data-testid': 'open-source', onclick: () => app.set({ task: t.id }, { push: true }) }, app.t('common.source'))),
        ),
      );
    }
    tableEl.append(h('table', { class: 'data ledger', 'data-testid': 'ledger-table' }, h('thead', null, head), body));
    showTask(p);
  }

  function showTask(p: Params): void {
    const t = p.task ? tasks.find((x) => x.id === p.task) : undefined;
    if (!t) return panel.close();
    panel.open(`${app.t('ledger.col.text')} #${t.index + 1}`).append(taskCard(app, t));
  }

  function buildBars(p: Params): void {
    clear(bar);
    clear(bar2);
    void standardFilters(app, bar, ['document', 'section', 'leader']).then(async () => {
      const units = await api.units(p.document ? { document: p.document } : {}).catch(() => []);
      const list = h('datalist', { id: 'ledger-units' }, units.map((u) => h('option', { value: u.name })));
      const unit = textFilter(app, 'unit', app.t('filter.unit'), 'filter-unit');
      unit.querySelector('input')?.setAttribute('list', 'ledger-units');
      bar.append(unit, list, textFilter(app, 'q', app.t('filter.query'), 'filter-q'));
    });
    const targets = h('input', { type: 'checkbox', 'data-testid': 'filter-targets', checked: p.targets === '1' });
    targets.addEventListener('change', () => app.set({ targets: targets.checked }));
    bar2.append(
      textFilter(app, 'deadline', app.t('filter.deadline'), 'filter-deadline'),
      textFilter(app, 'project', app.t('filter.project'), 'filter-project'),
      h('label', { class: 'field check' }, targets, h('span', null, app.t('ledger.hasTargets'))),
      toolbar(app, {
        name: 'ledger',
        parts: [p.leader, p.unit, p.q],
        csv: () => {
          const cols = [...columns(), 'document' as const].filter((c, i, a) => a.indexOf(c) === i);
          return { header: [...cols.map((c) => app.t(`ledger.col.${c}` as MessageKey)), 'id', 'line'], rows: shown.map((t) => [...cols.map((c) => (c === 'index' ? t.index + 1 : ledgerCell(t, c))), t.id, t.line]) };
        },
      }),
    );
  }

  function update(p: Params): void {
    const q = { document: p.document, section: p.section, leader: p.leader, unit: p.unit, q: p.q, limit: PAGE };
    const key = JSON.stringify(q);
    if (key === serverKey) return render(p);
    const first = serverKey === '';
    serverKey = key;
    // Text inputs keep focus while typing: rebuild the bars only for select changes.
    if (first || !document.activeElement?.matches('input[type=search]')) buildBars(p);
    message.replaceChildren(loading(app));
    void loads.run(
      () => api.tasks(q),
      (page) => {
        message.replaceChildren();
        tasks = page.tasks ?? [];
        total = page.total;
        render(p);
      },
      (e) => message.replaceChildren(errorBox(app, e)),
    );
  }

  update(app.params);
  return {
    update,
    destroy() {
      loads.cancel();
    },
  };
};

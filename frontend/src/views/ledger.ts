// 任务台账: the tasks as a sortable, filterable table linking to the source.
// The unit filter matches names loosely (substring, then characters in
// order) and takes in the tasks of the collectives that contain a matched
// unit (各街道办事处 for a street office), marked as such.

import { api } from '../api';
import { checkScope, emptyState, errorBox, Latest, resetView, type View, type ViewFactory } from '../app';
import { clear, h } from '../dom';
import { collectivesOf, filterTasks, ledgerCell, LEDGER_COLUMNS, matchUnits, sortTasks, type LedgerColumn } from '../filters';
import type { MessageKey } from '../i18n';
import { getEnum, type Params } from '../state';
import type { TaskRecord, UnitInfo } from '../types';
import { filterBar, loading, scopeQuery, SidePanel, standardFilters, taskCard, taskExtras, textFilter, toolbar } from './common';

const PAGE = 1000;
/** At most this many matched units are asked for; more asks for a closer name. */
export const MAX_MATCHED_UNITS = 20;

/** Column widths (the table has a fixed layout: widths do not jump with the rows shown). */
const WIDTHS: Record<LedgerColumn | 'source', string> = {
  index: '4em', text: '34%', leaders: '7em', leadUnits: '12%', units: '16%', section: '10%', deadline: '7em', projects: '9%', targets: '9%', document: '8em', source: '4.5em',
};

interface Loaded {
  tasks: TaskRecord[];
  total: number;
  /** Units the unit filter matched, and those left out beyond MAX_MATCHED_UNITS. */
  matched: UnitInfo[];
  moreMatched: number;
  /** Tasks that are in the ledger through a collective only: task id → the collectives. */
  via: Map<string, string[]>;
}

export const ledgerView: ViewFactory = (root, app): View => {
  const bar = filterBar('ledger-filters');
  const bar2 = filterBar('ledger-filters-2');
  const matches = h('div', { class: 'status', 'data-testid': 'unit-matches' });
  const message = h('div', { class: 'message' });
  const count = h('div', { class: 'status', 'data-testid': 'ledger-count' });
  const tableEl = h('div', { class: 'table-wrap' });
  const panel = new SidePanel(app, () => app.set({ task: undefined }));
  root.append(bar, bar2, matches, message, count, h('div', { class: 'stage' }, tableEl, panel.el));
  const loads = new Latest();
  let data: Loaded = { tasks: [], total: 0, matched: [], moreMatched: 0, via: new Map() };
  let serverKey = '';
  let shown: TaskRecord[] = [];
  const deadlines = h('datalist', { id: 'ledger-deadlines' });

  const sortOf = (p: Params) => getEnum(p, 'sort', LEDGER_COLUMNS, 'index');
  const dirOf = (p: Params) => getEnum(p, 'dir', ['asc', 'desc'] as const, 'asc');
  const browserFilters = (p: Params) => ({ deadline: p.deadline, project: p.project, targets: p.targets });

  function columns(): LedgerColumn[] {
    const multiDoc = new Set(data.tasks.map((t) => t.document)).size > 1;
    return LEDGER_COLUMNS.filter((c) => c !== 'document' || multiDoc);
  }

  function render(p: Params): void {
    shown = sortTasks(filterTasks(data.tasks, { deadline: p.deadline, project: p.project, hasTargets: p.targets === '1' }), sortOf(p), dirOf(p));
    count.textContent = app.t('common.showing', { shown: shown.length, total: data.total }) + (data.total > data.tasks.length ? ` — ${app.t('ledger.truncated', { limit: PAGE })}` : '');
    clear(tableEl);
    // The distinct deadlines of the loaded tasks, for the deadline filter.
    const byDeadline = new Map<string, number>();
    for (const t of data.tasks) byDeadline.set(t.deadline, (byDeadline.get(t.deadline) ?? 0) + 1);
    deadlines.replaceChildren(...[...byDeadline].filter(([d]) => d).sort((a, b) => b[1] - a[1]).map(([d, n]) => h('option', { value: d }, `${d} (${n})`)));
    if (!shown.length) {
      tableEl.append(emptyState(app, { document: p.document, section: p.section, leader: p.leader, unit: p.unit, q: p.q, ...browserFilters(p) }, () => resetView(app)));
      return panel.close();
    }
    const cols = columns();
    const sort = sortOf(p);
    const dir = dirOf(p);
    const colgroup = h('colgroup', null, [...cols, 'source' as const].map((c) => h('col', { class: `col-${c}`, style: `width:${WIDTHS[c]}` })));
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
      const via = data.via.get(t.id);
      body.append(
        h('tr', { 'data-task': t.id, class: [t.id === p.task ? 'current' : '', via ? 'via' : ''].filter(Boolean).join(' ') || undefined },
          cols.map((c) => h('td', { class: `col-${c}` }, c === 'index' ? t.index + 1 : String(ledgerCell(t, c)),
            c === 'text' ? taskExtras(app, t, true) : null,
            c === 'units' && via ? h('span', { class: 'chip via', 'data-testid': 'via-collective', title: app.t('ledger.viaHint') }, app.t('ledger.via', { names: via.join('、') })) : null)),
          h('td', null, h('button', { type: 'button', class: 'link', 'data-testid': 'open-source', onclick: () => app.set({ task: t.id }, { push: true }) }, app.t('common.source'))),
        ),
      );
    }
    tableEl.append(h('table', { class: 'data ledger', 'data-testid': 'ledger-table' }, colgroup, h('thead', null, head), body));
    showTask(p);
  }

  function showTask(p: Params): void {
    const t = p.task ? data.tasks.find((x) => x.id === p.task) : undefined;
    if (!t) return panel.close();
    panel.open(`${app.t('ledger.col.text')} #${t.index + 1}`).append(taskCard(app, t));
  }

  function buildBars(p: Params): void {
    clear(bar);
    clear(bar2);
    void standardFilters(app, bar, ['jurisdiction', 'year', 'document', 'section', 'leader']).then(async () => {
      const units = await api.units(p.document ? { document: p.document } : {}).catch(() => []);
      const list = h('datalist', { id: 'ledger-units' }, units.map((u) => h('option', { value: u.name })));
      const unit = textFilter(app, 'unit', app.t('filter.unit'), 'filter-unit');
      unit.querySelector('input')?.setAttribute('list', 'ledger-units');
      unit.querySelector('input')?.setAttribute('placeholder', app.t('ledger.unitPlaceholder'));
      bar.append(unit, list, textFilter(app, 'q', app.t('filter.query'), 'filter-q'));
    });
    const targets = h('input', { type: 'checkbox', 'data-testid': 'filter-targets', checked: p.targets === '1' });
    targets.addEventListener('change', () => app.set({ targets: targets.checked }));
    const deadline = textFilter(app, 'deadline', app.t('filter.deadline'), 'filter-deadline');
    deadline.querySelector('input')?.setAttribute('list', 'ledger-deadlines');
    bar2.append(
      deadline,
      deadlines,
      textFilter(app, 'project', app.t('filter.project'), 'filter-project'),
      h('label', { class: 'field check' }, targets, h('span', null, app.t('ledger.hasTargets'))),
      toolbar(app, {
        name: 'ledger',
        parts: [p.leader, p.unit, p.q],
        csv: () => {
          const cols = [...columns(), 'document' as const].filter((c, i, a) => a.indexOf(c) === i);
          return {
            header: [...cols.map((c) => app.t(`ledger.col.${c}` as MessageKey)), app.t('task.measures'), app.t('task.notes'), app.t('ledger.viaColumn'), 'id', 'line'],
            rows: shown.map((t) => [...cols.map((c) => (c === 'index' ? t.index + 1 : ledgerCell(t, c))), (t.measures ?? []).join('；'), (t.notes ?? []).join(' '), (data.via.get(t.id) ?? []).join('、'), t.id, t.line]),
          };
        },
      }),
    );
  }

  /** The tasks for the server's filters; with a unit filter, those of every matched unit and of the collectives containing them. */
  async function loadTasks(p: Params): Promise<Loaded> {
    await checkScope(app, p);
    const base = { ...scopeQuery(p), document: p.document, section: p.section, leader: p.leader, q: p.q, limit: PAGE };
    if (!p.unit) {
      const page = await api.tasks(base);
      return { tasks: page.tasks ?? [], total: page.total, matched: [], moreMatched: 0, via: new Map() };
    }
    const units = await api.units({ ...(p.document ? { document: p.document } : {}), ...(scopeQuery(p).jurisdiction ? { jurisdiction: scopeQuery(p).jurisdiction } : {}) });
    // An exact name means that unit alone (as a link from the portfolio gives it); other text matches loosely.
    const exact = units.filter((u) => u.name === p.unit?.trim());
    const all = exact.length ? exact : matchUnits(p.unit, units);
    const matched = all.slice(0, MAX_MATCHED_UNITS);
    const direct = new Set(matched.map((u) => u.name));
    const collectives = new Map<string, UnitInfo>();
    for (const u of matched) for (const c of collectivesOf(u, units)) if (!direct.has(c.name)) collectives.set(c.name, c);
    const pages = await Promise.all([...matched, ...collectives.values()].map((u) => api.tasks({ ...base, unit: u.name }).then((page) => ({ u, page }))));
    const byID = new Map<string, TaskRecord>();
    const via = new Map<string, string[]>();
    let total = 0;
    for (const { u, page } of pages) {
      total += Math.max(0, page.total - (page.tasks ?? []).length); // what a page left out
      for (const t of page.tasks ?? []) {
        const involvesMatched = [...(t.leadUnits ?? []), ...(t.units ?? [])].some((n) => direct.has(n));
        if (!involvesMatched && collectives.has(u.name)) via.set(t.id, [...new Set([...(via.get(t.id) ?? []), u.name])]);
        byID.set(t.id, t);
      }
    }
    const tasks = [...byID.values()].sort((a, b) => a.document.localeCompare(b.document) || a.index - b.index);
    return { tasks, total: total + tasks.length, matched, moreMatched: all.length - matched.length, via };
  }

  function showMatches(p: Params): void {
    clear(matches);
    if (!p.unit) return;
    if (!data.matched.length) {
      matches.append(h('span', { 'data-testid': 'unit-no-match' }, app.t('ledger.noUnitMatch', { q: p.unit })));
      return;
    }
    const exact = data.matched.length === 1 && data.matched[0].name === p.unit;
    matches.append(
      exact ? '' : h('span', null, app.t('ledger.unitMatches', { count: data.matched.length + data.moreMatched }), ' '),
      ...(exact ? [] : data.matched.map((u) => h('button', { type: 'button', class: 'chip', 'data-testid': 'unit-match', onclick: () => app.set({ unit: u.name }, { push: true }) }, u.name))),
      data.moreMatched ? h('span', null, ' ', app.t('ledger.moreMatches', { n: data.moreMatched })) : '',
      data.via.size ? h('span', { 'data-testid': 'via-note' }, ' ', app.t('ledger.viaNote', { n: data.via.size })) : '',
    );
  }

  function update(p: Params): void {
    const q = { ...scopeQuery(p), document: p.document, section: p.section, leader: p.leader, unit: p.unit, q: p.q };
    const key = JSON.stringify(q);
    if (key === serverKey) return render(p);
    const first = serverKey === '';
    serverKey = key;
    // Text inputs keep focus while typing: rebuild the bars only for select changes.
    if (first || !document.activeElement?.matches('input[type=search]')) buildBars(p);
    message.replaceChildren(loading(app));
    void loads.run(
      () => loadTasks(p),
      (loaded) => {
        message.replaceChildren();
        data = loaded;
        showMatches(p);
        render(p);
      },
      (e) => {
        // Nothing stale under the error.
        data = { tasks: [], total: 0, matched: [], moreMatched: 0, via: new Map() };
        clear(tableEl);
        clear(matches);
        count.textContent = '';
        panel.close();
        message.replaceChildren(errorBox(app, e, () => resetView(app)));
      },
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

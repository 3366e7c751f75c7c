// 瓶颈分析: units ranked by bottleneck score (or another metric), with the
// definitions the server's analytics give, and the server's bar chart.

import { api } from '../api';
import { checkScope, emptyState, errorBox, Latest, resetView, type View, type ViewFactory } from '../app';
import { createChart, showOption } from '../charts';
import { clear, h, select, table } from '../dom';
import { kindLabel, type MessageKey } from '../i18n';
import { getEnum, type Params } from '../state';
import type { MetricsReport, UnitMetrics } from '../types';
import { filterBar, loading, scopeQuery, standardFilters, toolbar } from './common';

/** Sortable columns: label key, metric key of the definitions, and how to read it; broker columns rank brokers. */
export const BOTTLENECK_COLUMNS: { key: string; label: MessageKey; definition: string; get: (u: UnitMetrics) => number; desc: boolean; broker?: boolean }[] = [
  { key: 'score', label: 'bottleneck.score', definition: 'bottleneck', get: (u) => u.bottleneck.score, desc: true },
  { key: 'load', label: 'bottleneck.load', definition: 'tasks', get: (u) => u.tasks, desc: true },
  { key: 'betweenness', label: 'bottleneck.betweenness', definition: 'betweenness', get: (u) => u.betweenness, desc: true },
  { key: 'constraint', label: 'bottleneck.constraint', definition: 'constraint', get: (u) => u.constraint, desc: false, broker: true },
  { key: 'effectiveSize', label: 'bottleneck.effectiveSize', definition: 'effectiveSize', get: (u) => u.effectiveSize, desc: true, broker: true },
  { key: 'brokerage', label: 'bottleneck.brokerage', definition: 'brokerage.total', get: (u) => u.brokerage.total, desc: true, broker: true },
];
const SORTS = BOTTLENECK_COLUMNS.map((c) => c.key);

/** Gould–Fernandez brokerage roles, as /metrics/units counts them (keys of UnitMetrics.brokerage). */
export const BROKERAGE_ROLES = ['coordinator', 'gatekeeperRepresentative', 'itinerant', 'liaison'] as const;

/** Whether a column ranks brokers: then isolated units (no partner) are left out — constraint 0 means "alone", not "broker". */
export function isBrokerRanking(key: string): boolean {
  return BOTTLENECK_COLUMNS.find((c) => c.key === key)?.broker === true;
}

/**
 * Ranks units by a column: high first, or low first for constraint (low =
 * broker); ties by name. Broker rankings leave out units without a
 * partner (degree 0).
 */
export function rankUnits(units: readonly UnitMetrics[], key: string): UnitMetrics[] {
  const col = BOTTLENECK_COLUMNS.find((c) => c.key === key) ?? BOTTLENECK_COLUMNS[0];
  const sign = col.desc ? -1 : 1;
  const ranked = col.broker ? units.filter((u) => u.degree > 0) : [...units];
  return ranked.sort((a, b) => sign * (col.get(a) - col.get(b)) || a.name.localeCompare(b.name, 'zh-Hans-CN'));
}

/** Names to show for units: the name, or name（jurisdiction） where units of several jurisdictions share it (as the server's charts label them). */
export function unitLabels(units: readonly { id: string; name: string; jurisdiction: string }[]): Map<string, string> {
  const seen = new Map<string, Set<string>>();
  for (const u of units) seen.set(u.name, (seen.get(u.name) ?? new Set()).add(u.jurisdiction));
  return new Map(units.map((u) => [u.id, (seen.get(u.name)?.size ?? 0) > 1 ? `${u.name}（${u.jurisdiction}）` : u.name]));
}

const fmt = (v: number) => (Number.isInteger(v) ? String(v) : v.toFixed(3));

export const bottleneckView: ViewFactory = (root, app): View => {
  const bar = filterBar('bottleneck-filters');
  const message = h('div', { class: 'message' });
  const chartEl = h('div', { class: 'chart short' });
  const defs = h('section', { class: 'definitions', 'data-testid': 'definitions' });
  const tableEl = h('div', { class: 'table-wrap' });
  root.append(bar, message, h('div', { class: 'stage' }, h('div', { class: 'chart-wrap' }, chartEl), h('aside', { class: 'panel wide' }, defs)), tableEl);
  const chart = createChart(chartEl, 'bottleneck');
  const loads = new Latest();
  let report: MetricsReport | undefined;
  let key = '';

  /** Clears what an earlier load showed, so that nothing stale stays under an error or an empty state. */
  function stale(): void {
    report = undefined;
    chart.clear();
    clear(defs);
    clear(tableEl);
  }

  function render(p: Params): void {
    if (!report) return;
    const sort = getEnum(p, 'sort', SORTS, 'score');
    const all = report.units ?? [];
    const ranked = rankUnits(all, sort);
    clear(tableEl);
    const isolated = all.length - ranked.length;
    // Over several jurisdictions: a note with a link to each, a jurisdiction column, and names told apart.
    const jurisdictions = [...new Set(all.map((u) => u.jurisdiction))].sort((a, b) => a.localeCompare(b, 'zh-Hans-CN'));
    const several = jurisdictions.length > 1;
    const shown = unitLabels(all);
    if (several)
      tableEl.append(
        h('p', { class: 'note', 'data-testid': 'scope-note' }, app.t('scope.spans', { n: jurisdictions.length, names: jurisdictions.join('、') }), ' ',
          ...jurisdictions.map((j) => h('button', { type: 'button', class: 'chip', 'data-testid': 'scope-pick', onclick: () => app.set({ jurisdiction: j, document: undefined, section: undefined, leader: undefined }, { push: true }) }, j))),
      );
    if (isBrokerRanking(sort)) tableEl.append(h('p', { class: 'note', 'data-testid': 'isolated-rule' }, app.t('bottleneck.isolatedRule', { n: isolated })));
    const header = [
      app.t('bottleneck.rank'), app.t('common.name'), ...(several ? [app.t('filter.jurisdiction')] : []), app.t('common.kind'),
      ...BOTTLENECK_COLUMNS.map((c) => `${app.t(c.label)}${c.key === sort ? ' ▾' : ''}`),
      ...BROKERAGE_ROLES.map((r) => app.t(`brokerage.${r}` as MessageKey)),
      app.t('panel.leaders'), app.t('bottleneck.community'),
    ];
    tableEl.append(
      table(
        'bottleneck-table',
        header,
        ranked.map((u, i) => [
          i + 1,
          h('a', { href: `#/network?node=${encodeURIComponent(u.id)}${p.document ? `&document=${encodeURIComponent(p.document)}` : ''}${p.jurisdiction ? `&jurisdiction=${encodeURIComponent(p.jurisdiction)}` : ''}` }, shown.get(u.id) ?? u.name),
          ...(several ? [u.jurisdiction] : []),
          kindLabel(app.lang, u.kind),
          ...BOTTLENECK_COLUMNS.map((c) => fmt(c.get(u))),
          ...BROKERAGE_ROLES.map((r) => u.brokerage[r]),
          u.leaders,
          u.community,
        ]),
        (col) => {
          const c = BOTTLENECK_COLUMNS[col - (several ? 4 : 3)];
          if (c) app.set({ sort: c.key === 'score' ? undefined : c.key });
        },
      ),
    );
  }

  function showDefinitions(r: MetricsReport): void {
    clear(defs);
    defs.append(h('h2', null, app.t('bottleneck.definitions')));
    const dl = h('dl');
    for (const c of BOTTLENECK_COLUMNS) {
      const text = r.definitions?.[c.definition];
      dl.append(
        h('dt', null, app.t(c.label), ' ', h('code', null, c.definition)),
        h('dd', { class: 'gloss' }, app.t(`bottleneck.gloss.${c.key}` as MessageKey)),
        h('dd', { class: 'formal', 'data-testid': `definition-${c.key}` }, text ?? '—'),
      );
    }
    for (const part of ['bottleneck.load', 'bottleneck.betweenness', 'bottleneck.leaders']) {
      if (r.definitions?.[part]) dl.append(h('dt', null, h('code', null, part)), h('dd', null, r.definitions[part]));
    }
    defs.append(dl);
    // Brokerage roles: who an open two-path a–unit–b connects, by groups (unit kinds unless chosen otherwise).
    defs.append(h('h3', null, app.t('brokerage.title')), h('p', { class: 'gloss' }, app.t('brokerage.intro', { groups: r.groups || 'kind' })));
    const roles = h('dl', { 'data-testid': 'brokerage-roles' });
    for (const role of BROKERAGE_ROLES) {
      roles.append(
        h('dt', null, app.t(`brokerage.${role}` as MessageKey), ' ', h('code', null, `brokerage.${role}`)),
        h('dd', { class: 'gloss' }, app.t(`brokerage.gloss.${role}` as MessageKey)),
        h('dd', { class: 'formal', 'data-testid': `definition-brokerage-${role}` }, r.definitions?.[`brokerage.${role}`] ?? '—'),
      );
    }
    defs.append(roles);
    if (r.network) {
      const n = r.network;
      defs.append(h('p', { class: 'muted' }, `nodes ${n.nodes} · links ${n.links} · density ${fmt(n.density)} · modularity ${fmt(n.modularity)} · communities ${n.communities}`));
    }
  }

  function update(p: Params): void {
    const next = JSON.stringify([p.jurisdiction, p.year, p.document, p.section, p.leader]);
    if (next === key) return render(p);
    key = next;
    const q = { ...scopeQuery(p), document: p.document, section: p.section, leader: p.leader };
    clear(bar);
    void standardFilters(app, bar, ['jurisdiction', 'year', 'document', 'section', 'leader']).then(() =>
      bar.append(
        select(app.t('bottleneck.sort'), 'filter-sort', BOTTLENECK_COLUMNS.map((c) => ({ value: c.key, label: app.t(c.label) })), getEnum(p, 'sort', SORTS, 'score'), (v) => app.set({ sort: v === 'score' ? undefined : v })),
        toolbar(app, {
          name: 'bottleneck',
          parts: [p.document, p.leader],
          chart: () => chart,
          exportQuery: q,
          csv: () =>
            report && {
              header: ['rank', 'id', 'name', 'jurisdiction', 'kind', 'tasks', 'leadTasks', 'leaders', 'degree', 'betweenness', 'constraint', 'effectiveSize', 'community', 'bottleneck', 'bottleneck.load', 'bottleneck.betweenness', 'bottleneck.leaders', ...BROKERAGE_ROLES.map((r) => `brokerage.${r}`), 'brokerage.total'],
              rows: rankUnits(report.units ?? [], getEnum(app.params, 'sort', SORTS, 'score')).map((u, i) => [
                i + 1, u.id, u.name, u.jurisdiction, u.kind, u.tasks, u.leadTasks, u.leaders, u.degree, u.betweenness, u.constraint, u.effectiveSize, u.community, u.bottleneck.score, u.bottleneck.load, u.bottleneck.betweenness, u.bottleneck.leaders, ...BROKERAGE_ROLES.map((r) => u.brokerage[r]), u.brokerage.total,
              ]),
            },
        }),
      ),
    );
    message.replaceChildren(loading(app));
    void loads.run(
      async () => {
        await checkScope(app, p);
        return Promise.all([api.metrics(q), api.chart('bottleneck', { ...q, lang: app.lang })]);
      },
      ([r, opt]) => {
        message.replaceChildren();
        report = r;
        if (!(r.units ?? []).length) {
          stale();
          message.replaceChildren(emptyState(app, q, () => resetView(app)));
          return;
        }
        showOption(chart, structuredClone(opt)); // the API's answers are shared: ECharts gets a copy
        showDefinitions(r);
        render(p);
      },
      (e) => {
        stale();
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

// 领导分工: one leader's units as a graph (leader → units, sized by the
// leader's tasks they take part in, lead and responsible units told apart;
// a unit's tasks on click), or a sunburst of sections → lead units; the span
// of control; the overlap with every other leader.

import { api } from '../api';
import { checkScope, emptyState, errorBox, Latest, resetView, type App, type View, type ViewFactory } from '../app';
import { createChart, enhanceAny, enhanceGraph, showOption } from '../charts';
import { append, clear, h, select, table } from '../dom';
import { ledgerCell } from '../filters';
import { leaderOverlaps, portfolioUnits, radialLayout, tasksOfUnit, type PortfolioUnit } from '../portfolio';
import { encodeRoute, getEnum, type Params } from '../state';
import type { LeaderInfo, Portfolio } from '../types';
import { documentOptions, filterBar, jurisdictionPicker, leaderOptions, loading, scopeOptions, scopeQuery, SidePanel, taskList, toolbar } from './common';

type AnyRecord = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
const MODES = ['graph', 'sunburst'] as const;

type ListKey = 'tasks' | 'leadUnits' | 'units' | 'sections' | 'coLeaders';
/** A portfolio whose lists, which the API sends as null when empty, are arrays. */
type PortfolioLists = Omit<Portfolio, ListKey> & { [K in ListKey]: NonNullable<Portfolio[K]> };

function withLists(p: Portfolio): PortfolioLists {
  return { ...p, tasks: p.tasks ?? [], leadUnits: p.leadUnits ?? [], units: p.units ?? [], sections: p.sections ?? [], coLeaders: p.coLeaders ?? [] };
}

/** Colours of the portfolio graph: the leader, units that lead some of the leader's tasks, units only responsible. */
export const PORTFOLIO_COLOURS = { leader: '#b91c1c', lead: '#2563eb', responsible: '#f59e0b' } as const;

/** Sunburst rings: sections, then the lead units of the leader's tasks in each. */
export function portfolioSunburst(p: PortfolioLists): AnyRecord {
  const sections = new Map<string, Map<string, number>>();
  for (const t of p.tasks) {
    const sec = t.sectionTitle || `#${t.section}`;
    const leads = t.leadUnits?.length ? t.leadUnits : ['—'];
    const m = sections.get(sec) ?? new Map<string, number>();
    for (const u of leads) m.set(u, (m.get(u) ?? 0) + 1);
    sections.set(sec, m);
  }
  return {
    tooltip: {},
    animation: false, // the entry animation held the first picture back by about a second
    series: [
      {
        type: 'sunburst',
        radius: ['12%', '95%'],
        sort: undefined,
        emphasis: { focus: 'ancestor' },
        label: { overflow: 'truncate', minAngle: 6 },
        levels: [{}, { r0: '12%', r: '45%', label: { rotate: 'tangential', width: 80 } }, { r0: '45%', r: '95%', label: { align: 'right', width: 110 } }],
        data: [...sections].map(([name, units]) => ({ name, children: [...units].map(([u, n]) => ({ name: u, value: n })) })),
      },
    ],
  };
}

/**
 * The leader → units graph: the leader in the middle, one node per unit
 * sized by the leader's tasks it takes part in; units that lead any of them
 * are blue with solid links, units only responsible amber with dashed ones.
 * No task nodes: a unit's tasks come on click.
 */
export function portfolioGraph(leader: string, units: readonly PortfolioUnit[], labels: { leader: string; lead: string; responsible: string; leadCount: string; responsibleCount: string }): AnyRecord {
  const most = Math.max(1, ...units.map((u) => u.tasks));
  const size = (n: number) => 12 + 30 * Math.sqrt(n / most);
  const at = radialLayout(units);
  return {
    tooltip: {},
    animation: false, // fixed places: nothing to animate, and the entry animation held the picture back by about a second
    legend: { top: 4, data: [labels.lead, labels.responsible] },
    color: [PORTFOLIO_COLOURS.leader, PORTFOLIO_COLOURS.lead, PORTFOLIO_COLOURS.responsible],
    series: [
      {
        type: 'graph',
        // Fixed places (radialLayout): one picture per leader, nothing moves when a panel opens.
        layout: 'none',
        top: 48,
        bottom: 24,
        left: 120,
        right: 120,
        categories: [{ name: labels.leader }, { name: labels.lead }, { name: labels.responsible }],
        data: [
          { id: `leader:${leader}`, name: leader, category: 0, symbolSize: 48, x: 0, y: 0, value: units.reduce((m, u) => Math.max(m, u.tasks), 0), label: { show: true, position: 'inside', color: '#fff', fontWeight: 'bold', textBorderWidth: 0 } },
          ...units.map((u, i) => ({
            id: `unit:${u.name}`,
            name: u.name,
            value: u.tasks,
            category: u.lead > 0 ? 1 : 2,
            symbolSize: size(u.tasks),
            // In pixels' order of size: ECharts rounds line ends before scaling them to the box.
            x: 1000 * at[i].x,
            y: 1000 * at[i].y,
            label: { position: at[i].x < -1e-6 ? 'left' : 'right' },
            tooltip: { formatter: `${u.name}\n${labels.leadCount} ${u.lead} · ${labels.responsibleCount} ${u.responsible}` },
          })),
        ],
        links: units.map((u) => ({
          source: `leader:${leader}`,
          target: `unit:${u.name}`,
          value: u.tasks,
          lineStyle: u.lead > 0 ? { width: 1 + 2 * Math.sqrt(u.lead), type: 'solid', color: PORTFOLIO_COLOURS.lead, opacity: 0.6 } : { width: 1, type: 'dashed', color: PORTFOLIO_COLOURS.responsible, opacity: 0.7 },
        })),
      },
    ],
  };
}

export const portfolioView: ViewFactory = (root, app): View => {
  const bar = filterBar('portfolio-filters');
  const message = h('div', { class: 'message' });
  const chartEl = h('div', { class: 'chart' });
  const facts = h('div', { class: 'facts', 'data-testid': 'portfolio-facts' });
  const tasksEl = h('div', { class: 'portfolio-tasks' });
  const panel = new SidePanel(app, () => app.set({ unit: undefined }));
  // A unit's tasks take the place of the facts, so that the chart keeps its size when they open.
  const factsAside = h('aside', { class: 'panel wide' }, facts);
  panel.el.classList.add('portfolio-unit-panel');
  root.append(bar, message, h('div', { class: 'stage' }, h('div', { class: 'chart-wrap' }, chartEl), panel.el, factsAside), tasksEl);
  const chart = createChart(chartEl, 'portfolio');
  const loads = new Latest();
  let current: PortfolioLists | undefined;
  let key = '';

  chart.on('click', (e) => {
    const ev = e as { dataType?: string; data?: AnyRecord };
    const id = String(ev.data?.id ?? '');
    if (ev.dataType === 'node' && id.startsWith('unit:')) app.set({ unit: id.slice('unit:'.length) }, { push: true });
  });

  function buildBar(p: Params, scope: Awaited<ReturnType<typeof scopeOptions>>, docs: { value: string; label: string }[], leaders: { value: string; label: string }[], leader: string): void {
    clear(bar);
    bar.append(...jurisdictionPicker(app, scope, p, ['document', 'leader', 'unit']));
    const withPlaceholders = h('input', { type: 'checkbox', 'data-testid': 'filter-placeholder', checked: p.placeholder === '1' });
    withPlaceholders.addEventListener('change', () => app.set({ placeholder: withPlaceholders.checked }));
    bar.append(
      select(app.t('filter.document'), 'filter-document', docs, p.document ?? '', (v) => app.set({ document: v, unit: undefined }, { push: true })),
      select(app.t('portfolio.pick'), 'filter-leader', leaders, leader, (v) => app.set({ leader: v, unit: undefined }, { push: true })),
      select(app.t('portfolio.view'), 'filter-mode', MODES.map((m) => ({ value: m, label: app.t(`portfolio.view.${m}`) })), getEnum(p, 'mode', MODES, 'graph'), (v) => app.set({ mode: v === 'graph' ? undefined : v }, { push: true })),
      h('label', { class: 'field check', title: app.t('portfolio.placeholderHint') }, withPlaceholders, h('span', null, app.t('portfolio.includePlaceholder'))),
      toolbar(app, {
        name: 'portfolio',
        parts: [leader],
        chart: () => chart,
        csv: () =>
          current && {
            header: ['序号', '任务', '牵头单位', '责任单位', '部分', '完成时限', '具体措施', '注释'],
            rows: current.tasks.map((t) => [t.index + 1, t.text, ledgerCell(t, 'leadUnits'), ledgerCell(t, 'units'), t.sectionTitle, t.deadline, (t.measures ?? []).join('；'), (t.notes ?? []).join(' ')]),
          },
      }),
    );
  }

  function showFacts(pf: PortfolioLists, units: PortfolioUnit[], overlaps: ReturnType<typeof leaderOverlaps>, placeholders: string[], p: Params): void {
    clear(facts);
    const leadCount = units.filter((u) => u.lead > 0).length;
    const unitLink = (name: string) => h('button', { type: 'button', class: 'link', 'data-testid': 'portfolio-unit', onclick: () => app.set({ unit: name }, { push: true }) }, name);
    append(facts, [
      h('h2', null, `${pf.leader.name}${pf.leader.title ? ` · ${pf.leader.title}` : ''}`, pf.leader.placeholder ? h('span', { class: 'chip placeholder', 'data-testid': 'placeholder-mark' }, app.t('portfolio.placeholderTag')) : null),
      pf.leader.placeholder ? h('p', { class: 'note', 'data-testid': 'placeholder-note' }, app.t('portfolio.placeholderSelf')) : null,
      h('p', { 'data-testid': 'span-of-control' }, h('strong', null, app.t('portfolio.span'), '：'), app.t('portfolio.spanValue', { tasks: pf.tasks.length, units: units.length, lead: leadCount, sections: pf.sections.length })),
      h('h3', null, app.t('portfolio.unitsHeading')),
      table('portfolio-units', [app.t('common.name'), app.t('common.tasks'), app.t('panel.lead'), app.t('panel.responsible')], units.map((u) => [unitLink(u.name), u.tasks, u.lead, u.responsible])),
      h('h3', null, `${app.t('portfolio.coLeaders')} (${overlaps.length})`),
      placeholders.length && p.placeholder !== '1' ? h('p', { class: 'note', 'data-testid': 'placeholder-excluded' }, app.t('portfolio.placeholderExcluded', { names: placeholders.join('、') })) : null,
      overlaps.length
        ? table(
            'portfolio-coleaders',
            [app.t('filter.leader'), app.t('portfolio.sharedUnits'), app.t('portfolio.sharedTasks'), app.t('docs.units')],
            overlaps.map((o) => [
              h('a', { href: encodeRoute({ view: 'portfolio', params: { ...pick(p, ['jurisdiction', 'document', 'lang', 'placeholder']), leader: o.leader } }) }, o.leader, o.placeholder ? ` ${app.t('portfolio.placeholderTag')}` : ''),
              o.sharedUnits.length,
              o.sharedTasks,
              o.sharedUnits.join('、'),
            ]),
          )
        : h('p', { class: 'muted' }, app.t('portfolio.noOverlap')),
    ]);
  }

  function showUnit(p: Params): void {
    const name = p.unit;
    factsAside.hidden = !!(current && name);
    if (!current || !name) return panel.close();
    const tasks = tasksOfUnit(current.tasks, name);
    const body = panel.open(app.t('portfolio.unitTasks', { leader: current.leader.name, name, count: tasks.length }));
    body.append(h('p', null, h('a', { href: encodeRoute({ view: 'ledger', params: { ...pick(p, ['jurisdiction', 'document', 'lang']), leader: current.leader.name, unit: name } }), 'data-testid': 'unit-ledger' }, app.t('portfolio.inLedger'))));
    taskList(app, body, tasks, name);
  }

  function stale(): void {
    current = undefined;
    chart.clear();
    clear(facts);
    clear(tasksEl);
    panel.close();
  }

  function update(p: Params): void {
    const next = JSON.stringify([p.jurisdiction, p.document, p.leader, p.mode, p.placeholder, app.lang]);
    if (next === key) return showUnit(p);
    key = next;
    message.replaceChildren(loading(app));
    void loads.run(
      async () => {
        const within = scopeQuery(p);
        const noScope = { jurisdictions: [], years: [] };
        const [scope, docs, leaderOpts, leaders] = await Promise.all([
          scopeOptions(app).catch(() => noScope), // the picker is left out; the lists below say what failed
          documentOptions(app, { jurisdiction: within.jurisdiction }),
          leaderOptions(app, p.document, app.t('portfolio.pick'), within.jurisdiction),
          api.leaders({ ...(p.document ? { document: p.document } : {}), ...(within.jurisdiction ? { jurisdiction: within.jurisdiction } : {}) }),
        ]);
        // The first real leader (not a placeholder) is the default.
        const first = leaders.find((l) => !l.placeholder) ?? leaders[0];
        const leader = p.leader || first?.name || '';
        buildBar(p, scope, docs, leaderOpts, leader);
        await checkScope(app, p);
        if (!leader) return { empty: true as const };
        if (!p.leader) {
          app.set({ leader }); // keep the chosen leader in the URL so the link reproduces the view
          return undefined;
        }
        const q = { document: p.document, jurisdiction: within.jurisdiction };
        const [pf, net] = await Promise.all([api.portfolio(leader, q).then(withLists), api.leaderNetwork(q)]);
        return { pf, net, leaders };
      },
      (r) => {
        message.replaceChildren();
        if (!r) return;
        if ('empty' in r) {
          stale();
          message.replaceChildren(emptyState(app, { jurisdiction: p.jurisdiction, document: p.document }, () => resetView(app)));
          return;
        }
        current = r.pf;
        const units = portfolioUnits(r.pf.tasks);
        const mode = getEnum(p, 'mode', MODES, 'graph');
        const labels = { leader: app.t('filter.leader'), lead: app.t('portfolio.legend.lead'), responsible: app.t('portfolio.legend.responsible'), leadCount: app.t('portfolio.leadCount'), responsibleCount: app.t('portfolio.responsibleCount') };
        const option = mode === 'graph' ? enhanceGraph(enhanceAny(portfolioGraph(r.pf.leader.name, units, labels))) : enhanceAny(portfolioSunburst(r.pf));
        showOption(chart, option);
        const overlaps = leaderOverlaps(r.pf.leader.name, r.net, r.pf.coLeaders, r.leaders as LeaderInfo[], p.placeholder === '1');
        showFacts(r.pf, units, overlaps, r.leaders.filter((l) => l.placeholder && l.name !== r.pf.leader.name).map((l) => l.name), p);
        clear(tasksEl);
        tasksEl.append(h('h3', null, `${app.t('portfolio.tasks')} (${r.pf.tasks.length})`));
        taskList(app, tasksEl, r.pf.tasks);
        showUnit(p);
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

function pick(p: Params, keys: string[]): Params {
  const out: Params = {};
  for (const k of keys) if (p[k]) out[k] = p[k];
  return out;
}

export type { App };

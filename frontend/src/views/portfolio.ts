// 领导分工: one leader's tasks, lead and responsible units, span of control and
// overlap with other leaders; the server's graph, or a sunburst built here.

import { api } from '../api';
import { errorBox, Latest, type View, type ViewFactory } from '../app';
import { createChart, enhanceAny, showOption } from '../charts';
import { clear, h, select, table } from '../dom';
import { kindLabel } from '../i18n';
import { getEnum, type Params } from '../state';
import type { LeaderMetrics, Portfolio } from '../types';
import { filterBar, leaderOptions, loading, documentOptions, taskList, toolbar } from './common';
import { ledgerCell } from '../filters';

type AnyRecord = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
const MODES = ['graph', 'sunburst'] as const;

type ListKey = 'tasks' | 'leadUnits' | 'units' | 'sections' | 'coLeaders';
/** A portfolio whose lists, which the API sends as null when empty, are arrays. */
type PortfolioLists = Omit<Portfolio, ListKey> & { [K in ListKey]: NonNullable<Portfolio[K]> };

function withLists(p: Portfolio): PortfolioLists {
  return { ...p, tasks: p.tasks ?? [], leadUnits: p.leadUnits ?? [], units: p.units ?? [], sections: p.sections ?? [], coLeaders: p.coLeaders ?? [] };
}

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

export const portfolioView: ViewFactory = (root, app): View => {
  const bar = filterBar('portfolio-filters');
  const message = h('div', { class: 'message' });
  const chartEl = h('div', { class: 'chart' });
  const facts = h('div', { class: 'facts', 'data-testid': 'portfolio-facts' });
  const tasksEl = h('div', { class: 'portfolio-tasks' });
  root.append(bar, message, h('div', { class: 'stage' }, h('div', { class: 'chart-wrap' }, chartEl), h('aside', { class: 'panel wide' }, facts)), tasksEl);
  const chart = createChart(chartEl, 'portfolio');
  const loads = new Latest();
  let current: PortfolioLists | undefined;
  let key = '';

  async function buildBar(p: Params): Promise<string> {
    clear(bar);
    const [docs, leaders] = await Promise.all([documentOptions(app), leaderOptions(app, p.document, app.t('portfolio.pick'))]);
    const leader = p.leader || leaders[1]?.value || '';
    bar.append(
      select(app.t('filter.document'), 'filter-document', docs, p.document ?? '', (v) => app.set({ document: v }, { push: true })),
      select(app.t('portfolio.pick'), 'filter-leader', leaders, leader, (v) => app.set({ leader: v }, { push: true })),
      select(app.t('portfolio.view'), 'filter-mode', MODES.map((m) => ({ value: m, label: app.t(`portfolio.view.${m}`) })), getEnum(p, 'mode', MODES, 'graph'), (v) => app.set({ mode: v === 'graph' ? undefined : v }, { push: true })),
      toolbar(app, {
        name: 'portfolio',
        parts: [leader],
        chart: () => chart,
        csv: () =>
          current && {
            header: ['序号', '任务', '牵头单位', '责任单位', '部分', '完成时限'],
            rows: current.tasks.map((t) => [t.index + 1, t.text, ledgerCell(t, 'leadUnits'), ledgerCell(t, 'units'), t.sectionTitle, t.deadline]),
          },
      }),
    );
    return leader;
  }

  function showFacts(pf: PortfolioLists, lm: LeaderMetrics | undefined): void {
    clear(facts);
    const unitsAll = new Set([...pf.leadUnits.map((u) => u.name), ...pf.units.map((u) => u.name)]);
    facts.append(
      h('h2', null, `${pf.leader.name}${pf.leader.title ? ` · ${pf.leader.title}` : ''}`),
      h('p', { 'data-testid': 'span-of-control' }, h('strong', null, app.t('portfolio.span'), '：'), app.t('portfolio.spanValue', { tasks: pf.tasks.length, units: unitsAll.size, lead: pf.leadUnits.length, sections: pf.sections.length })),
      h('h3', null, app.t('portfolio.leadUnits')),
      table('portfolio-lead-units', [app.t('common.name'), app.t('common.kind'), app.t('common.tasks')], pf.leadUnits.map((u) => [u.name, kindLabel(app.lang, u.kind ?? ''), u.count])),
      h('h3', null, app.t('portfolio.units')),
      table('portfolio-units', [app.t('common.name'), app.t('common.kind'), app.t('common.tasks')], pf.units.map((u) => [u.name, kindLabel(app.lang, u.kind ?? ''), u.count])),
      h('h3', null, app.t('portfolio.coLeaders')),
      table(
        'portfolio-coleaders',
        [app.t('filter.leader'), app.t('common.tasks'), app.t('docs.units')],
        pf.coLeaders.map((c) => {
          const shared = lm?.overlap?.find((o) => o.leader === c.name)?.sharedUnits ?? [];
          return [c.name, c.count, shared.join('、')];
        }),
      ),
    );
  }

  function update(p: Params): void {
    const next = JSON.stringify([p.document, p.leader, p.mode, app.lang]);
    if (next === key) return;
    key = next;
    message.replaceChildren(loading(app));
    void loads.run(
      async () => {
        const leader = await buildBar(p);
        if (!leader) return undefined;
        if (!p.leader) {
          // Keep the chosen leader in the URL so the link reproduces the view.
          app.set({ leader });
          return undefined;
        }
        const q = { document: p.document };
        const [pf, metrics] = await Promise.all([api.portfolio(leader, q).then(withLists), api.metrics(q).catch(() => undefined)]);
        const mode = getEnum(p, 'mode', MODES, 'graph');
        // The graph is the server's finished option; the sunburst is built here.
        const option = mode === 'graph' ? structuredClone(await api.chart('portfolio', { leader, document: p.document, lang: app.lang })) : enhanceAny(portfolioSunburst(pf));
        return { pf, lm: metrics?.leaders?.find((l) => l.name === leader), option };
      },
      (r) => {
        message.replaceChildren();
        if (!r) return;
        current = r.pf;
        showOption(chart, r.option);
        showFacts(r.pf, r.lm);
        clear(tasksEl);
        tasksEl.append(h('h3', null, `${app.t('portfolio.tasks')} (${r.pf.tasks.length})`));
        taskList(app, tasksEl, r.pf.tasks);
      },
      (e) => message.replaceChildren(errorBox(app, e)),
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

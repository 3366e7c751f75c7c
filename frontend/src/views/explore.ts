// 探索: search any entity, grow its neighbourhood step by step (click a node
// to expand it, or expand it by one relationship type from its card), remove
// nodes and undo, and find a shortest path between two entities. A node's
// card gives its kind, jurisdiction, counts and leaders, with links to the
// ledger, the network and the leader's portfolio.

import { api, ApiError, sourceCodePoints } from '../api';
import { errorBox, errorText, Latest, resetView, type View, type ViewFactory } from '../app';
import { createChart, enhanceAny, enhanceGraph, showOption } from '../charts';
import { renderContext, sourceContext } from '../context';
import { clear, debounce, h } from '../dom';
import { emptyExplored, entityJurisdiction, expansionItem, mergeSubgraph, parseExpansion, parseUnitID, pathChain, pathEdgeKeys, pathLinks, relationshipTypes, restrictSubgraph, withoutNodes, type Explored } from '../filters';
import { kindLabel, nodeKindLabel } from '../i18n';
import { encodeRoute, getList, listParam, type Params, type ViewName } from '../state';
import type { DocumentSource, GraphNode, SearchHit, Subgraph } from '../types';
import { loading, scopeQuery, SidePanel, taskExtras, toolbar } from './common';

const KINDS = ['Unit', 'Leader', 'Task', 'Project', 'Section', 'Theme', 'Document', 'Target'];
const PATH_COLOUR = '#e11d48';

type AnyRecord = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** The ECharts option of an explored subgraph, with the path and the expanded nodes marked. */
export function exploreOption(g: Explored, expanded: ReadonlySet<string>, path: Subgraph | undefined, lang: 'zh' | 'en'): AnyRecord {
  const nodes = [...g.nodes.values()];
  const index = new Map(nodes.map((n, i) => [n.id, i]));
  const onPath = new Set((path?.nodes ?? []).map((n) => n.id));
  const pathEdges = path ? pathEdgeKeys(path) : new Set<string>();
  const kinds = KINDS.filter((k) => nodes.some((n) => n.kind === k)).concat([...new Set(nodes.map((n) => n.kind))].filter((k) => !KINDS.includes(k)));
  return {
    tooltip: { confine: true },
    legend: { top: 4, data: kinds.map((k) => nodeKindLabel(lang, k)) },
    series: [
      {
        type: 'graph',
        layout: 'force',
        force: { repulsion: 320, edgeLength: [70, 140], gravity: 0.08 },
        draggable: true,
        categories: kinds.map((k) => ({ name: nodeKindLabel(lang, k) })),
        data: nodes.map((n) => ({
          id: n.id,
          name: n.label,
          value: nodeKindLabel(lang, n.kind),
          category: kinds.indexOf(n.kind),
          symbolSize: expanded.has(n.id) ? 26 : n.kind === 'Task' ? 10 : 16,
          itemStyle: onPath.has(n.id) ? { borderColor: PATH_COLOUR, borderWidth: 3 } : undefined,
        })),
        links: [...g.edges.values()]
          .filter((e) => index.has(e.source) && index.has(e.target))
          .map((e) => ({
            source: index.get(e.source),
            target: index.get(e.target),
            value: e.type,
            lineStyle: pathEdges.has(`${e.source}\u0000${e.target}`) ? { color: PATH_COLOUR, width: 3, opacity: 1 } : { opacity: 0.5 },
          })),
        edgeSymbol: ['none', 'arrow'],
        edgeSymbolSize: 5,
      },
    ],
  };
}

export const exploreView: ViewFactory = (root, app): View => {
  const form = h('form', { class: 'filters', 'data-testid': 'explore-search' });
  const input = h('input', { type: 'search', name: 'q', 'data-testid': 'explore-query', placeholder: app.t('explore.search'), value: app.params.q ?? '' });
  form.append(h('label', { class: 'field grow' }, h('span', null, app.t('explore.search')), input), h('button', { type: 'submit', 'data-testid': 'explore-submit' }, app.t('explore.searchButton')));
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    app.set({ q: input.value.trim() }, { push: true });
  });
  const pathBar = h('div', { class: 'filters', 'data-testid': 'explore-path' });
  const hitsEl = h('div', { class: 'hits', 'data-testid': 'explore-hits' });
  const pathText = h('section', { class: 'path-text', 'data-testid': 'path-text' });
  const message = h('div', { class: 'message' });
  const chartEl = h('div', { class: 'chart' });
  const panel = new SidePanel(app, () => app.set({ focus: undefined }));
  // Undo: the graph states (expanded nodes, removed nodes, path ends, focus) before each change made here.
  const undoStack: Params[] = [];
  const undoButton = h('button', { type: 'button', 'data-testid': 'explore-undo', disabled: true, onclick: () => undo() }, app.t('explore.undo'));
  const GRAPH_KEYS = ['nodes', 'hide', 'from', 'to', 'focus'] as const;
  const change = (patch: Partial<Record<(typeof GRAPH_KEYS)[number], string | undefined>>) => {
    undoStack.push(Object.fromEntries(GRAPH_KEYS.map((k) => [k, app.params[k]])));
    undoButton.disabled = false;
    app.set(patch, { push: true });
  };
  const undo = () => {
    const prev = undoStack.pop();
    undoButton.disabled = !undoStack.length;
    if (prev) app.set(Object.fromEntries(GRAPH_KEYS.map((k) => [k, prev[k]])), { push: true });
  };
  /** Adds node id to the expanded nodes (by every relationship) unless it is there, brings it back if removed, and focuses it. */
  const expand = (id: string) => {
    const items = getList(app.params, 'nodes');
    const hidden = getList(app.params, 'hide').filter((x) => x !== id);
    change({ nodes: listParam(items.some((it) => parseExpansion(it).id === id) ? items : [...items, id]), hide: listParam(hidden), focus: id });
  };
  root.append(form, hitsEl, pathBar, pathText, message, h('div', { class: 'stage' }, h('div', { class: 'chart-wrap' }, chartEl), panel.el), h('div', { class: 'status' }, app.t('explore.expandHint')));
  const chart = createChart(chartEl, 'explore');

  let explored = emptyExplored();
  const fetched = new Set<string>();
  let path: Subgraph | undefined;
  let last: Params = {};
  const searches = new Latest();
  const grows = new Latest();

  chart.on('click', (e) => {
    const ev = e as { dataType?: string; data?: AnyRecord };
    if (ev.dataType !== 'node' || typeof ev.data?.id !== 'string') return;
    expand(ev.data.id);
  });

  function showHits(hits: SearchHit[]): void {
    clear(hitsEl);
    if (!hits.length) {
      hitsEl.append(h('p', { class: 'muted' }, app.t('common.noData')));
      return;
    }
    const ul = h('ul', { class: 'hit-list' });
    for (const hit of hits) {
      ul.append(
        h(
          'li',
          { 'data-testid': 'hit', 'data-id': hit.id },
          h('span', { class: 'chip' }, nodeKindLabel(app.lang, hit.kind)),
          ' ',
          h('strong', null, hit.label),
          entityJurisdiction(hit.id) ? h('span', { class: 'muted', 'data-testid': 'hit-jurisdiction' }, ` · ${entityJurisdiction(hit.id)}`) : null,
          hit.snippet ? h('span', { class: 'muted' }, ` ${hit.snippet}`) : null,
          ' ',
          h('button', {
            type: 'button',
            'data-testid': 'hit-add',
            onclick: () => expand(hit.id),
          }, app.t('explore.add')),
        ),
      );
    }
    hitsEl.append(h('h3', null, `${app.t('explore.hits')} (${hits.length})`), ul);
  }

  /** A search field that picks an entity (unit, leader, project) for one end of the path; the URL keeps its id. */
  function endField(key: 'from' | 'to', p: Params): HTMLElement {
    const list = h('datalist', { id: `path-${key}-hits` });
    const known = new Map<string, string>(); // option text -> node id
    const label = (id: string, text: string) => {
      const unit = parseUnitID(id);
      return unit ? `${text} · ${unit.jurisdiction}` : text;
    };
    const current = p[key] ? explored.nodes.get(p[key]) : undefined;
    const input = h('input', { type: 'search', 'data-testid': `path-${key}-search`, list: list.id, placeholder: app.t('explore.endPlaceholder'), value: current ? label(current.id, current.label) : (p[key] ? (parseUnitID(p[key])?.name ?? p[key]) : '') });
    const lookup = debounce(() => {
      const q = input.value.trim();
      if (!q || known.has(q)) return;
      void api.search(q).then(
        (hits) => {
          known.clear();
          list.replaceChildren(
            ...hits
              .filter((hit) => hit.kind !== 'Task')
              .map((hit) => {
                const text = label(hit.id, hit.label);
                known.set(text, hit.id);
                return h('option', { value: text }, nodeKindLabel(app.lang, hit.kind));
              }),
          );
        },
        () => undefined, // a failed lookup leaves the list as it was; the path request says what is wrong
      );
    }, 250);
    input.addEventListener('input', () => {
      const id = known.get(input.value.trim());
      if (id) app.set({ [key]: id }, { push: true });
      else lookup();
    });
    return h('label', { class: 'field' }, h('span', null, app.t(key === 'from' ? 'explore.from' : 'explore.to')), input, list);
  }

  function buildPathBar(p: Params): void {
    clear(pathBar);
    pathBar.append(
      h('strong', null, app.t('explore.path')),
      endField('from', p),
      endField('to', p),
      h('button', { type: 'button', 'data-testid': 'explore-swap', onclick: () => app.set({ from: p.to, to: p.from }, { push: true }), disabled: !p.from && !p.to }, '⇄'),
      h('button', { type: 'button', 'data-testid': 'explore-clear', onclick: () => change({ nodes: undefined, hide: undefined, from: undefined, to: undefined, focus: undefined }) }, app.t('explore.clear')),
      undoButton,
      toolbar(app, {
        name: 'explore',
        chart: () => chart,
        csv: () => ({
          header: ['source', 'source_kind', 'type', 'target', 'target_kind'],
          rows: [...explored.edges.values()].map((e) => {
            const s = explored.nodes.get(e.source);
            const t = explored.nodes.get(e.target);
            return [s?.label ?? e.source, s?.kind, e.type, t?.label ?? e.target, t?.kind];
          }),
        }),
      }),
    );
  }

  /** The path written out: each task joining two ends, with both ends' roles, in the task's full words. */
  function showPathText(p: Params): void {
    clear(pathText);
    if (!path || !p.from || !p.to) return;
    const chain = pathChain(path, p.from, p.to);
    if (!chain) return;
    const links = pathLinks(chain);
    const role = (rel: string, kind: string) => app.t(rel === 'LEADS' ? (kind === 'Leader' ? 'explore.rel.leads' : 'explore.rel.lead') : rel === 'SUPPORTS' ? 'explore.rel.supports' : 'explore.rel.other');
    const list = h('ol', { class: 'path-chain' });
    for (const l of links) {
      const text = h('q', { class: 'task-text' }, l.via.label);
      const step = h('li', { 'data-testid': 'path-step' },
          h('strong', null, l.a.label), app.t('explore.role', { role: role(l.aRel, l.a.kind) }), app.t('explore.and'), h('strong', null, l.b.label), app.t('explore.role', { role: role(l.bRel, l.b.kind) }),
          l.via.kind === 'Task' ? [app.t('explore.shareTask', { n: taskIndex(l.via.id) + 1 }), text] : [app.t('explore.linkedBy', { kind: nodeKindLabel(app.lang, l.via.kind) }), text],
      );
      list.append(step);
      if (l.via.kind === 'Task') {
        void fullTask(l.via.id).then(
          (full) => {
            if (!full) return;
            text.textContent = full.text;
            const extras = taskExtras(app, full.span);
            if (extras) step.append(extras);
          },
          () => undefined,
        );
      }
    }
    pathText.append(h('h3', null, app.t('explore.pathSentence', { from: chain[0].node.label, to: chain[chain.length - 1].node.label, hops: links.length })), list);
  }

  /** What is drawn: the explored graph less the removed nodes. */
  const shown = (p: Params) => withoutNodes(explored, new Set(getList(p, 'hide')));

  function redraw(p: Params): void {
    showPathText(p);
    const expanded = new Set(getList(p, 'nodes').map((it) => parseExpansion(it).id));
    const g = shown(p);
    message.querySelector('[data-testid=explore-empty]')?.remove();
    if (!g.nodes.size) {
      chart.clear();
      // Say why the graph is empty, unless an error already does.
      if (!message.querySelector('[role=alert]')) {
        message.append(h('div', { class: 'empty', role: 'status', 'data-testid': 'explore-empty' }, app.t(getList(p, 'hide').length ? 'explore.allRemoved' : 'explore.nothingYet')));
      }
      buildPathBar(p);
      showFocus(p);
      return;
    }
    showOption(chart, enhanceAny(enhanceGraph(exploreOption(g, expanded, path, app.lang))));
    buildPathBar(p);
    showFocus(p);
  }

  const link = (view: ViewName, params: Params, text: string, testid: string) =>
    h('a', { href: encodeRoute({ view, params: app.lang === 'en' ? { ...params, lang: 'en' } : params }), 'data-testid': testid }, text);

  /** The card of the focused node: kind, jurisdiction, counts, leaders, links; remove and expand-by-type actions. */
  function showFocus(p: Params): void {
    const n = p.focus ? shown(p).nodes.get(p.focus) : undefined;
    if (!n) return panel.close();
    const body = panel.open(`${nodeKindLabel(app.lang, n.kind)} · ${n.label}`);
    const where = entityJurisdiction(n.id);
    const facts = h('dl', { class: 'facts', 'data-testid': 'node-card' });
    const fact = (term: string, ...value: (Node | string | null)[]) => facts.append(h('dt', null, term), h('dd', null, ...value));
    fact(app.t('explore.card.kind'), nodeKindLabel(app.lang, n.kind));
    if (where) fact(app.t('explore.card.jurisdiction'), h('span', { 'data-testid': 'card-jurisdiction' }, where));
    const here = relationshipTypes({ nodes: [...explored.nodes.values()], edges: [...explored.edges.values()], truncated: false }, n.id);
    if (here.length) fact(app.t('explore.card.drawn'), here.map((r) => `${r.type} ${r.count}`).join(' · '));
    const links = h('div', { class: 'toolbar', 'data-testid': 'card-links' });
    const expandBar = h('div', { class: 'toolbar', 'data-testid': 'card-expand' });
    body.append(
      facts,
      links,
      h('div', { class: 'toolbar' },
        h('button', { type: 'button', 'data-testid': 'set-from', onclick: () => change({ from: n.id }) }, app.t('explore.setFrom')),
        h('button', { type: 'button', 'data-testid': 'set-to', onclick: () => change({ to: n.id }) }, app.t('explore.setTo')),
        h('button', {
          type: 'button',
          'data-testid': 'node-remove',
          onclick: () => change({
            nodes: listParam(getList(app.params, 'nodes').filter((it) => parseExpansion(it).id !== n.id)),
            hide: listParam([...getList(app.params, 'hide').filter((x) => x !== n.id), n.id]),
            focus: undefined,
            from: app.params.from === n.id ? undefined : app.params.from,
            to: app.params.to === n.id ? undefined : app.params.to,
          }),
        }, app.t('explore.remove')),
      ),
      expandBar,
    );
    void api.neighbours(n.id, 1).then(
      (g) => {
        const current = getList(app.params, 'nodes').map(parseExpansion).find((x) => x.id === n.id);
        const set = (type?: string) => {
          const others = getList(app.params, 'nodes').filter((it) => parseExpansion(it).id !== n.id);
          change({ nodes: listParam([...others, expansionItem(n.id, type)]), focus: n.id });
        };
        expandBar.append(
          h('span', { class: 'muted' }, app.t('explore.expandBy')),
          h('button', { type: 'button', 'data-testid': 'expand-all', 'aria-pressed': String(!!current && !current.type), onclick: () => set() }, app.t('explore.expandAll')),
          ...relationshipTypes(g, n.id).map((r) =>
            h('button', { type: 'button', 'data-testid': 'expand-type', 'data-type': r.type, 'aria-pressed': String(current?.type === r.type), onclick: () => set(r.type) }, `${r.type}（${r.count}）`),
          ),
        );
      },
      () => undefined, // the card stays usable without the type buttons
    );
    const unit = parseUnitID(n.id);
    if (n.kind === 'Unit' && unit) {
      links.append(
        link('ledger', { unit: unit.name, jurisdiction: unit.jurisdiction }, app.t('explore.card.ledger'), 'card-ledger'),
        link('network', { node: n.id, jurisdiction: unit.jurisdiction }, app.t('explore.card.network'), 'card-network'),
      );
      void api.unit(unit.name, { jurisdiction: unit.jurisdiction }).then(
        (u) => {
          fact(app.t('explore.card.unitKind'), kindLabel(app.lang, u.kind));
          fact(app.t('explore.card.tasks'), h('span', { 'data-testid': 'card-tasks' }, app.t('explore.card.taskCounts', { tasks: u.tasks, lead: u.leadTasks })));
          const byLeader = new Map<string, number>();
          for (const t of u.taskList ?? []) for (const l of t.leaders ?? []) byLeader.set(l, (byLeader.get(l) ?? 0) + 1);
          const leaders = [...byLeader].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
          fact(app.t('explore.card.leaders'), h('span', { 'data-testid': 'card-leaders' }, ...leaders.flatMap(([l, c], i) => [i ? '、' : '', link('portfolio', { leader: l, jurisdiction: unit.jurisdiction }, `${l}（${c}）`, 'card-leader')])));
        },
        (e: unknown) => body.append(errorBox(app, e)),
      );
    } else if (n.kind === 'Leader' && where) {
      links.append(
        link('portfolio', { leader: n.label, jurisdiction: where }, app.t('explore.card.portfolio'), 'card-portfolio'),
        link('ledger', { leader: n.label, jurisdiction: where }, app.t('explore.card.ledger'), 'card-ledger'),
      );
      void api.leaders({ jurisdiction: where }).then(
        (all) => {
          const l = all.find((x) => x.name === n.label);
          if (l) fact(app.t('explore.card.tasks'), h('span', { 'data-testid': 'card-tasks' }, app.t('explore.card.leaderCounts', { tasks: l.tasks, units: l.units })));
        },
        (e: unknown) => body.append(errorBox(app, e)),
      );
    }
    if (n.kind === 'Task') void showTaskSource(n, body);
  }

  async function showTaskSource(n: GraphNode, body: HTMLElement): Promise<void> {
    const key = n.id.slice('task:'.length);
    const i = key.lastIndexOf(':');
    if (i < 0) return;
    const doc = key.slice(0, i);
    const index = Number(key.slice(i + 1));
    try {
      const src = await api.source(doc);
      const span = src.tasks.find((t) => t.index === index);
      if (span) body.append(renderContext(document, sourceContext(src.source, span.start, span.end)), taskExtras(app, span) ?? '');
    } catch (e) {
      body.append(errorBox(app, e));
    }
  }

  async function grow(p: Params): Promise<boolean> {
    let truncated = false;
    for (const item of getList(p, 'nodes')) {
      if (fetched.has(item)) continue;
      const { id, type } = parseExpansion(item);
      const g = await api.neighbours(id, 1);
      mergeSubgraph(explored, type ? restrictSubgraph(g, id, type) : g);
      fetched.add(item);
      truncated ||= g.truncated;
    }
    path = undefined;
    if (p.from && p.to && p.from !== p.to) {
      try {
        path = await api.paths(p.from, p.to);
        mergeSubgraph(explored, path);
      } catch (e) {
        const { message: why, detail } = errorText(app, e);
        message.replaceChildren(
          h('div', { class: 'error', 'data-testid': 'no-path', role: 'alert' }, h('strong', null, app.t('explore.noPath')), ' ', e instanceof ApiError && e.status === 404 && e.detail.startsWith('no path') ? app.t('explore.noPathWhy') : why,
            detail ? h('details', { class: 'error-detail' }, h('summary', null, app.t('problem.detail')), h('code', null, detail)) : null),
        );
      }
    }
    return truncated;
  }

  let first = true;
  function update(p: Params): void {
    const prev = last;
    last = p;
    const wasFirst = first;
    first = false;
    if (p.q !== prev.q) {
      if (p.q) {
        hitsEl.replaceChildren(loading(app));
        void searches.run(() => api.search(p.q!, scopeQuery(p).jurisdiction), showHits, (e) => hitsEl.replaceChildren(errorBox(app, e)));
      } else clear(hitsEl);
    }
    const ids = getList(p, 'nodes');
    if (ids.length === 0) {
      explored = emptyExplored();
      fetched.clear();
    } else if (getList(prev, 'nodes').some((id) => !ids.includes(id))) {
      explored = emptyExplored(); // a node was removed: rebuild from the list
      fetched.clear();
    }
    if (!wasFirst && p.nodes === prev.nodes && p.from === prev.from && p.to === prev.to) {
      if (p.hide !== prev.hide) redraw(p);
      else if (p.focus !== prev.focus) showFocus(p);
      return;
    }
    message.replaceChildren(ids.length || (p.from && p.to) ? loading(app) : '');
    void grows.run(
      () => grow(p),
      (truncated) => {
        message.querySelector('[data-testid=loading]')?.remove();
        if (truncated) message.append(h('p', { class: 'muted' }, app.t('explore.truncated')));
        redraw(p);
      },
      (e) => {
        chart.clear(); // nothing stale under the error
        clear(pathText);
        message.replaceChildren(errorBox(app, e, () => resetView(app)));
      },
    );
  }

  update(app.params);
  return {
    update,
    destroy() {
      searches.cancel();
      grows.cancel();
      chart.dispose();
    },
  };
};

/** The index of a task from its node id (task:<document>:<index>). */
function taskIndex(id: string): number {
  return Number(id.slice(id.lastIndexOf(':') + 1));
}

/** A task's whole sentence from its document's source (node labels are cut short), with its place there (and its notes and measures). */
async function fullTask(id: string): Promise<{ text: string; span: DocumentSource['tasks'][number] } | undefined> {
  const key = id.slice('task:'.length);
  const doc = key.slice(0, key.lastIndexOf(':'));
  const [src, points] = await Promise.all([api.source(doc), sourceCodePoints(doc)]);
  const span = src.tasks.find((t) => t.index === taskIndex(id));
  return span ? { text: points.slice(span.start, span.end).join(''), span } : undefined;
}

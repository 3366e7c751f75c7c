// 探索: search any entity, grow its neighbourhood step by step (click a node
// to expand it), and find a shortest path between two entities.

import { api, ApiError, sourceCodePoints } from '../api';
import { errorBox, errorText, Latest, resetView, type View, type ViewFactory } from '../app';
import { createChart, enhanceAny, enhanceGraph, showOption } from '../charts';
import { renderContext, sourceContext } from '../context';
import { clear, debounce, h } from '../dom';
import { emptyExplored, entityJurisdiction, mergeSubgraph, parseUnitID, pathChain, pathEdgeKeys, pathLinks, type Explored } from '../filters';
import { nodeKindLabel } from '../i18n';
import { getList, listParam, type Params } from '../state';
import type { GraphNode, SearchHit, Subgraph } from '../types';
import { loading, SidePanel, toolbar } from './common';

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
        force: { repulsion: 220, edgeLength: [40, 110], gravity: 0.08 },
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
    const id = ev.data.id;
    const nodes = getList(app.params, 'nodes');
    app.set({ nodes: listParam(nodes.includes(id) ? nodes : [...nodes, id]), focus: id }, { push: true });
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
            onclick: () => {
              const nodes = getList(app.params, 'nodes');
              if (!nodes.includes(hit.id)) app.set({ nodes: listParam([...nodes, hit.id]), focus: hit.id }, { push: true });
            },
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
      h('button', { type: 'button', 'data-testid': 'explore-clear', onclick: () => app.set({ nodes: undefined, from: undefined, to: undefined, focus: undefined }, { push: true }) }, app.t('explore.clear')),
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
      list.append(
        h('li', { 'data-testid': 'path-step' },
          h('strong', null, l.a.label), app.t('explore.role', { role: role(l.aRel, l.a.kind) }), app.t('explore.and'), h('strong', null, l.b.label), app.t('explore.role', { role: role(l.bRel, l.b.kind) }),
          l.via.kind === 'Task' ? [app.t('explore.shareTask', { n: taskIndex(l.via.id) + 1 }), text] : [app.t('explore.linkedBy', { kind: nodeKindLabel(app.lang, l.via.kind) }), text],
        ),
      );
      if (l.via.kind === 'Task') void fullTaskText(l.via.id).then((full) => full && (text.textContent = full), () => undefined);
    }
    pathText.append(h('h3', null, app.t('explore.pathSentence', { from: chain[0].node.label, to: chain[chain.length - 1].node.label, hops: links.length })), list);
  }

  function redraw(p: Params): void {
    showPathText(p);
    const expanded = new Set(getList(p, 'nodes'));
    if (!explored.nodes.size) {
      chart.clear();
      buildPathBar(p);
      showFocus(p);
      return;
    }
    showOption(chart, enhanceAny(enhanceGraph(exploreOption(explored, expanded, path, app.lang))));
    buildPathBar(p);
    showFocus(p);
  }

  function showFocus(p: Params): void {
    const n = p.focus ? explored.nodes.get(p.focus) : undefined;
    if (!n) return panel.close();
    const body = panel.open(`${nodeKindLabel(app.lang, n.kind)} · ${n.label}`);
    body.append(
      h('p', { class: 'muted' }, n.id),
      h('div', { class: 'toolbar' },
        h('button', { type: 'button', 'data-testid': 'set-from', onclick: () => app.set({ from: n.id }, { push: true }) }, app.t('explore.setFrom')),
        h('button', { type: 'button', 'data-testid': 'set-to', onclick: () => app.set({ to: n.id }, { push: true }) }, app.t('explore.setTo')),
      ),
    );
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
      if (span) body.append(renderContext(document, sourceContext(src.source, span.start, span.end)));
    } catch (e) {
      body.append(errorBox(app, e));
    }
  }

  async function grow(p: Params): Promise<boolean> {
    const ids = getList(p, 'nodes');
    let truncated = false;
    for (const id of ids) {
      if (fetched.has(id)) continue;
      const g = await api.neighbours(id, 1);
      mergeSubgraph(explored, g);
      fetched.add(id);
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
        void searches.run(() => api.search(p.q!, p.jurisdiction), showHits, (e) => hitsEl.replaceChildren(errorBox(app, e)));
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
      if (p.focus !== prev.focus) showFocus(p);
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

/** A task's whole sentence from its document's source (node labels are cut short). */
async function fullTaskText(id: string): Promise<string | undefined> {
  const key = id.slice('task:'.length);
  const doc = key.slice(0, key.lastIndexOf(':'));
  const [src, points] = await Promise.all([api.source(doc), sourceCodePoints(doc)]);
  const span = src.tasks.find((t) => t.index === taskIndex(id));
  return span ? points.slice(span.start, span.end).join('') : undefined;
}

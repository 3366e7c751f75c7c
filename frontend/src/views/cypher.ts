// Cypher 控制台: read-only Cypher against the Neo4j store (POST /cypher),
// with parameters, the time limit and row cap the server states, EXPLAIN on
// demand (the plan as a tree), and results as a graph (the nodes and
// relationships they hold, src/cyphergraph.ts) and as a table. On the
// embedded store it says that it needs Neo4j (the API answers 501 there).

import { api } from '../api';
import { errorBox, Latest, type App, type View, type ViewFactory } from '../app';
import { createChart, enhanceAny, enhanceGraph, showOption } from '../charts';
import { cypherGraphOption, graphOfRows } from '../cyphergraph';
import { clear, h, table } from '../dom';
import { kindLabel, nodeKindLabel } from '../i18n';
import type { Params } from '../state';
import type { CypherPlan, CypherResult } from '../types';
import { loading, toolbar } from './common';

export const EXAMPLE_QUERY = 'MATCH (u:Unit)-[:LEADS]->(t:Task)\nRETURN u.name AS unit, count(t) AS tasks\nORDER BY tasks DESC LIMIT $n';

/** A parameter value as typed: JSON when it reads as JSON (numbers, lists, true), else the text itself. */
export function paramValue(raw: string): unknown {
  const s = raw.trim();
  try {
    return JSON.parse(s);
  } catch {
    return raw;
  }
}

/** Parameters from name=value lines; empty lines are skipped, a line without "=" is an error naming it. */
export function parseParams(text: string): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  text.split('\n').forEach((line, i) => {
    if (!line.trim()) return;
    const eq = line.indexOf('=');
    const name = eq < 0 ? '' : line.slice(0, eq).trim();
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) throw new ParamError(i + 1, line);
    out[name] = paramValue(line.slice(eq + 1));
  });
  return out;
}

export class ParamError extends Error {
  constructor(
    readonly line: number,
    readonly text: string,
  ) {
    super(`line ${line}: ${text}`);
  }
}

/** A result cell as text: strings as they are, everything else as JSON. */
export function cellText(v: unknown): string {
  if (v === null || v === undefined) return '';
  return typeof v === 'string' ? v : JSON.stringify(v);
}

/** A legend group of the graph (cyphergraph.nodeGroup) in the UI's language: a unit kind, else a node label. */
function groupName(app: App, key: string): string {
  const [what, name] = [key.slice(0, key.indexOf(':')), key.slice(key.indexOf(':') + 1)];
  if (what === 'kind') return kindLabel(app.lang, name || '?');
  return name ? nodeKindLabel(app.lang, name) : '?';
}

/** The plan of an EXPLAIN as nested lists: operator, details, estimated rows. */
function planTree(app: App, p: CypherPlan): HTMLElement {
  return h('li', { 'data-testid': 'plan-operator', 'data-operator': p.operator },
    h('strong', null, p.operator),
    p.details ? h('code', null, ` ${p.details}`) : null,
    h('span', { class: 'muted' }, ` ${app.t('cypher.estimatedRows', { rows: Math.round(p.estimatedRows) })}`),
    p.children.length ? h('ul', null, ...p.children.map((c) => planTree(app, c))) : null,
  );
}

export const cypherView: ViewFactory = (root, app): View => {
  const limits = h('p', { class: 'muted', 'data-testid': 'cypher-limits' }, app.t('common.loading'));
  const note = h('div', { class: 'message', 'data-testid': 'cypher-note' });
  const query = h('textarea', { class: 'code', rows: 7, 'data-testid': 'cypher-query', spellcheck: 'false' });
  query.value = app.params.query ?? EXAMPLE_QUERY;
  const params = h('textarea', { class: 'code', rows: 3, 'data-testid': 'cypher-params', spellcheck: 'false', placeholder: 'n=10' });
  params.value = app.params.params ?? (app.params.query ? '' : 'n=10');
  const message = h('div', { class: 'message', 'data-testid': 'cypher-message' });
  const results = h('div', { class: 'table-wrap', 'data-testid': 'cypher-results' });
  const plan = h('div', { class: 'cypher-plan', 'data-testid': 'cypher-plan', hidden: true });
  const graphStatus = h('p', { class: 'muted', 'data-testid': 'cypher-graph-status' });
  const chartEl = h('div', { class: 'chart' });
  const graphBox = h('div', { class: 'cypher-graph', hidden: true }, h('div', { class: 'chart-wrap' }, chartEl));
  let last: CypherResult | undefined;
  const runs = new Latest();

  const run = (explain: boolean) => {
    const text = query.value.trim();
    app.set({ query: text, params: params.value.trim() });
    let values: Record<string, unknown>;
    try {
      values = parseParams(params.value);
    } catch (e) {
      const pe = e as ParamError;
      message.replaceChildren(h('div', { class: 'error', role: 'alert', 'data-testid': 'error' }, app.t('cypher.badParam', { line: pe.line, text: pe.text })));
      return;
    }
    message.replaceChildren(loading(app));
    clear(results);
    clearGraph();
    last = undefined;
    void runs.run(
      () => api.cypher(explain && !/^\s*(EXPLAIN|PROFILE)\b/i.test(text) ? `EXPLAIN ${text}` : text, values),
      (r) => {
        last = r;
        message.replaceChildren(h('p', { class: 'muted', 'data-testid': 'cypher-count' }, app.t('cypher.rows', { rows: r.rows.length }), r.truncated ? ` ${app.t('cypher.truncated', { max: r.rows.length })}` : ''));
        if (r.plan) {
          plan.hidden = false;
          plan.replaceChildren(h('h3', null, app.t('cypher.plan')), h('ul', { class: 'plan-tree' }, planTree(app, r.plan)));
        }
        showGraph(r);
        if (!r.plan || r.rows.length) results.append(table('cypher-table', r.columns, r.rows.map((row) => row.map(cellText))));
      },
      (e) => message.replaceChildren(errorBox(app, e)),
    );
  };

  function clearGraph(): void {
    chart.clear();
    graphBox.hidden = true;
    plan.hidden = true;
    clear(plan);
    graphStatus.textContent = '';
  }

  /** The nodes and relationships of the result as a graph; a result without nodes says so. */
  function showGraph(r: CypherResult): void {
    const g = graphOfRows(r.rows);
    if (!g.nodes.length) {
      graphStatus.textContent = r.plan ? '' : app.t('cypher.noGraph');
      return;
    }
    graphStatus.textContent = app.t('cypher.graph', { nodes: g.nodes.length, rels: g.rels.length }) + (g.dangling ? ` ${app.t('cypher.dangling', { n: g.dangling })}` : '');
    graphBox.hidden = false;
    const option = cypherGraphOption(g, (key) => groupName(app, key), app.t('cypher.graphTitle'));
    chartEl.setAttribute('role', 'img');
    chartEl.setAttribute('aria-label', graphStatus.textContent);
    showOption(chart, enhanceAny(enhanceGraph(option)));
  }

  root.append(
    h('section', { class: 'cypher' },
      limits,
      note,
      h('label', { class: 'field block' }, h('span', null, app.t('cypher.query')), query),
      h('label', { class: 'field block' }, h('span', null, app.t('cypher.params')), params),
      h('p', { class: 'muted' }, app.t('cypher.paramsHint')),
      h('div', { class: 'filters' },
        h('button', { type: 'button', 'data-testid': 'cypher-run', onclick: () => run(false) }, app.t('cypher.run')),
        h('button', { type: 'button', 'data-testid': 'cypher-explain', onclick: () => run(true) }, app.t('cypher.explain')),
        toolbar(app, { name: 'cypher', chart: () => chart, csv: () => last && { header: last.columns, rows: last.rows.map((row) => row.map(cellText)) } }),
      ),
    ),
    message,
    plan,
    graphStatus,
    graphBox,
    results,
  );
  const chart = createChart(chartEl, 'cypher');

  void api.capabilities().then(
    (caps) => {
      const c = caps.cypher;
      limits.textContent = app.t('cypher.limits', { seconds: c.timeoutSeconds, rows: c.maxRows });
      if (!c.available) note.replaceChildren(h('div', { class: 'note', role: 'note', 'data-testid': 'cypher-needs-neo4j' }, app.t('cypher.needsNeo4j', { store: c.store })));
    },
    (e: unknown) => limits.replaceChildren(errorBox(app, e)),
  );

  return {
    update(p: Params) {
      if (p.query !== undefined && p.query !== query.value.trim()) query.value = p.query;
    },
    destroy() {
      runs.cancel();
      chart.dispose();
    },
  };
};

// Pieces several views use: filter controls, the export toolbar, the side
// panel and task cards with their source text.

import type { ECharts } from 'echarts';
import { api, ApiError, sourceCodePoints } from '../api';
import { errorBox, type App } from '../app';
import { exportPNG } from '../charts';
import { renderContext, sourceContext } from '../context';
import { buildCSV, csvBlob, fileName, type Cell } from '../csv';
import { clear, debounce, download, h, select, type Option } from '../dom';
import type { MessageKey } from '../i18n';
import { ALL_JURISDICTIONS, type Params } from '../state';
import type { DocumentInfo, TaskRecord } from '../types';
import { defaultJurisdiction } from '../corpus';
import { entityJurisdiction } from '../filters';

/** A filter bar whose controls are rebuilt when their options load. */
export function filterBar(testid: string): HTMLElement {
  return h('div', { class: 'filters', 'data-testid': testid });
}

/** The document picker's options: the documents of the scope chosen (jurisdiction, year), all when none is. */
export async function documentOptions(app: App, scope: { jurisdiction?: string; year?: string } = {}): Promise<Option[]> {
  const docs = (await api.documents()).filter((d) => (!scope.jurisdiction || d.jurisdiction === scope.jurisdiction) && (!scope.year || String(d.year) === scope.year));
  return [{ value: '', label: app.t('common.all') }, ...docs.map((d) => ({ value: d.id, label: `${d.title}${d.year ? ` (${d.year})` : ''}` }))];
}

/** The jurisdictions and years the stored documents cover, with how many documents each has (from GET /documents), and the jurisdiction views open on. */
export async function scopeOptions(app: App): Promise<{ jurisdictions: Option[]; years: Option[]; opening?: { name: string; n: number } }> {
  const docs = await api.documents();
  const count = (key: (d: (typeof docs)[number]) => string) => {
    const m = new Map<string, number>();
    for (const d of docs) if (key(d)) m.set(key(d), (m.get(key(d)) ?? 0) + 1);
    return m;
  };
  const js = [...count((d) => d.jurisdiction)].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], 'zh-Hans-CN'));
  const ys = [...count((d) => (d.year ? String(d.year) : ''))].sort((a, b) => b[0].localeCompare(a[0]));
  const all = { value: '', label: app.t('common.all') };
  const opening = openingJurisdiction(docs, {});
  return {
    opening: opening ? { name: opening, n: js.find(([j]) => j === opening)?.[1] ?? 0 } : undefined,
    jurisdictions: js.length > 1 ? [{ value: ALL_JURISDICTIONS, label: app.t('common.all') }, ...js.map(([j, n]) => ({ value: j, label: app.t('filter.documentsCount', { name: j, n }) }))] : [],
    years: ys.length > 1 ? [all, ...ys.map(([y, n]) => ({ value: y, label: app.t('filter.documentsCount', { name: y, n }) }))] : [],
  };
}

/** The scope parameters of the URL (jurisdiction, year) as the API takes them; `*` (every jurisdiction) is no filter. */
export function scopeQuery(p: Params): { jurisdiction?: string; year?: string } {
  return { jurisdiction: p.jurisdiction && p.jurisdiction !== ALL_JURISDICTIONS ? p.jurisdiction : undefined, year: p.year || undefined };
}

/**
 * The jurisdiction a scoped view opens on when the URL names none, so that
 * units of one name in many districts are not mixed by default: with
 * documents of more than one jurisdiction, the one of the URL's document
 * or unit (node=), else the one with the most documents (the latest document's on a tie,
 * defaultJurisdiction); undefined when there is nothing to choose.
 */
export function openingJurisdiction(docs: readonly DocumentInfo[], p: Params): string | undefined {
  if (p.jurisdiction !== undefined) return undefined;
  const named = docs.filter((d) => d.jurisdiction);
  if (new Set(named.map((d) => d.jurisdiction)).size < 2) return undefined;
  const first = (p.document ?? '').split(',')[0];
  // A unit named in the URL (node=, network) is of its own jurisdiction.
  const own = p.node ? entityJurisdiction(p.node) : undefined;
  return named.find((d) => d.id === first)?.jurisdiction ?? (own && named.some((d) => d.jurisdiction === own) ? own : undefined) ?? defaultJurisdiction(named);
}

export async function sectionOptions(app: App, documentID: string | undefined): Promise<Option[]> {
  const any = { value: '', label: app.t('common.all') };
  if (!documentID) return [{ value: '', label: app.t('filter.sectionNeedsDocument') }];
  const doc = await api.document(documentID);
  return [any, ...(doc.sections ?? []).map((s) => ({ value: String(s.index), label: s.title || `#${s.index}` }))];
}

export async function leaderOptions(app: App, documentID: string | undefined, emptyLabel = app.t('common.all'), jurisdiction?: string): Promise<Option[]> {
  const leaders = await api.leaders({ document: documentID, jurisdiction });
  return [{ value: '', label: emptyLabel }, ...leaders.map((l) => ({ value: l.name, label: `${l.name}${l.title ? ` ${l.title}` : ''}${l.placeholder ? ` ${app.t('portfolio.placeholderTag')}` : ''} (${l.tasks})` }))];
}

export function roleOptions(app: App): Option[] {
  return (['any', 'lead', 'responsible'] as const).map((r) => ({ value: r === 'any' ? '' : r, label: app.t(`role.${r}`) }));
}

/**
 * Document, section and leader selects bound to the URL params of the same
 * names. Never fails: a list that cannot be had is said in the bar, and the
 * other controls stay at hand.
 */
export type FilterKey = 'jurisdiction' | 'year' | 'document' | 'section' | 'leader' | 'role';

export async function standardFilters(app: App, bar: HTMLElement, keys: FilterKey[]): Promise<void> {
  const p = app.params;
  const failed: unknown[] = [];
  const tolerant = (load: Promise<Option[]>, fallback: Option[]) => load.catch((e: unknown) => (failed.push(e), fallback));
  const any = [{ value: '', label: app.t('common.all') }];
  const noScope: Awaited<ReturnType<typeof scopeOptions>> = { jurisdictions: [], years: [] };
  const [scope, docs, sections, leaders] = await Promise.all([
    keys.includes('jurisdiction') || keys.includes('year') ? scopeOptions(app).catch((e: unknown) => (failed.push(e), noScope)) : Promise.resolve(noScope),
    keys.includes('document') ? tolerant(documentOptions(app, scopeQuery(p)), any) : Promise.resolve([]),
    keys.includes('section') ? tolerant(sectionOptions(app, p.document), any) : Promise.resolve([]),
    keys.includes('leader') ? tolerant(leaderOptions(app, p.document, undefined, scopeQuery(p).jurisdiction), any) : Promise.resolve([]),
  ]);
  // The jurisdiction and year pickers are shown when the store holds more than one (or the URL names one); a change drops the document picked.
  const picker = (options: Option[], value: string | undefined) => options.length > 0 || !!value;
  for (const k of keys) {
    if (k === 'jurisdiction') bar.append(...jurisdictionPicker(app, scope, p));
    if (k === 'year' && picker(scope.years, p.year))
      bar.append(select(app.t('filter.year'), 'filter-year', withValue(scope.years, p.year, app), p.year ?? '', (v) => app.set({ year: v, document: undefined, section: undefined }, { push: true })));
    if (k === 'document') bar.append(select(app.t('filter.document'), 'filter-document', docs, p.document ?? '', (v) => app.set({ document: v, section: undefined }, { push: true })));
    if (k === 'section') bar.append(select(app.t('filter.section'), 'filter-section', sections, p.section ?? '', (v) => app.set({ section: v }, { push: true }), !p.document));
    if (k === 'leader') bar.append(select(app.t('filter.leader'), 'filter-leader', leaders, p.leader ?? '', (v) => app.set({ leader: v }, { push: true })));
    if (k === 'role') bar.append(select(app.t('filter.role'), 'filter-role', roleOptions(app), p.role ?? '', (v) => app.set({ role: v }, { push: true })));
  }
  // A document or leader the store does not know is the view's message to give (checkScope); other failures are said here.
  const other = failed.filter((e) => !(e instanceof ApiError && e.status === 404));
  if (other.length) bar.append(errorBox(app, other[0]));
}

/**
 * The jurisdiction picker (shown when the store holds more than one, or the
 * URL names one) and, on the jurisdiction views open on, a note saying so; a
 * change drops the document, section and leader picked.
 */
export function jurisdictionPicker(app: App, scope: Awaited<ReturnType<typeof scopeOptions>>, p: Params, drop: string[] = ['document', 'section', 'leader']): HTMLElement[] {
  if (!scope.jurisdictions.length && !p.jurisdiction) return [];
  const patch = Object.fromEntries(drop.map((k) => [k, undefined]));
  return [
    select(app.t('filter.jurisdiction'), 'filter-jurisdiction', withValue(scope.jurisdictions, p.jurisdiction, app), p.jurisdiction ?? '', (v) => app.set({ ...patch, jurisdiction: v }, { push: true })),
    ...(scope.opening && p.jurisdiction === scope.opening.name ? [h('span', { class: 'muted scope-default', 'data-testid': 'scope-default' }, app.t('scope.opening', scope.opening))] : []),
  ];
}

/** Options that hold value (a scope named in the URL that the store does not list). */
function withValue(options: Option[], value: string | undefined, app: App): Option[] {
  if (!value || options.some((o) => o.value === value)) return options;
  return [...(options.length ? options : [{ value: '', label: app.t('common.all') }]), { value, label: value }];
}

/** A text input bound to a URL param, applied as the user pauses typing. */
export function textFilter(app: App, key: string, label: string, testid: string): HTMLLabelElement {
  const input = h('input', { type: 'search', 'data-testid': testid, value: app.params[key] ?? '', placeholder: label });
  const apply = debounce(() => app.set({ [key]: input.value.trim() }), 350);
  input.addEventListener('input', apply);
  return h('label', { class: 'field' }, h('span', null, label), input);
}

export interface ExportSpec {
  name: string;
  parts?: (string | undefined)[];
  chart?: () => ECharts | undefined;
  /** The table to export; may load it first (the button waits, disabled). */
  csv?: () => ExportTable | undefined | Promise<ExportTable | undefined>;
  /** Filters of the unit network shown: adds the research export menu (/export). */
  exportQuery?: Record<string, string | undefined>;
}

export const EXPORT_FORMATS = ['gexf', 'graphml', 'json', 'csv', 'panel'] as const;

/** GEXF, GraphML, JSON and CSV of the unit network under the view's filters, from /export. */
function exportMenu(app: App, q: Record<string, string | undefined>): HTMLElement {
  return h(
    'details',
    { class: 'menu', 'data-testid': 'export-menu' },
    h('summary', { 'data-testid': 'export-menu-open' }, app.t('export.data')),
    h(
      'div',
      { class: 'menu-items' },
      EXPORT_FORMATS.map((f) => h('a', { href: api.exportURL(f, q), download: '', 'data-testid': `export-data-${f}`, title: app.t(`export.hint.${f}` as MessageKey) }, app.t(`export.${f}` as MessageKey))),
      h('p', { class: 'muted' }, app.t('export.scope')),
    ),
  );
}

export interface ExportTable {
  header: string[];
  rows: Cell[][];
}

/** PNG, CSV and copy-link buttons. */
export function toolbar(app: App, spec: ExportSpec): HTMLElement {
  const bar = h('div', { class: 'toolbar' });
  if (spec.chart) {
    bar.append(
      h('button', {
        type: 'button',
        'data-testid': 'export-png',
        onclick: () => {
          const c = spec.chart?.();
          if (c) exportPNG(c, fileName(spec.name, spec.parts ?? [], 'png'));
        },
      }, app.t('common.png')),
    );
  }
  if (spec.csv) {
    const button = h('button', { type: 'button', 'data-testid': 'export-csv' }, app.t('common.csv'));
    button.addEventListener('click', () => {
      button.disabled = true;
      void Promise.resolve()
        .then(() => spec.csv?.())
        .then((data) => {
          if (data) download(csvBlob(buildCSV(data.header, data.rows)), fileName(spec.name, spec.parts ?? [], 'csv'));
        })
        .catch((e: unknown) => bar.append(errorBox(app, e)))
        .finally(() => (button.disabled = false));
    });
    bar.append(button);
  }
  if (spec.exportQuery) bar.append(exportMenu(app, spec.exportQuery));
  const copy = h('button', { type: 'button', 'data-testid': 'copy-link' }, app.t('common.copyLink'));
  copy.addEventListener('click', () => {
    void navigator.clipboard?.writeText(location.href).then(
      () => (copy.textContent = app.t('common.copied')),
      () => undefined,
    );
  });
  bar.append(copy);
  return bar;
}

/** The side panel: a title, a close button and a body. */
export class SidePanel {
  readonly el: HTMLElement;
  private readonly title: HTMLElement;
  readonly body: HTMLElement;

  constructor(app: App, onClose: () => void) {
    this.title = h('h2', { 'data-testid': 'panel-title' });
    this.body = h('div', { class: 'panel-body', 'data-testid': 'panel-body' });
    this.el = h(
      'aside',
      { class: 'panel', 'data-testid': 'side-panel', hidden: true },
      h('div', { class: 'panel-head' }, this.title, h('button', { type: 'button', class: 'close', 'data-testid': 'panel-close', 'aria-label': app.t('common.close'), onclick: onClose }, '×')),
      this.body,
    );
    // Escape closes the panel from anywhere in the view (the listener goes with the panel's view).
    const onKey = (e: KeyboardEvent) => {
      if (!this.el.isConnected) return document.removeEventListener('keydown', onKey);
      if (e.key === 'Escape' && !this.el.hidden) onClose();
    };
    document.addEventListener('keydown', onKey);
  }

  open(title: string): HTMLElement {
    this.title.textContent = title;
    clear(this.body);
    this.el.hidden = false;
    return this.body;
  }

  setTitle(title: string): void {
    this.title.textContent = title;
  }

  close(): void {
    this.el.hidden = true;
    clear(this.body);
  }
}

/** What a task holds beside its text: footnotes (注①…) and a table's measure columns. */
export interface TaskExtras {
  notes?: string[] | null;
  measures?: string[] | null;
}

/**
 * A task's measures and notes, as text, for under its sentence: one muted
 * line each (measures joined by ；, notes by a space). compact (table
 * cells) cuts each line to two lines, the whole text in its title. None when
 * the task has neither.
 */
export function taskExtras(app: App, t: TaskExtras, compact = false): HTMLElement | null {
  const measures = (t.measures ?? []).filter(Boolean);
  const notes = (t.notes ?? []).filter(Boolean);
  if (!measures.length && !notes.length) return null;
  const line = (kind: 'measures' | 'notes', items: string[], sep: string) => {
    const text = items.join(sep);
    return h('p', { class: `task-${kind}`, 'data-testid': `task-${kind}`, title: compact ? text : app.t(`task.${kind}Hint`) },
      h('span', { class: 'extra-label' }, app.t(`task.${kind}`)), ' ', text);
  };
  return h('div', { class: `task-extras muted${compact ? ' compact' : ''}` },
    measures.length ? line('measures', measures, '；') : null,
    notes.length ? line('notes', notes, ' ') : null);
}

/** A task with its metadata and its sentence highlighted in the source. */
export function taskCard(app: App, t: TaskRecord, emphasise?: string): HTMLElement {
  const units = (names: string[] | null, cls: string) =>
    (names ?? []).map((n) => h('span', { class: `chip ${cls}${n === emphasise ? ' me' : ''}` }, n));
  const meta = h(
    'dl',
    { class: 'task-meta' },
    (t.leaders ?? []).length ? [h('dt', null, app.t('panel.leaders')), h('dd', null, (t.leaders ?? []).join('、'))] : null,
    (t.leadUnits ?? []).length ? [h('dt', null, app.t('panel.leadUnits')), h('dd', null, units(t.leadUnits, 'lead'))] : null,
    (t.units ?? []).length ? [h('dt', null, app.t('panel.units')), h('dd', null, units(t.units, 'resp'))] : null,
    t.deadline ? [h('dt', null, app.t('panel.deadline')), h('dd', null, t.deadline)] : null,
    t.sectionTitle ? [h('dt', null, app.t('panel.section')), h('dd', null, t.sectionTitle)] : null,
  );
  const ctx = h('div', { class: 'context', 'data-testid': 'task-context' }, h('p', { class: 'task-text' }, t.text));
  const card = h(
    'article',
    { class: 'task-card', 'data-testid': 'task-card', 'data-task': t.id },
    h('header', null, h('span', { class: 'task-no' }, `#${t.index + 1}`), ' ', h('span', { class: 'muted' }, app.t('panel.line', { line: t.line }))),
    ctx,
    taskExtras(app, t),
    meta,
  );
  void sourceCodePoints(t.document).then(
    (points) => {
      clear(ctx);
      ctx.append(renderContext(document, sourceContext(points, t.span.start, t.span.end)));
    },
    () => undefined, // keep the task text when the source cannot be had
  );
  return card;
}

/** Task cards for a list, rendered in slices so long lists stay responsive. */
export function taskList(app: App, into: HTMLElement, tasks: TaskRecord[], emphasise?: string): void {
  const list = h('div', { class: 'task-list', 'data-testid': 'task-list' });
  into.append(list);
  const step = 40;
  let i = 0;
  const more = h('button', { type: 'button', class: 'more' });
  const render = () => {
    for (const t of tasks.slice(i, i + step)) list.append(taskCard(app, t, emphasise));
    i += step;
    more.remove();
    if (i < tasks.length) {
      more.textContent = app.t('common.showing', { shown: i, total: tasks.length });
      more.onclick = render;
      list.after(more);
    }
  };
  render();
}

export function loading(app: App): HTMLElement {
  return h('div', { class: 'loading', 'data-testid': 'loading' }, app.t('common.loading'));
}

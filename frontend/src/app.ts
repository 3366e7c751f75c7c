// What views share: the current route, language, URL updates and errors.

import { api, ApiError } from './api';
import { translate, type Lang, type MessageKey } from './i18n';
import { hook } from './charts';
import { h } from './dom';
import { ALL_JURISDICTIONS, encodeRoute, patchParams, type Params, type ViewName } from './state';

export interface App {
  lang: Lang;
  view: ViewName;
  params: Params;
  t(key: MessageKey, vars?: Record<string, string | number>): string;
  /** Changes the current view's URL state; push adds a history entry. */
  set(patch: Record<string, string | number | boolean | undefined | null>, opts?: { push?: boolean }): void;
  /** Navigates to another view with params. */
  go(view: ViewName, params: Params): void;
}

export interface View {
  /** Called with the new params whenever the URL state changes. */
  update(params: Params): void;
  destroy(): void;
}

export type ViewFactory = (root: HTMLElement, app: App) => View;

export function makeApp(view: ViewName, params: Params, lang: Lang, onChange: () => void): App {
  const app: App = {
    lang,
    view,
    params,
    t: (key, vars) => translate(app.lang, key, vars),
    set(patch, opts) {
      const next = patchParams(app.params, patch);
      const hash = encodeRoute({ view: app.view, params: next });
      if (hash === location.hash) return;
      if (opts?.push) history.pushState(null, '', hash);
      else history.replaceState(null, '', hash);
      onChange();
    },
    go(v, p) {
      location.hash = encodeRoute({ view: v, params: p });
    },
  };
  return app;
}

/** Problem codes the UI explains in its own language (api/error.go's table). */
const PROBLEM_CODES = ['invalid', 'unauthorized', 'forbidden', 'not_found', 'conflict', 'too_large', 'unsupported', 'unprocessable', 'not_implemented', 'unavailable', 'timeout', 'internal'] as const;

/** An error in the UI's language; the server's own words (English) stay as a detail. */
export function errorText(app: Pick<App, 't'>, err: unknown): { message: string; detail: string } {
  if (err instanceof ScopeError) return { message: err.message, detail: '' };
  if (err instanceof ApiError) {
    const code = (PROBLEM_CODES as readonly string[]).includes(err.code) ? err.code : err.status >= 500 ? 'internal' : 'invalid';
    return { message: app.t(`problem.${code}` as MessageKey), detail: err.detail || err.title };
  }
  if (err instanceof TypeError) return { message: app.t('problem.network'), detail: err.message }; // fetch failed: no answer
  return { message: app.t('problem.internal'), detail: err instanceof Error ? err.message : String(err) };
}

/**
 * Shows an error where a view's content would be, and keeps it for tests;
 * with onReset, a button that clears the filters.
 */
export function errorBox(app: App, err: unknown, onReset?: () => void): HTMLElement {
  const { message, detail } = errorText(app, err);
  hook.lastError = detail ? `${message} (${detail})` : message;
  return h(
    'div',
    { class: 'error', 'data-testid': 'error', role: 'alert' },
    h('strong', null, app.t('common.error')),
    ' ',
    h('span', { 'data-testid': 'error-message' }, message),
    onReset ? [' ', resetButton(app, onReset)] : null,
    detail ? h('details', { class: 'error-detail' }, h('summary', null, app.t('problem.detail')), h('code', null, detail)) : null,
  );
}

/** The empty state: why nothing is shown (the filters in force), and a reset. */
export function emptyState(app: App, filters: Record<string, string | undefined>, onReset: () => void): HTMLElement {
  const active = Object.entries(filters).filter(([, v]) => v);
  const why = active.length
    ? app.t('state.emptyFiltered', { filters: active.map(([k, v]) => `${app.t(`filterName.${k}` as MessageKey)}=${v}`).join('，') })
    : app.t('state.emptyStore');
  return h('div', { class: 'empty', 'data-testid': 'empty', role: 'status' }, h('span', { 'data-testid': 'empty-reason' }, why), ' ', active.length ? resetButton(app, onReset) : null);
}

function resetButton(app: App, onReset: () => void): HTMLButtonElement {
  return h('button', { type: 'button', 'data-testid': 'reset', onclick: onReset }, app.t('common.reset'));
}

/** Clears every filter of the current view (the language stays). */
export function resetView(app: App): void {
  app.go(app.view, app.lang === 'en' ? { lang: 'en' } : {});
}

/** A filter naming something the store does not hold: said in the UI's language. */
export class ScopeError extends Error {}

/**
 * Checks that the document(s) and the leader a URL names exist, before a
 * view asks for data the API would answer with an empty result or a 404.
 */
export async function checkScope(app: App, p: Params): Promise<void> {
  const ids = (p.document ?? '').split(',').map((d) => d.trim()).filter(Boolean);
  if (ids.length || (p.jurisdiction && p.jurisdiction !== ALL_JURISDICTIONS)) {
    const docs = await api.documents();
    const unknown = ids.filter((id) => !docs.some((d) => d.id === id));
    if (unknown.length) throw new ScopeError(app.t('state.unknownDocument', { id: unknown.join('、') }));
    if (p.jurisdiction && p.jurisdiction !== ALL_JURISDICTIONS && !docs.some((d) => d.jurisdiction === p.jurisdiction)) throw new ScopeError(app.t('state.unknownJurisdiction', { name: p.jurisdiction }));
  }
  if (p.leader) {
    const leaders = await api.leaders({ ...(ids.length ? { document: ids.join(',') } : {}), ...(p.jurisdiction && p.jurisdiction !== ALL_JURISDICTIONS ? { jurisdiction: p.jurisdiction } : {}) });
    if (!leaders.some((l) => l.name === p.leader)) throw new ScopeError(app.t(ids.length ? 'state.unknownLeaderInDocument' : 'state.unknownLeader', { name: p.leader }));
  }
}

/** Runs async loads so that only the latest one's result is used. */
export class Latest {
  private gen = 0;
  async run<T>(load: () => Promise<T>, use: (v: T) => void, fail: (e: unknown) => void): Promise<void> {
    const my = ++this.gen;
    try {
      const v = await load();
      if (my === this.gen) use(v);
    } catch (e) {
      if (my === this.gen) fail(e);
    }
  }
  cancel(): void {
    this.gen++;
  }
}

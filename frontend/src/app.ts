// What views share: the current route, language, URL updates and errors.

import { translate, type Lang, type MessageKey } from './i18n';
import { hook } from './charts';
import { h } from './dom';
import { encodeRoute, patchParams, type Params, type ViewName } from './state';

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

/** Shows an error where a view's content would be, and keeps it for tests. */
export function errorBox(app: App, err: unknown): HTMLElement {
  const msg = err instanceof Error ? err.message : String(err);
  hook.lastError = msg;
  return h('div', { class: 'error', 'data-testid': 'error', role: 'alert' }, h('strong', null, app.t('common.error')), ' ', msg);
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

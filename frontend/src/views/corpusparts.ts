// What the 对比 and 趋势 views share: the empty state, the research panel's
// download link, and the tasks behind a tie fetched by id.

import { apiURL, get } from '../api';
import type { App } from '../app';
import { h } from '../dom';
import type { MessageKey } from '../i18n';
import type { TaskPage, TaskRecord } from '../types';

/** What to do with too few documents: how many there are and how to add one. */
export function emptyState(app: App, key: MessageKey, count: number): HTMLElement {
  return h('div', { class: 'empty', 'data-testid': 'empty' },
    h('p', null, app.t(key, { count })),
    h('p', null, app.t('corpus.howToAdd'), ' ', h('a', { href: `#/documents${app.lang === 'en' ? '?lang=en' : ''}`, 'data-testid': 'empty-documents' }, app.t('nav.documents')), ' · ', h('code', null, 'govgraph import FILE')),
  );
}

/** The research panel (GET /export?format=panel): one row per document and unit, for R or Stata. */
export function panelLink(app: App): HTMLElement {
  return h('a', { class: 'button-link', href: apiURL('/export', { format: 'panel' }), download: 'govgraph-panel.zip', 'data-testid': 'panel-download', title: app.t('corpus.panelHint') }, app.t('corpus.panel'));
}

const PAGE = 1000;

/** The tasks of one document with the given ids ("<document>:<index>"), in index order; the ledger's pages are cached. */
export async function tasksOf(documentID: string, ids: readonly string[]): Promise<TaskRecord[]> {
  if (ids.length === 0) return [];
  const want = new Set(ids);
  const found: TaskRecord[] = [];
  for (let offset = 0; ; offset += PAGE) {
    const page = await get<TaskPage>('/tasks', { document: documentID, limit: PAGE, offset: offset || undefined });
    for (const t of page.tasks) if (want.has(t.id)) found.push(t);
    if (found.length === want.size || offset + PAGE >= page.total) break;
  }
  return found.sort((a, b) => a.index - b.index);
}

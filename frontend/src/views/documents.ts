// 文档: the documents with their statistics and diagnostics; with an admin
// token (kept in sessionStorage only) documents can be uploaded and deleted.

import { api } from '../api';
import { errorBox, Latest, type View, type ViewFactory } from '../app';
import { clear, h, table } from '../dom';
import type { Params } from '../state';
import type { DocumentInfo } from '../types';
import { loading, SidePanel, toolbar } from './common';

export const TOKEN_KEY = 'govgraph.adminToken';

export function adminToken(): string {
  try {
    return sessionStorage.getItem(TOKEN_KEY) ?? '';
  } catch {
    return '';
  }
}

export const documentsView: ViewFactory = (root, app): View => {
  const admin = h('section', { class: 'admin', 'data-testid': 'admin' });
  const message = h('div', { class: 'message', 'data-testid': 'documents-message' });
  const tableEl = h('div', { class: 'table-wrap' });
  const panel = new SidePanel(app, () => app.set({ doc: undefined }));
  root.append(admin, message, h('div', { class: 'stage' }, tableEl, panel.el));
  const loads = new Latest();
  const details = new Latest();
  let docs: DocumentInfo[] = [];

  /** Whether the server accepts the saved token: write actions are offered only then. */
  let writable = false;
  /** Whether the list has come: before, the table shows that it is loading. */
  let loaded = false;

  /** Asks the server what it allows with the saved token, then offers what it accepts. */
  function buildAdmin(): void {
    admin.replaceChildren(loading(app));
    const token = adminToken();
    void api.capabilities(token).then(
      (caps) => {
        writable = caps.writes && caps.tokenAccepted;
        showAdmin(caps.writes, token, caps.tokenAccepted);
        render(app.params);
      },
      (e: unknown) => {
        writable = false;
        admin.replaceChildren(errorBox(app, e));
        render(app.params);
      },
    );
  }

  function showAdmin(writes: boolean, token: string, accepted: boolean): void {
    clear(admin);
    if (!writes) {
      admin.append(h('p', { class: 'muted', 'data-testid': 'read-only' }, app.t('docs.readOnly')));
      return;
    }
    const tokenInput = h('input', { type: 'password', 'data-testid': 'admin-token', autocomplete: 'off', placeholder: app.t('docs.token'), value: token });
    admin.append(
      h('p', { class: 'muted' }, app.t('docs.tokenHint')),
      h('div', { class: 'filters' },
        h('label', { class: 'field' }, h('span', null, app.t('docs.token')), tokenInput),
        h('button', { type: 'button', 'data-testid': 'admin-token-save', onclick: () => { sessionStorage.setItem(TOKEN_KEY, tokenInput.value.trim()); buildAdmin(); } }, app.t('docs.tokenSave')),
        token ? h('button', { type: 'button', 'data-testid': 'admin-token-forget', onclick: () => { sessionStorage.removeItem(TOKEN_KEY); buildAdmin(); } }, app.t('docs.tokenForget')) : null,
        token ? h('span', { class: accepted ? 'ok' : 'error', 'data-testid': accepted ? 'token-accepted' : 'token-rejected' }, app.t(accepted ? 'docs.tokenAccepted' : 'docs.tokenRejected')) : null,
      ),
    );
    if (!accepted) return;
    const file = h('input', { type: 'file', 'data-testid': 'upload-file', accept: '.txt,.md,.tsv,.csv,.html,.htm,.docx,.xlsx,.pdf,text/plain' });
    const form = h('form', { class: 'filters', 'data-testid': 'upload-form' },
      h('label', { class: 'field' }, h('span', null, app.t('docs.upload')), file),
      h('button', { type: 'submit', 'data-testid': 'upload-submit' }, app.t('docs.uploadButton')),
    );
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      const f = file.files?.[0];
      if (!f) return;
      message.replaceChildren(loading(app));
      api.upload(f, adminToken()).then(
        (r) => {
          message.replaceChildren(h('div', { class: 'ok', 'data-testid': 'upload-result' }, app.t(r.unchanged ? 'docs.unchanged' : 'docs.uploaded', { document: r.document, tasks: r.tasks })));
          form.reset();
          void reload(app.params);
        },
        (err) => message.replaceChildren(errorBox(app, err)),
      );
    });
    admin.append(form);
  }

  function render(p: Params): void {
    if (!loaded) return;
    clear(tableEl);
    const rows = docs.map((d) => [
      h('a', { href: `#/documents?doc=${encodeURIComponent(d.id)}`, 'data-testid': 'document-link' }, d.title),
      d.issuer,
      d.date,
      d.jurisdiction,
      d.format,
      d.stats.sections,
      d.stats.tasks,
      d.stats.leaders,
      d.stats.units,
      d.stats.projects,
      d.stats.targets,
      d.stats.diagnostics,
      coverageCell(d),
      h('span', { class: 'actions' },
        h('a', { href: `#/ledger?document=${encodeURIComponent(d.id)}` }, app.t('nav.ledger')),
        ' ',
        h('a', { href: `#/network?document=${encodeURIComponent(d.id)}` }, app.t('nav.network')),
        writable ? h('button', { type: 'button', class: 'danger', 'data-testid': 'delete-document', onclick: () => remove(d) }, app.t('docs.delete')) : null,
      ),
    ]);
    if (!docs.length) {
      tableEl.append(h('div', { class: 'empty', 'data-testid': 'empty' }, app.t('state.emptyStore')));
      return;
    }
    tableEl.append(
      toolbar(app, {
        name: 'documents',
        csv: () => ({
          header: ['id', 'title', 'issuer', 'date', 'jurisdiction', 'format', 'sections', 'tasks', 'leaders', 'units', 'projects', 'targets', 'diagnostics'],
          rows: docs.map((d) => [d.id, d.title, d.issuer, d.date, d.jurisdiction, d.format, d.stats.sections, d.stats.tasks, d.stats.leaders, d.stats.units, d.stats.projects, d.stats.targets, d.stats.diagnostics]),
        }),
      }),
      table('documents-table', [app.t('docs.title'), app.t('docs.issuer'), app.t('docs.date'), app.t('docs.jurisdiction'), app.t('docs.format'), app.t('docs.sections'), app.t('docs.tasks'), app.t('docs.leaders'), app.t('docs.units'), app.t('docs.projects'), app.t('docs.targets'), app.t('docs.diagnostics'), app.t('quality.coverage'), ''], rows),
    );
    showDocument(p);
  }

  // coverageCell: "annotated/items" from the listing's own counts (one
  // request for the whole table), a link to the document's quality queue.
  function coverageCell(d: DocumentInfo): HTMLElement {
    const c = d.stats.coverage;
    return h('a', {
      href: `#/quality?document=${encodeURIComponent(d.id)}`,
      'data-testid': 'document-coverage',
      title: app.t('docs.coverageHint', { items: c.items, annotated: c.annotated, unannotated: c.unannotated }),
    }, c.items ? `${c.annotated}/${c.items} (${Math.round((100 * c.annotated) / c.items)}%)` : '–');
  }

  function showDocument(p: Params): void {
    const d = p.doc ? docs.find((x) => x.id === p.doc) : undefined;
    if (!d) return panel.close();
    const body = panel.open(d.title);
    body.append(loading(app));
    void details.run(
      () => api.document(d.id),
      (doc) => {
        clear(body);
        const diags = doc.diagnostics ?? [];
        body.append(
          h('dl', { class: 'task-meta' },
            h('dt', null, 'id'), h('dd', null, h('code', null, d.id)),
            d.number ? [h('dt', null, '文号'), h('dd', null, d.number)] : null,
            d.fileName ? [h('dt', null, 'file'), h('dd', null, d.fileName)] : null,
            h('dt', null, 'sha256'), h('dd', null, h('code', null, d.hash.slice(0, 16))),
          ),
          h('h3', null, app.t('docs.sections')),
          h('ol', { start: 0 }, (doc.sections ?? []).map((s) => h('li', null, s.title || '—'))),
          h('h3', null, `${app.t('docs.diagnostics')} (${diags.length})`),
          diags.length
            ? table('diagnostics-table', [app.t('docs.line'), app.t('docs.column'), app.t('docs.severity'), app.t('docs.message')], diags.map((g) => [g.line, g.column, g.severity, g.message]))
            : h('p', { class: 'muted' }, app.t('docs.noDiagnostics')),
        );
      },
      (e) => body.replaceChildren(errorBox(app, e)),
    );
  }

  function remove(d: DocumentInfo): void {
    if (!confirm(app.t('docs.confirmDelete', { title: d.title }))) return;
    api.remove(d.id, adminToken()).then(
      () => {
        message.replaceChildren(h('div', { class: 'ok' }, app.t('docs.deleted')));
        app.set({ doc: undefined });
        void reload(app.params);
      },
      (e) => message.replaceChildren(errorBox(app, e)),
    );
  }

  async function reload(p: Params): Promise<void> {
    await loads.run(
      () => api.documents(),
      (list) => {
        docs = list;
        loaded = true;
        render(p);
      },
      (e) => {
        docs = [];
        tableEl.replaceChildren(errorBox(app, e));
      },
    );
  }

  buildAdmin();
  tableEl.append(loading(app));
  void reload(app.params);
  return {
    update: (p) => showDocument(p),
    destroy() {
      loads.cancel();
      details.cancel();
    },
  };
};

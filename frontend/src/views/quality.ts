// 数据质量: a document's data-quality queue (kind, line:column, message,
// names, suggestion — all text); with a saved admin token, accept and
// dismiss.

import { api } from '../api';
import { errorBox, Latest, type View, type ViewFactory } from '../app';
import { clear, h, table } from '../dom';
import { qualityKindLabel } from '../i18n';
import type { Params } from '../state';
import type { DocumentInfo, QualityItem } from '../types';
import { loading } from './common';
import { adminToken } from './documents';

export const qualityView: ViewFactory = (root, app): View => {
  const picker = h('select', { 'data-testid': 'quality-document' }) as HTMLSelectElement;
  const message = h('div', { class: 'message', 'data-testid': 'quality-message' });
  const body = h('div', { class: 'table-wrap', 'data-testid': 'quality-queue' });
  root.append(h('div', { class: 'filters' }, h('label', { class: 'field' }, h('span', null, app.t('quality.document')), picker)), message, body);
  const loads = new Latest();
  let docs: DocumentInfo[] = [];
  picker.addEventListener('change', () => app.set({ document: picker.value }));

  function current(p: Params): string {
    return p.document && docs.some((d) => d.id === p.document) ? p.document : (docs[0]?.id ?? '');
  }

  function decide(doc: string, it: QualityItem, decision: 'accept' | 'dismiss'): void {
    message.replaceChildren(loading(app));
    api.decide(doc, it.id, decision, adminToken()).then(
      (r) => {
        const rederived = Array.isArray(r.rederived) ? r.rederived.length : 0;
        message.replaceChildren(h('div', { class: 'ok', 'data-testid': 'quality-result' },
          decision === 'accept' ? app.t('quality.accepted', { file: String(r.file ?? ''), n: rederived }) : app.t('quality.dismiss')));
        void show(app.params);
      },
      (e) => message.replaceChildren(errorBox(app, e)),
    );
  }

  async function show(p: Params): Promise<void> {
    const doc = current(p);
    picker.value = doc;
    if (!doc) return;
    body.replaceChildren(loading(app));
    const admin = adminToken() !== '';
    await loads.run(
      () => api.quality(doc),
      (r) => {
        clear(body);
        const c = r.coverage;
        body.append(h('p', { 'data-testid': 'quality-coverage' },
          app.t('quality.coverageLine', { items: c.items, annotated: c.annotated, unannotated: c.unannotated, tasks: c.tasks ?? 0 }) +
            (r.dismissed ? ` · ${app.t('quality.dismissed', { n: r.dismissed })}` : '')));
        if (!r.items.length) {
          body.append(h('p', { class: 'muted' }, app.t('quality.empty')));
          return;
        }
        const headers = [app.t('quality.kind'), app.t('quality.position'), app.t('quality.message'), app.t('quality.names'), app.t('quality.suggestion')];
        if (admin) headers.push('');
        body.append(table('quality-table', headers, r.items.map((it) => {
          const row: (string | Node)[] = [h('span', { title: it.kind, 'data-kind': it.kind }, qualityKindLabel(app.lang, it.kind)), `${it.line}:${it.column}`, it.message, it.names.join(' ↔ '), it.suggestion];
          if (admin) {
            row.push(h('span', { class: 'actions' },
              it.action ? h('button', { type: 'button', 'data-testid': 'quality-accept', onclick: () => decide(doc, it, 'accept') }, app.t('quality.accept')) : null,
              ' ',
              h('button', { type: 'button', 'data-testid': 'quality-dismiss', onclick: () => decide(doc, it, 'dismiss') }, app.t('quality.dismiss'))));
          }
          return row;
        })));
      },
      (e) => body.replaceChildren(errorBox(app, e)),
    );
  }

  void api.documents().then(
    (list) => {
      docs = list;
      picker.replaceChildren(...list.map((d) => h('option', { value: d.id }, `${d.jurisdiction} ${d.date || ''} ${d.title}`)));
      void show(app.params);
    },
    (e) => body.replaceChildren(errorBox(app, e)),
  );
  return {
    update: (p) => void show(p),
    destroy: () => loads.cancel(),
  };
};

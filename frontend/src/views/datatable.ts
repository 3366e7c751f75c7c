// The data-table alternative of a chart: a real <table> of what the chart
// shows, in place of the chart when `table=1` is in the URL; rows that stand
// for something openable take Tab focus and open it on Enter.

import type { App } from '../app';
import type { Cell } from '../csv';
import { h } from '../dom';
import type { ExportTable } from './common';

const text = (c: Cell) => (Array.isArray(c) ? c.join('、') : c === null || c === undefined ? '' : String(c));

/** A table of data; onOpen(i), when given, makes row i focusable and opens it on Enter or click. */
export function dataTable(caption: string, data: ExportTable, onOpen?: (row: number) => void): HTMLTableElement {
  return h(
    'table',
    { class: 'data data-table', 'data-testid': 'data-table' },
    h('caption', null, caption),
    h('thead', null, h('tr', null, data.header.map((c) => h('th', { scope: 'col' }, c)))),
    h(
      'tbody',
      null,
      data.rows.map((r, i) =>
        h(
          'tr',
          onOpen
            ? {
                tabindex: 0,
                onclick: () => onOpen(i),
                onkeydown: (e: Event) => {
                  if ((e as KeyboardEvent).key === 'Enter') onOpen(i);
                },
              }
            : null,
          r.map((c) => h('td', null, text(c))),
        ),
      ),
    ),
  );
}

/** The 以表格显示 / 以图显示 button, toggling table=1 in the URL; syncToggles relabels it. */
export function tableToggle(app: App): HTMLButtonElement {
  const b = h('button', { type: 'button', 'data-testid': 'table-toggle', onclick: () => app.set({ table: app.params.table === '1' ? undefined : '1' }, { push: true }) });
  syncToggle(b, app);
  return b;
}

/** Labels a toggle for the URL's table state. */
export function syncToggle(b: Element | null, app: App): void {
  if (!b) return;
  const on = app.params.table === '1';
  b.setAttribute('aria-pressed', on ? 'true' : 'false');
  b.textContent = app.t(on ? 'table.hide' : 'table.show');
}

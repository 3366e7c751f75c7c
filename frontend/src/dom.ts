// DOM helpers. Text goes in through text nodes only: document text is
// untrusted, so nothing here (or anywhere in the UI) sets innerHTML.

type Child = Node | string | number | null | undefined | false;
type Attrs = Record<string, string | number | boolean | undefined | null | EventListener>;

export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs?: Attrs | null, ...children: (Child | Child[])[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  if (attrs) {
    for (const [k, v] of Object.entries(attrs)) {
      if (v === undefined || v === null || v === false) continue;
      if (k.startsWith('on') && typeof v === 'function') el.addEventListener(k.slice(2).toLowerCase(), v);
      else if (k === 'class') el.className = String(v);
      else if (k === 'value' && 'value' in el) (el as HTMLInputElement).value = String(v);
      else if (k === 'checked' && 'checked' in el) (el as HTMLInputElement).checked = Boolean(v);
      else el.setAttribute(k, v === true ? '' : String(v));
    }
  }
  append(el, children);
  return el;
}

export function append(el: Element, children: (Child | Child[])[]): void {
  for (const c of children.flat()) {
    if (c === null || c === undefined || c === false) continue;
    el.append(typeof c === 'object' ? c : document.createTextNode(String(c)));
  }
}

export function clear(el: Element): void {
  while (el.firstChild) el.removeChild(el.firstChild);
}

export function download(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const a = h('a', { href: url, download: name });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function downloadDataURL(dataURL: string, name: string): void {
  const a = h('a', { href: dataURL, download: name });
  document.body.append(a);
  a.click();
  a.remove();
}

export interface Option { value: string; label: string }

/** A labelled <select>; onChange gets the chosen value ("" for the first, "any" option). */
export function select(label: string, testid: string, options: Option[], value: string, onChange: (v: string) => void, disabled = false): HTMLLabelElement {
  const sel = h('select', { 'data-testid': testid, disabled });
  for (const o of options) sel.append(h('option', { value: o.value }, o.label));
  sel.value = options.some((o) => o.value === value) ? value : (options[0]?.value ?? '');
  sel.addEventListener('change', () => onChange(sel.value));
  return h('label', { class: 'field' }, h('span', null, label), sel);
}

export function debounce<A extends unknown[]>(fn: (...args: A) => void, ms: number): (...args: A) => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return (...args: A) => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => fn(...args), ms);
  };
}

/** A table from a header and rows of cells; cells may be nodes. */
export function table(testid: string, header: Child[], rows: Child[][], onHeader?: (i: number) => void): HTMLTableElement {
  const thead = h('thead', null, h('tr', null, header.map((c, i) => h('th', onHeader ? { onclick: () => onHeader(i), class: 'sortable' } : null, c))));
  const tbody = h('tbody', null, rows.map((r) => h('tr', null, r.map((c) => h('td', null, c)))));
  return h('table', { class: 'data', 'data-testid': testid }, thead, tbody);
}

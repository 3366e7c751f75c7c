// Source context: a task's sentence with the text around it, sliced by code
// point spans as the API gives them (never by UTF-16 index).

export interface ContextParts {
  before: string;
  match: string;
  after: string;
  /** True when text was cut before / after the shown context. */
  clippedStart: boolean;
  clippedEnd: boolean;
}

/**
 * Returns the span [start,end) of source with up to radius code points on each
 * side, cut at line breaks close to the span so the paragraph reads whole.
 * `points` may be passed to avoid re-splitting a long source for every task.
 */
export function sourceContext(source: string | readonly string[], start: number, end: number, radius = 120): ContextParts {
  const points = typeof source === 'string' ? Array.from(source) : source;
  const n = points.length;
  const s = clamp(start, 0, n);
  const e = clamp(end, s, n);
  let from = Math.max(0, s - radius);
  let to = Math.min(n, e + radius);
  // Stay within the paragraph: the last line break before the span, the first after it.
  for (let i = s - 1; i >= from; i--) {
    if (points[i] === '\n') {
      from = i + 1;
      break;
    }
  }
  for (let i = e; i < to; i++) {
    if (points[i] === '\n') {
      to = i;
      break;
    }
  }
  return {
    before: points.slice(from, s).join(''),
    match: points.slice(s, e).join(''),
    after: points.slice(e, to).join(''),
    clippedStart: from > 0 && points[from - 1] !== '\n',
    clippedEnd: to < n && points[to] !== '\n',
  };
}

/** Builds a paragraph element with the span in a <mark>; text only, never markup. */
export function renderContext(doc: Document, parts: ContextParts): HTMLElement {
  const p = doc.createElement('p');
  p.className = 'source-context';
  if (parts.clippedStart) p.append(doc.createTextNode('…'));
  p.append(doc.createTextNode(parts.before));
  const mark = doc.createElement('mark');
  mark.textContent = parts.match;
  p.append(mark);
  p.append(doc.createTextNode(parts.after));
  if (parts.clippedEnd) p.append(doc.createTextNode('…'));
  return p;
}

function clamp(v: number, lo: number, hi: number): number {
  return Math.min(hi, Math.max(lo, Number.isFinite(v) ? v : lo));
}

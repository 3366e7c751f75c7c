// The govgraph API client (/api/v1). Errors are application/problem+json.

import type {
  Capabilities,
  CypherResult,
  DocumentInfo,
  LeaderNetwork,
  DocumentSource,
  ImportResult,
  LeaderInfo,
  MetricsReport,
  ParsedDocument,
  Portfolio,
  Problem,
  QualityReport,
  SearchHit,
  Subgraph,
  TaskPage,
  UnitDetail,
  UnitInfo,
  UnitNetwork,
} from './types';

export const API_BASE = 'api/v1';

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly title: string,
    readonly detail: string,
    /** The problem's code (graph error kinds: not_found, invalid, …); '' when the answer was no problem. */
    readonly code = '',
  ) {
    super(detail ? `${title}: ${detail}` : title);
  }
}

type Query = Record<string, string | number | boolean | undefined | null>;

export function apiURL(path: string, query?: Query): string {
  const search = new URLSearchParams();
  for (const [k, v] of Object.entries(query ?? {})) {
    if (v !== undefined && v !== null && v !== '' && v !== false) search.set(k, v === true ? '1' : String(v));
  }
  const qs = search.toString();
  return `${API_BASE}${path}${qs ? `?${qs}` : ''}`;
}

async function problem(res: Response): Promise<ApiError> {
  let title = res.statusText || `HTTP ${res.status}`;
  let detail = '';
  let code = '';
  try {
    const body = (await res.json()) as Partial<Problem>;
    if (body.title) title = body.title;
    if (body.detail) detail = body.detail;
    if (body.code) code = body.code;
  } catch {
    // not JSON: keep the status text
  }
  return new ApiError(res.status, title, detail, code);
}

const cache = new Map<string, Promise<unknown>>();

/** GET with a cache of successful answers; forget() drops it after writes. */
export function get<T>(path: string, query?: Query): Promise<T> {
  const url = apiURL(path, query);
  let p = cache.get(url) as Promise<T> | undefined;
  if (!p) {
    p = fetch(url, { headers: { Accept: 'application/json' } }).then(async (res) => {
      if (!res.ok) throw await problem(res);
      return (await res.json()) as T;
    });
    cache.set(url, p);
    p.catch(() => cache.delete(url));
  }
  return p;
}

export function forget(): void {
  cache.clear();
  sourcePoints.clear();
}

const enc = encodeURIComponent;

/** GET that always asks the server (no cache): answers that depend on the token sent. */
async function fresh<T>(path: string, headers: Record<string, string>): Promise<T> {
  const res = await fetch(apiURL(path), { headers: { Accept: 'application/json', ...headers }, cache: 'no-store' });
  if (!res.ok) throw await problem(res);
  return (await res.json()) as T;
}

export const api = {
  /** What the server allows; with a token, whether it accepts that token. */
  capabilities: (token = '') => fresh<Capabilities>('/capabilities', token ? { Authorization: `Bearer ${token}` } : {}),
  /** The URL of a research export (a download) of the unit network under filters. */
  exportURL: (format: 'gexf' | 'graphml' | 'json' | 'csv' | 'panel', q: Query) => apiURL('/export', { ...q, format }),
  async cypher(query: string, params: Record<string, unknown>): Promise<CypherResult> {
    const res = await fetch(apiURL('/cypher'), { method: 'POST', body: JSON.stringify({ query, params }), headers: { 'Content-Type': 'application/json', Accept: 'application/json' } });
    if (!res.ok) throw await problem(res);
    return (await res.json()) as CypherResult;
  },
  leaderNetwork: (q: Query) => get<LeaderNetwork>('/networks/leaders', q),
  documents: () => get<DocumentInfo[]>('/documents'),
  document: (id: string) => get<ParsedDocument>(`/documents/${enc(id)}`),
  source: (id: string) => get<DocumentSource>(`/documents/${enc(id)}/source`),
  tasks: (q: Query) => get<TaskPage>('/tasks', q),
  leaders: (q: Query = {}) => get<LeaderInfo[]>('/leaders', q),
  portfolio: (name: string, q: Query = {}) => get<Portfolio>(`/leaders/${enc(name)}/portfolio`, q),
  units: (q: Query = {}) => get<UnitInfo[]>('/units', q),
  unit: (name: string, q: Query = {}) => get<UnitDetail>(`/units/${enc(name)}`, q),
  network: (q: Query) => get<UnitNetwork>('/networks/units', q),
  metrics: (q: Query) => get<MetricsReport>('/metrics/units', q),
  paths: (from: string, to: string) => get<Subgraph>('/paths', { from, to }),
  neighbours: (id: string, depth = 1) => get<Subgraph>('/neighbours', { id, depth }),
  search: (q: string, jurisdiction?: string) => get<SearchHit[] | { hits: SearchHit[] }>('/search', { q, jurisdiction }).then((r) => (Array.isArray(r) ? r : (r.hits ?? []))),
  chart: (view: string, q: Query) => get<Record<string, unknown>>(`/charts/${enc(view)}`, q),

  async upload(file: File, token: string): Promise<ImportResult> {
    const body = new FormData();
    body.append('file', file, file.name);
    const res = await fetch(apiURL('/documents'), { method: 'POST', body, headers: { Authorization: `Bearer ${token}`, Accept: 'application/json' } });
    if (!res.ok) throw await problem(res);
    forget();
    return (await res.json()) as ImportResult;
  },

  quality: (id: string) => get<QualityReport>(`/documents/${enc(id)}/quality`),

  async decide(id: string, item: string, decision: 'accept' | 'dismiss', token: string): Promise<Record<string, unknown>> {
    const res = await fetch(apiURL(`/documents/${enc(id)}/quality/${enc(item)}/${decision}`), { method: 'POST', headers: { Authorization: `Bearer ${token}`, Accept: 'application/json' } });
    if (!res.ok) throw await problem(res);
    forget();
    return (await res.json()) as Record<string, unknown>;
  },

  async remove(id: string, token: string): Promise<void> {
    const res = await fetch(apiURL(`/documents/${enc(id)}`), { method: 'DELETE', headers: { Authorization: `Bearer ${token}` } });
    if (!res.ok) throw await problem(res);
    forget();
  },
};

const sourcePoints = new Map<string, Promise<string[]>>();

/** A document's source split into code points once, for slicing by span. */
export function sourceCodePoints(documentID: string): Promise<string[]> {
  let p = sourcePoints.get(documentID);
  if (!p) {
    p = api.source(documentID).then((s) => Array.from(s.source));
    sourcePoints.set(documentID, p);
    p.catch(() => sourcePoints.delete(documentID));
  }
  return p;
}

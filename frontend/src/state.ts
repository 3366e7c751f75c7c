// URL state: every view keeps what it shows in the location hash, as
// "#/<view>?key=value&…", so that a copied link reproduces the view.

export type Params = Record<string, string>;

export interface Route { view: string; params: Params }

export const VIEWS = [
  'network',
  'matrix',
  'portfolio',
  'sankey',
  'bottleneck',
  'compare',
  'trends',
  'structure',
  'explore',
  'ledger',
  'documents',
  'quality',
  'cypher',
] as const;

export type ViewName = (typeof VIEWS)[number];

export const DEFAULT_VIEW: ViewName = 'network';

/** The views a jurisdiction scopes: on documents of several jurisdictions they open on one (main.ts). */
export const SCOPED_VIEWS: readonly ViewName[] = ['network', 'matrix', 'portfolio', 'sankey', 'bottleneck', 'ledger'];

/** `jurisdiction=*`: every jurisdiction (the picker's 全部), where an absent one means the view's default. */
export const ALL_JURISDICTIONS = '*';

export function isView(name: string): name is ViewName {
  return (VIEWS as readonly string[]).includes(name);
}

/** Parses a location hash ("#/ledger?q=x") into a route; unknown views fall back to the default. */
export function decodeRoute(hash: string): Route {
  let rest = hash.startsWith('#') ? hash.slice(1) : hash;
  if (rest.startsWith('/')) rest = rest.slice(1);
  const q = rest.indexOf('?');
  const path = q < 0 ? rest : rest.slice(0, q);
  const query = q < 0 ? '' : rest.slice(q + 1);
  const params: Params = {};
  for (const [k, v] of new URLSearchParams(query)) {
    if (k !== '' && v !== '') params[k] = v;
  }
  const name = safeDecode(path);
  return { view: isView(name) ? name : DEFAULT_VIEW, params };
}

/** Encodes a route as a hash; empty values are left out and keys sorted so equal states give equal links. */
export function encodeRoute(route: Route): string {
  const search = new URLSearchParams();
  for (const key of Object.keys(route.params).sort()) {
    const v = route.params[key];
    if (v !== undefined && v !== null && v !== '') search.set(key, v);
  }
  // Spaces as %20 rather than "+": clearer in a shared link, and a literal "+" is %2B anyway.
  const qs = search.toString().replace(/\+/g, '%20');
  return `#/${route.view}${qs ? `?${qs}` : ''}`;
}

/** Returns params with patch applied; undefined or "" removes a key. */
export function patchParams(params: Params, patch: Record<string, string | number | boolean | undefined | null>): Params {
  const out: Params = { ...params };
  for (const [k, v] of Object.entries(patch)) {
    if (v === undefined || v === null || v === '' || v === false) delete out[k];
    else out[k] = v === true ? '1' : String(v);
  }
  return out;
}

export function getInt(params: Params, key: string, fallback: number, min = -Infinity, max = Infinity): number {
  const raw = params[key];
  if (raw === undefined || !/^-?\d+$/.test(raw)) return fallback;
  const n = Number(raw);
  return Math.min(max, Math.max(min, n));
}

export function getEnum<T extends string>(params: Params, key: string, allowed: readonly T[], fallback: T): T {
  const raw = params[key];
  return raw !== undefined && (allowed as readonly string[]).includes(raw) ? (raw as T) : fallback;
}

/** Lists are kept comma-separated; items are URI-encoded so names with commas survive. */
export function getList(params: Params, key: string): string[] {
  const raw = params[key];
  if (!raw) return [];
  return raw.split(',').filter((s) => s !== '').map(safeDecode);
}

export function listParam(items: readonly string[]): string | undefined {
  if (items.length === 0) return undefined;
  return items.map((s) => s.replace(/%/g, '%25').replace(/,/g, '%2C')).join(',');
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

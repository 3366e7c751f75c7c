import { describe, expect, it } from 'vitest';
import { entityJurisdiction } from './filters';
import { unitLabels } from './views/bottleneck';
import { openingJurisdiction, scopeQuery } from './views/common';
import type { DocumentInfo } from './types';

describe('jurisdiction scope', () => {
  it('reads the jurisdiction of entity ids only', () => {
    expect(entityJurisdiction('unit:济南市市中区/区商务局')).toBe('济南市市中区');
    expect(entityJurisdiction('leader:济南市历下区/武毅')).toBe('济南市历下区');
    expect(entityJurisdiction('project:济南市历下区/a/b')).toBe('济南市历下区');
    expect(entityJurisdiction('task:doc:3')).toBeUndefined();
    expect(entityJurisdiction('document:x')).toBeUndefined();
  });

  it('tells apart units of one name in several jurisdictions, and only those', () => {
    const labels = unitLabels([
      { id: 'unit:A区/区商务局', name: '区商务局', jurisdiction: 'A区' },
      { id: 'unit:B区/区商务局', name: '区商务局', jurisdiction: 'B区' },
      { id: 'unit:B区/区民政局', name: '区民政局', jurisdiction: 'B区' },
    ]);
    expect([...labels.values()]).toEqual(['区商务局（A区）', '区商务局（B区）', '区民政局']);
  });

  it('passes the URL scope to the API, empty values as absent', () => {
    expect(scopeQuery({ jurisdiction: '济南市历下区', year: '2024' })).toEqual({ jurisdiction: '济南市历下区', year: '2024' });
    expect(scopeQuery({ jurisdiction: '', document: 'x' })).toEqual({ jurisdiction: undefined, year: undefined });
  });

  it('reads * as every jurisdiction (no filter)', () => {
    expect(scopeQuery({ jurisdiction: '*' })).toEqual({ jurisdiction: undefined, year: undefined });
  });

  it('opens on the jurisdiction with most documents, the URL document’s own, or none when there is one', () => {
    const doc = (id: string, jurisdiction: string, year: number) => ({ id, jurisdiction, year, date: `${year}-01-01` }) as DocumentInfo;
    const docs = [doc('a', 'A区', 2023), doc('b', 'A区', 2024), doc('c', 'B区', 2025), doc('d', 'C区', 2024), doc('e', 'C区', 2025)];
    // A区 and C区 have two documents each; C区's latest is later.
    expect(openingJurisdiction(docs, {})).toBe('C区');
    expect(openingJurisdiction(docs, { document: 'c' })).toBe('B区');
    expect(openingJurisdiction(docs, { document: 'unknown' })).toBe('C区');
    expect(openingJurisdiction(docs, { node: 'unit:A区/区商务局' })).toBe('A区');
    expect(openingJurisdiction(docs, { node: 'unit:Z区/区商务局' })).toBe('C区');
    expect(openingJurisdiction(docs, { jurisdiction: '*' })).toBeUndefined();
    expect(openingJurisdiction(docs, { jurisdiction: 'A区' })).toBeUndefined();
    expect(openingJurisdiction(docs.slice(0, 2), {})).toBeUndefined();
    expect(openingJurisdiction([doc('x', '', 2024), doc('y', 'A区', 2024)], {})).toBeUndefined();
  });
});

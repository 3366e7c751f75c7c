import { describe, expect, it } from 'vitest';
import { entityJurisdiction } from './filters';
import { unitLabels } from './views/bottleneck';
import { scopeQuery } from './views/common';

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
});

import { describe, expect, it } from 'vitest';
import { buildCSV, csvCell, fileName } from './csv';

describe('csvCell', () => {
  const cases: [string, Parameters<typeof csvCell>[0], string][] = [
    ['plain text', '区财政局', '区财政局'],
    ['number', 6, '6'],
    ['negative number stays a number', '-3.5', '-3.5'],
    ['null', null, ''],
    ['comma is quoted', 'a,b', '"a,b"'],
    ['quote is doubled', '他说"好"', '"他说""好"""'],
    ['newline is quoted', 'a\nb', '"a\nb"'],
    ['list joins', ['区财政局', '区发展和改革局'], '区财政局、区发展和改革局'],
    ['formula is neutralised', '=HYPERLINK("x")', `"'=HYPERLINK(""x"")"`],
    ['at sign is neutralised', '@cmd', "'@cmd"],
  ];
  for (const [name, input, want] of cases) {
    it(name, () => expect(csvCell(input)).toBe(want));
  }
});

describe('buildCSV', () => {
  it('writes header and rows with CRLF', () => {
    const csv = buildCSV(['单位', '任务数'], [['区财政局', 12], ['a,b', 3]]);
    expect(csv).toBe('单位,任务数\r\n区财政局,12\r\n"a,b",3\r\n');
  });
  it('writes only the header for no rows', () => {
    expect(buildCSV(['a'], [])).toBe('a\r\n');
  });
});

describe('fileName', () => {
  it('joins filters and strips unsafe characters', () => {
    expect(fileName('network', ['武毅', undefined, 'a/b c'], 'csv')).toBe('network-武毅-a_b_c.csv');
    expect(fileName('ledger', [], 'png')).toBe('ledger.png');
  });
});

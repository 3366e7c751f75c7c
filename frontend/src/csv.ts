// CSV building (RFC 4180) for the "download what is shown" buttons.

export type Cell = string | number | boolean | null | undefined | readonly string[];

/** Quotes a cell when it holds a separator, quote or line break; lists join with "、". */
export function csvCell(value: Cell): string {
  if (value === null || value === undefined) return '';
  let s = Array.isArray(value) ? value.join('、') : String(value);
  // Cells starting with these are run as formulas by spreadsheets: neutralise them.
  if (/^[=+\-@\t\r]/.test(s) && !/^-?\d+(\.\d+)?$/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** Builds a CSV text with a header row; CRLF line ends as RFC 4180 asks. */
export function buildCSV(header: readonly string[], rows: readonly (readonly Cell[])[]): string {
  const lines = [header.map(csvCell).join(',')];
  for (const row of rows) lines.push(row.map(csvCell).join(','));
  return lines.join('\r\n') + '\r\n';
}

/** A UTF-8 BOM lets spreadsheet programs read the Chinese text right. */
export function csvBlob(csv: string): Blob {
  return new Blob(['\ufeff', csv], { type: 'text/csv;charset=utf-8' });
}

/** A file name from a view name and its filters: safe on every file system. */
export function fileName(base: string, parts: readonly (string | undefined)[], ext: string): string {
  const tail = parts.filter((p): p is string => !!p).join('-');
  const name = tail ? `${base}-${tail}` : base;
  return `${name.replace(/[\\/:*?"<>|\s]+/g, '_').slice(0, 120)}.${ext}`;
}

package extract

import (
	"bytes"
	"context"
	"strings"

	"github.com/xuri/excelize/v2"

	"govgraph/graph"
)

// xlsxText reads every visible sheet of a workbook, one line per row, cells
// joined by TAB; sheets are separated by a blank line. A merged range keeps
// its text in its first column on every row it covers (as tableGrid does for
// rowspan) and leaves its other columns empty. Title rows above the header
// and notes below the table stay rows like any other; the parser finds the
// header wherever it is.
func xlsxText(ctx context.Context, name string, data []byte) (string, error) {
	if _, err := openZip(name, ".xlsx", data); err != nil {
		return "", err
	}
	f, err := excelize.OpenReader(bytes.NewReader(data), excelize.Options{UnzipSizeLimit: maxZipTotal, UnzipXMLSizeLimit: maxZipEntry})
	if err != nil {
		return "", graph.Errorf(graph.EINVALID, "%s: not a readable .xlsx workbook: %v", name, err)
	}
	defer f.Close()
	var out strings.Builder
	grid := newTableGrid(&out)
	for _, sheet := range f.GetSheetList() {
		if visible, err := f.GetSheetVisible(sheet); err == nil && !visible {
			continue
		}
		if out.Len() > 0 {
			out.WriteByte('\n')
		}
		if err := xlsxSheet(ctx, f, sheet, grid); err != nil {
			return "", graph.Errorf(graph.EINVALID, "%s: sheet %q: %v", name, sheet, err)
		}
		if err := ctx.Err(); err != nil {
			return "", err
		}
	}
	return cleanText(name, out.String())
}

// xlsxSheet writes one sheet's rows.
func xlsxSheet(ctx context.Context, f *excelize.File, sheet string, grid *tableGrid) error {
	// below[row][col]: text a vertical merge carries into a lower row.
	below := map[int]map[int]string{}
	merges, err := f.GetMergeCells(sheet)
	if err != nil {
		return err
	}
	for _, m := range merges {
		c1, r1, err1 := excelize.CellNameToCoordinates(m.GetStartAxis())
		_, r2, err2 := excelize.CellNameToCoordinates(m.GetEndAxis())
		if err1 != nil || err2 != nil || r2 <= r1 {
			continue
		}
		for r := r1 + 1; r <= min(r2, r1+maxRowspan); r++ {
			if below[r] == nil {
				below[r] = map[int]string{}
			}
			below[r][c1] = m.GetCellValue()
		}
	}
	rows, err := f.Rows(sheet)
	if err != nil {
		return err
	}
	defer rows.Close()
	var table [][]string
	width := 0
	for r := 1; rows.Next(); r++ {
		if r%1024 == 0 && ctx.Err() != nil {
			return ctx.Err()
		}
		cols, err := rows.Columns()
		if err != nil {
			return err
		}
		var cells []string
		for _, c := range cols[:min(len(cols), maxColumns)] {
			cells = append(cells, cellText(c))
		}
		for c, text := range below[r] {
			for len(cells) < c && c <= maxColumns {
				cells = append(cells, "")
			}
			if c <= len(cells) && cells[c-1] == "" {
				cells[c-1] = cellText(text)
			}
		}
		table = append(table, cells)
		width = max(width, len(cells))
	}
	if err := rows.Error(); err != nil {
		return err
	}
	// Every row as wide as the sheet, so that a title or category row
	// with one filled cell is still a row of the table.
	for _, cells := range table {
		for len(cells) < width {
			cells = append(cells, "")
		}
		grid.write(cells)
	}
	return nil
}

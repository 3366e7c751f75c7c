package extract

import (
	"bytes"
	"context"
	"slices"
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
		if leaderSheet(sheet) || departmentName(sheet) {
			out.WriteString(sheet + "\n") // a sheet per leader or per lead unit: its name titles its table
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

// maxEmptyRows empty rows in a row end a sheet.
const maxEmptyRows = 10000

// xlsxSheet writes one sheet's rows. The rows are streamed first: reading
// the merged ranges loads the whole worksheet into excelize's model, after
// which it would re-encode the sheet to stream it.
func xlsxSheet(ctx context.Context, f *excelize.File, sheet string, grid *tableGrid) error {
	type sheetRow struct {
		r     int
		cells []string
	}
	rows, err := f.Rows(sheet)
	if err != nil {
		return err
	}
	var table []sheetRow
	empty := 0
	for r := 1; rows.Next(); r++ {
		if r%1024 == 0 && ctx.Err() != nil {
			rows.Close()
			return ctx.Err()
		}
		cols, err := rows.Columns()
		if err != nil {
			rows.Close()
			return err
		}
		var cells []string
		for _, c := range cols[:min(len(cols), maxColumns)] {
			cells = append(cells, cellText(c))
		}
		for len(cells) > 0 && cells[len(cells)-1] == "" {
			cells = cells[:len(cells)-1]
		}
		if len(cells) == 0 {
			// A sheet may claim a cell in row 1048576: a long run of
			// empty rows ends it rather than being walked row by row.
			if empty++; empty >= maxEmptyRows {
				break
			}
			continue
		}
		empty = 0
		table = append(table, sheetRow{r, cells})
	}
	if err := rows.Close(); err != nil {
		return err
	}
	if err := rows.Error(); err != nil {
		return err
	}
	// A vertical merge carries its text into the rows below, in its first
	// column.
	merges, err := f.GetMergeCells(sheet)
	if err != nil {
		return err
	}
	budget := 1 << 22 // cells a merge may fill, in all: overlapping merges must not multiply
	for _, m := range merges {
		c1, r1, err1 := excelize.CellNameToCoordinates(m.GetStartAxis())
		_, r2, err2 := excelize.CellNameToCoordinates(m.GetEndAxis())
		if err1 != nil || err2 != nil || r2 <= r1 || c1 > maxColumns {
			continue
		}
		text := cellText(m.GetCellValue())
		lo, _ := slices.BinarySearchFunc(table, r1+1, func(row sheetRow, r int) int { return row.r - r })
		for k := lo; k < len(table) && table[k].r <= r2 && budget > 0; k++ {
			budget--
			cells := table[k].cells
			for len(cells) < c1 {
				cells = append(cells, "")
			}
			if cells[c1-1] == "" {
				cells[c1-1] = text
			}
			table[k].cells = cells
		}
	}
	// Every row as wide as the sheet, so that a title or category row
	// with one filled cell is still a row of the table.
	width := 0
	for _, row := range table {
		width = max(width, len(row.cells))
	}
	for _, row := range table {
		cells := row.cells
		for len(cells) < width {
			cells = append(cells, "")
		}
		grid.write(cells)
	}
	return nil
}

// leaderSheet: a sheet named after a leader, a person with a leader's title
// (钟鸣远（县长）, 副县长邵可欣); Sheet1 or 重点项目 is not.
func leaderSheet(name string) bool {
	person, title, ok := splitLeader(name)
	return ok && leaderTitle(title) && isTitledName(person)
}

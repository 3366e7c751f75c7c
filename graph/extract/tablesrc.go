package extract

import (
	"strings"
)

// Every table source (.docx, .html, .xlsx, CSV/TSV, Markdown) writes its rows
// through one tableGrid: one line per row, cells joined by TAB. A cell that
// spans several rows repeats its text in each of them, as a reader of the
// printed table sees it; a cell that spans several columns fills the first and
// leaves the others empty, so that a category row (一、… across the table) stays
// a row with one filled cell. Blank cells that mean "same as above" without
// any merge (a CSV exported from Excel) are the parser's business (table.go).

// gridCell is one cell as a source writes it.
type gridCell struct {
	text    string
	colspan int  // columns covered, ≥ 1
	rowspan int  // rows covered, ≥ 1 (HTML rowspan, .xlsx merges)
	above   bool // continues the cell above (.docx vMerge)
}

// Bounds on spans, so that a hostile colspan cannot blow a row up.
const (
	maxColspan = 64
	maxRowspan = 1 << 16
	maxColumns = 256
)

type carriedCell struct {
	text string
	left int // rows still covered
}

type tableGrid struct {
	out   *strings.Builder
	carry []carriedCell // by column: a rowspan reaching into later rows
	above []string      // by column: the text of the previous row
	cells []string      // scratch
}

func newTableGrid(out *strings.Builder) *tableGrid { return &tableGrid{out: out} }

// cellText flattens a cell: runs of white space (line breaks inside a cell
// included) become one space.
func cellText(s string) string { return strings.Join(strings.Fields(s), " ") }

// row lays out one row and writes it; a row without any text is dropped.
func (g *tableGrid) row(cells []gridCell) {
	out := g.cells[:0]
	col := 0
	takeCarried := func() {
		for col < len(g.carry) && g.carry[col].left > 0 {
			out = append(out, g.carry[col].text)
			g.carry[col].left--
			col++
		}
	}
	for _, c := range cells {
		takeCarried()
		if col >= maxColumns {
			break
		}
		text := cellText(c.text)
		if c.above && text == "" && col < len(g.above) {
			text = g.above[col]
		}
		span := min(max(c.colspan, 1), maxColspan, maxColumns-col)
		down := min(max(c.rowspan, 1), maxRowspan) - 1
		for k := 0; k < span; k++ {
			t := ""
			if k == 0 {
				t = text
			}
			out = append(out, t)
			for len(g.carry) <= col {
				g.carry = append(g.carry, carriedCell{})
			}
			g.carry[col] = carriedCell{text: t, left: down}
			col++
		}
	}
	takeCarried()
	for col < len(g.carry) { // columns a rowspan still covers past the row's last cell
		if g.carry[col].left > 0 {
			takeCarried()
			continue
		}
		out = append(out, "")
		col++
	}
	g.cells = out
	g.above = append(g.above[:0], out...)
	g.write(out)
}

// write writes cells as one TAB-joined line, trailing empty cells kept (they
// hold the table's width), an all-empty row dropped.
func (g *tableGrid) write(cells []string) {
	empty := true
	for _, c := range cells {
		empty = empty && c == ""
	}
	if empty {
		return
	}
	writeRow(g.out, cells)
}

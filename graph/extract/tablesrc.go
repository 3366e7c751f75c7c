package extract

import (
	"strings"
	"unicode/utf8"
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

	// A form (一事一表: one small two-column table per task, labels on the
	// left, values on the right) is held back until the table ends and then
	// written turned on its side: the labels as a header row, the values as
	// one data row, so that the table parser reads it like any other table.
	forms   bool        // the source calls end at each table's end
	form    [][2]string // the rows held so far, while the table looks like a form
	notForm bool        // the table has shown it is not a form
}

func newTableGrid(out *strings.Builder) *tableGrid { return &tableGrid{out: out} }

// newFormGrid is a tableGrid for a source that calls end after each table.
func newFormGrid(out *strings.Builder) *tableGrid { return &tableGrid{out: out, forms: true} }

// maxFormRows bounds the rows a form may have; a longer table is not one.
const maxFormRows = 24

// formLabel: the left cell of a form's row is a short header word.
func formLabel(s string) bool {
	role, _ := columnRoleWeight(s)
	return role != "" && utf8.RuneCountInString(s) <= 10
}

// end finishes a table: a form is written turned, anything held otherwise
// as it came. The grid is ready for the next table.
func (g *tableGrid) end() {
	rows := g.form
	g.form, g.notForm, g.carry, g.above = nil, false, g.carry[:0], g.above[:0]
	if len(rows) == 0 {
		return
	}
	roles := map[string]bool{}
	for _, r := range rows {
		role, _ := columnRoleWeight(r[0])
		roles[role] = true
	}
	if len(rows) >= 3 && roles["task"] && (roles["lead"] || roles["units"] || roles["leader"]) {
		header, values := make([]string, len(rows)), make([]string, len(rows))
		for i, r := range rows {
			header[i], values[i] = r[0], r[1]
		}
		writeRow(g.out, header)
		writeRow(g.out, values)
		return
	}
	for _, r := range rows {
		writeRow(g.out, r[:])
	}
}

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
	if g.forms && !g.notForm {
		if len(cells) == 2 && len(g.form) < maxFormRows && formLabel(cells[0]) {
			g.form = append(g.form, [2]string{cells[0], cells[1]})
			return
		}
		g.notForm = true
		for _, r := range g.form {
			writeRow(g.out, r[:])
		}
		g.form = g.form[:0]
	}
	writeRow(g.out, cells)
}

// nestedCellText is the text of a small table inside a cell of a data table
// (a 责任分工 cell holding 牵头单位 | X and 配合单位 | Y, or a header row over
// a row of values): label | value pairs become labelled fields, `牵头单位：X；
// 配合单位：Y`, read by the label lexicon as a cell of labelled fields; any
// other nested table is its cells joined by spaces, rows by `；`.
func nestedCellText(rows [][]string) string {
	isLabel := func(s string) bool {
		s = strings.TrimSpace(strings.TrimRightFunc(s, isColon))
		if utf8.RuneCountInString(s) > 8 || strings.ContainsFunc(s, isListSep) {
			return false
		}
		if _, ok := labelRoles[s]; ok {
			return true
		}
		switch columnRole(s) {
		case "leader", "lead", "units", "deadline":
			return true
		}
		return false
	}
	var fields []string
	pairs := len(rows) > 0
	for _, r := range rows {
		pairs = pairs && len(r) == 2 && isLabel(r[0])
	}
	header := len(rows) >= 2 && len(rows[0]) >= 2
	for k := 0; header && k < len(rows[0]); k++ {
		header = isLabel(rows[0][k])
	}
	label := func(s string) string { return strings.TrimSpace(strings.TrimRightFunc(s, isColon)) }
	switch {
	case pairs:
		for _, r := range rows {
			if v := cellText(r[1]); v != "" {
				fields = append(fields, label(r[0])+"："+v)
			}
		}
	case header:
		for _, r := range rows[1:] {
			for k, v := range r {
				if v = cellText(v); k < len(rows[0]) && v != "" {
					fields = append(fields, label(rows[0][k])+"："+v)
				}
			}
		}
	default:
		for _, r := range rows {
			if v := cellText(strings.Join(r, " ")); v != "" {
				fields = append(fields, v)
			}
		}
	}
	return strings.Join(fields, "；")
}

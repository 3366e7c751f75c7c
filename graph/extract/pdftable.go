package extract

import (
	"bytes"
	"encoding/xml"
	"errors"
	"io"
	"math"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// PDF tables. pdftotext -layout prints a table's wrapped cells as
// interleaved lines, so a row's task, leader and units cannot be told apart.
// The word boxes of pdftotext -bbox can: on a page, lines holding words
// apart by more than half a character are table lines; a run of them is a
// table whose columns are the x ranges their words cover; every fragment of
// a column belongs to the row of the index column (序号) it lines up with,
// chosen by a small dynamic programme over each column (the cells may be
// aligned to the top or to the middle of the row); a fragment that spans
// columns is a category row. Such a page is rewritten as text lines and
// TAB-joined rows; the other pages keep pdftotext -layout's text.

type pdfWord struct {
	x0, y0, x1, y1 float64
	text           string
}

// pdfWordPages parses pdftotext -bbox output: the words of each page.
func pdfWordPages(data []byte) ([][]pdfWord, error) {
	dec := xml.NewDecoder(bytes.NewReader(data))
	dec.Strict = false
	dec.AutoClose = xml.HTMLAutoClose
	dec.Entity = xml.HTMLEntity
	var pages [][]pdfWord
	var cur *pdfWord
	for {
		tok, err := dec.Token()
		if errors.Is(err, io.EOF) {
			return pages, nil
		}
		if err != nil {
			return nil, err
		}
		switch t := tok.(type) {
		case xml.StartElement:
			switch t.Name.Local {
			case "page":
				pages = append(pages, nil)
			case "word":
				w := pdfWord{}
				for _, a := range t.Attr {
					v, _ := strconv.ParseFloat(a.Value, 64)
					switch a.Name.Local {
					case "xMin":
						w.x0 = v
					case "yMin":
						w.y0 = v
					case "xMax":
						w.x1 = v
					case "yMax":
						w.y1 = v
					}
				}
				cur = &w
			}
		case xml.CharData:
			if cur != nil {
				cur.text += string(t)
			}
		case xml.EndElement:
			if t.Name.Local == "word" && cur != nil && len(pages) > 0 {
				if cur.text = strings.TrimSpace(cur.text); cur.text != "" {
					pages[len(pages)-1] = append(pages[len(pages)-1], *cur)
				}
				cur = nil
			}
		}
	}
}

type pdfSeg struct {
	x0, x1, y float64 // y: the centre of the line
	text      string
	col       int  // column index, -1 when it spans columns
	alone     bool // the only segment of its line
}

type pdfLine struct {
	y    float64
	segs []pdfSeg
}

// pdfTablePage rebuilds the tables of one page; ok is false when the page
// holds none (its -layout text is kept). header is the header of the last
// table of the previous page, which a table without a header of its own
// continues; the page's last header is returned for the next page.
func pdfTablePage(words []pdfWord, header []string) (string, []string, bool) {
	page := pdfTablePageCarry(words, pdfTableState{header: header})
	return page.text, page.state.header, page.ok
}

// pdfTableState is what a page passes on to the next: the header of its last
// table and whether that table's cells stand at the top of their rows.
type pdfTableState struct {
	header []string
	top    bool
	cols   [][2]float64 // the column boxes of that table
}

// pdfPage is one page rebuilt: its text, the state for the next page, and
// the cells of a row split by the page break (Word's and Chromium's default):
// the rest of the previous page's last row, printed at the top of this page
// above the next row number, which belongs to that row (pdfJoinCarry).
type pdfPage struct {
	text   string
	state  pdfTableState
	carry  []string
	ok     bool
	header []string
}

func pdfTablePageCarry(words []pdfWord, prev pdfTableState) pdfPage {
	header := prev.header
	em := pdfEm(words)
	if em <= 0 {
		return pdfPage{state: prev}
	}
	lines := pdfLines(words, em)
	left := math.Inf(1)
	for _, w := range words {
		left = math.Min(left, w.x0)
	}
	var out []string
	var carry []string
	found, top := false, prev.top
	lastCols := prev.cols
	for i, textFrom := 0, 0; i < len(lines); {
		end, cols := pdfTableRegion(lines, i, em)
		if cols == nil {
			out = append(out, pdfLineText(lines[i], left, em))
			i++
			continue
		}
		if !found && len(header) > 0 {
			// a page that continues a table without repeating its header:
			// when its columns line up with the table's, they are its
			// columns, those empty on this page included
			if c := pdfContinuedColumns(cols, prev.cols, em); c != nil {
				cols = c
			}
		}
		if !(!found && prev.top && len(header) == len(cols)) {
			// The first row's cells may start above its number (a cell
			// wrapped over more lines than the number's, centred in the
			// row): lines right above a table that starts with a row
			// number, all in its columns right of the index column.
			start := pdfRowsAbove(lines, textFrom, i, end, cols, em)
			out = out[:len(out)-(i-start)]
			i = start
		}
		if !found && len(header) == len(cols) {
			// the lines above the first table of a page that continues
			// one, all of them in its cells right of the index column:
			// the rest of the previous page's last row
			if c := pdfCarryLines(lines[:i], cols, em); c != nil {
				carry, out = c, nil
			}
		}
		var rows, above []string
		rows, header, top, above = pdfTableRows(lines[i:end], cols, em, header, !found && prev.top)
		if above != nil && carry == nil {
			carry = above
		}
		found = true
		out = append(out, rows...)
		i, textFrom, lastCols = end, end, cols
	}
	if !found {
		return pdfPage{state: pdfTableState{header: header, top: prev.top, cols: prev.cols}}
	}
	return pdfPage{text: strings.Join(out, "\n"), state: pdfTableState{header: header, top: top, cols: lastCols}, carry: carry, ok: true}
}

// pdfContinuedColumns returns the columns of the table a page continues
// (prev) when the page's table has fewer columns and each of them lies in a
// column of its own of that table (a column empty on this page leaves no
// box); else nil.
func pdfContinuedColumns(cols, prev [][2]float64, em float64) [][2]float64 {
	if len(cols) >= len(prev) {
		return nil
	}
	k := 0
	for _, c := range cols {
		for k < len(prev) && math.Min(c[1], prev[k][1])-math.Max(c[0], prev[k][0]) < 0.5*(c[1]-c[0]) {
			k++
		}
		if k == len(prev) || c[0] < prev[k][0]-em || c[1] > prev[k][1]+em {
			return nil
		}
		k++
	}
	return prev
}

// pdfRowsAbove returns where the table of lines[i:end] starts when the
// lines right above it (from lines[from:i]) are the first lines of cells of
// its first row, centred in the row and wrapped over more lines than its
// number: the table has no header (the first fragment of its index column
// is a row number); the lines' segments all lie in columns right of the
// index column; and in each such column the cell they start — its lines
// one pitch apart, the pitch the distance between its first two lines — is
// centred on the row's number. The rest of a row split by the page break
// stands a row's padding further above (not one pitch), and a category line
// over the row is not the top of a cell centred on it: neither is taken.
func pdfRowsAbove(lines []pdfLine, from, i, end int, cols [][2]float64, em float64) int {
	byCol := make([][]pdfSeg, len(cols))
	for _, l := range lines[i:end] {
		for _, sg := range l.segs {
			if k := pdfColumn(sg, cols, em); k >= 0 {
				byCol[k] = append(byCol[k], sg)
			}
		}
	}
	if len(byCol[0]) == 0 || !rowNumber(byCol[0][0].text) {
		return i
	}
	anchor := byCol[0][0].y
	n := 0 // the lines above that may belong to the first row
	for n < i-from && n < maxCellLines && lines[i-n].y-lines[i-n-1].y <= 2.5*em {
		fits := true
		for _, sg := range lines[i-n-1].segs {
			fits = fits && pdfColumn(sg, cols, em) >= 1
		}
		if !fits {
			break
		}
		n++
	}
	centred := func(n int) bool {
		above := make([][]pdfSeg, len(cols))
		for _, l := range lines[i-n : i] {
			for _, sg := range l.segs {
				k := pdfColumn(sg, cols, em)
				above[k] = append(above[k], sg)
			}
		}
		for k, c := range above {
			if len(c) == 0 {
				continue
			}
			cell := append(append([]pdfSeg(nil), c...), byCol[k]...)
			if len(cell) < 2 {
				return false
			}
			q, last := cell[1].y-cell[0].y, 1
			for last+1 < len(cell) && math.Abs(cell[last+1].y-cell[last].y-q) <= 0.15*q {
				last++
			}
			if last < len(c)-1 || math.Abs((cell[0].y+cell[last].y)/2-anchor) > q/3 {
				return false
			}
		}
		return true
	}
	for ; n > 0; n-- {
		if centred(n) {
			return i - n
		}
	}
	return i
}

// pdfCarryLines returns the cells of lines standing above a continued table
// when every segment lies in one of its columns right of the first, else nil.
func pdfCarryLines(lines []pdfLine, cols [][2]float64, em float64) []string {
	if len(lines) == 0 {
		return nil
	}
	cells := make([]string, len(cols))
	for _, ln := range lines {
		for _, sg := range ln.segs {
			k := pdfColumn(sg, cols, em)
			if k < 1 {
				return nil
			}
			cells[k] = joinFragments(cells[k], sg.text)
		}
	}
	return cells
}

// pdfJoinCarry joins the cells of a split row's rest to the last row of the
// previous page's text (the last line with as many cells); false when there
// is none.
func pdfJoinCarry(prev string, carry []string) (string, bool) {
	lines := strings.Split(prev, "\n")
	for i := len(lines) - 1; i >= 0; i-- {
		cells := strings.Split(lines[i], "\t")
		if len(cells) != len(carry) {
			continue
		}
		for k := range cells {
			cells[k] = joinFragments(cells[k], carry[k])
		}
		lines[i] = strings.Join(cells, "\t")
		return strings.Join(lines, "\n"), true
	}
	return prev, false
}

// pdfEm estimates the body font size: the median width of a Chinese
// character.
func pdfEm(words []pdfWord) float64 {
	var ws []float64
	for _, w := range words {
		n := utf8.RuneCountInString(w.text)
		han := 0
		for _, r := range w.text {
			if unicode.Is(unicode.Han, r) {
				han++
			}
		}
		if n >= 2 && 2*han >= n {
			ws = append(ws, (w.x1-w.x0)/float64(n))
		}
	}
	if len(ws) == 0 {
		return 0
	}
	sort.Float64s(ws)
	return ws[len(ws)/2]
}

// pdfLines groups words into lines by their vertical centre and words of a
// line into segments: words closer than half a character.
func pdfLines(words []pdfWord, em float64) []pdfLine {
	ws := append([]pdfWord(nil), words...)
	yc := func(w pdfWord) float64 { return (w.y0 + w.y1) / 2 }
	sort.SliceStable(ws, func(a, b int) bool { return yc(ws[a]) < yc(ws[b]) })
	var lines []pdfLine
	var group []pdfWord
	flush := func() {
		if len(group) == 0 {
			return
		}
		sort.Slice(group, func(a, b int) bool { return group[a].x0 < group[b].x0 })
		ln := pdfLine{y: yc(group[0])}
		for _, w := range group {
			if n := len(ln.segs); n > 0 && w.x0-ln.segs[n-1].x1 < em/2 {
				s := &ln.segs[n-1]
				s.text = joinFragments(s.text, w.text)
				s.x1 = math.Max(s.x1, w.x1)
				continue
			}
			ln.segs = append(ln.segs, pdfSeg{x0: w.x0, x1: w.x1, y: ln.y, text: w.text, col: -1})
		}
		lines = append(lines, ln)
		group = group[:0]
	}
	for _, w := range ws {
		if len(group) > 0 && yc(w)-yc(group[0]) > 0.3*em {
			flush()
		}
		group = append(group, w)
	}
	flush()
	return lines
}

// joinFragments joins two pieces of one cell or line: Chinese runs
// directly, Latin words with a space.
func joinFragments(a, b string) string {
	if a == "" {
		return b
	}
	if startsField(b) {
		return a + " " + b // 牵头：X over 配合：Y in one cell: two fields
	}
	r, _ := utf8.DecodeLastRuneInString(a)
	s, _ := utf8.DecodeRuneInString(b)
	if r < 0x80 && s < 0x80 {
		return a + " " + b
	}
	return a + b
}

// startsField reports text that opens with a field label and its colon
// (配合：, 牵头单位：, 责任领导：).
func startsField(s string) bool {
	for i, r := range s {
		if i > 8*3 {
			return false
		}
		if isColon(r) {
			_, ok := labelRoles[s[:i]]
			return ok || contactLabels[s[:i]]
		}
	}
	return false
}

// pdfLineText renders a line outside tables as pdftotext -layout would:
// indented by its distance from the page's left edge in characters,
// segments apart by three spaces at least.
func pdfLineText(ln pdfLine, left, em float64) string {
	var b strings.Builder
	x := left
	for k, s := range ln.segs {
		n := int(math.Round((s.x0 - x) / em))
		if k > 0 {
			n = max(n, 3)
		}
		b.WriteString(strings.Repeat(" ", max(n, 0)))
		b.WriteString(s.text)
		x = s.x0 + float64(utf8.RuneCountInString(s.text))*em
	}
	return b.String()
}

// pdfTableRegion returns the end of the table starting at line i and its
// columns (x ranges), or nil columns when no table starts there: a table
// starts with a line of two segments at least, goes on while such lines
// follow within a few lines, holds two lines of three segments at least,
// and ends before a line as wide as most of the table (a paragraph) or
// after the last such line and the wrapped lines of its cells.
func pdfTableRegion(lines []pdfLine, i int, em float64) (int, [][2]float64) {
	if len(lines[i].segs) < 2 {
		return i, nil
	}
	end, last := i+1, i
	x0, x1 := lines[i].segs[0].x0, lines[i].segs[len(lines[i].segs)-1].x1
	for j := i + 1; j < len(lines) && j-last <= 8; j++ {
		ln := lines[j]
		if len(ln.segs) >= 2 {
			last, end = j, j+1
			x0, x1 = math.Min(x0, ln.segs[0].x0), math.Max(x1, ln.segs[len(ln.segs)-1].x1)
			continue
		}
		if s := ln.segs[0]; s.x1-s.x0 > 0.7*(x1-x0) && !pdfPartTitle(s.text) {
			break
		}
	}
	wide := 0 // lines of three segments or more
	for _, ln := range lines[i:end] {
		if len(ln.segs) >= 3 {
			wide++
		}
	}
	if end-i < 3 || wide < 2 {
		return i, nil
	}
	// Columns: the x ranges the segments of the lines of three segments or
	// more cover (a line of two, such as a signature and its date below the
	// table, would join columns).
	var spans [][2]float64
	for _, ln := range lines[i:end] {
		if len(ln.segs) < 3 {
			continue
		}
		for _, s := range ln.segs {
			spans = append(spans, [2]float64{s.x0, s.x1})
		}
	}
	sort.Slice(spans, func(a, b int) bool { return spans[a][0] < spans[b][0] })
	var cols [][2]float64
	for _, s := range spans {
		if n := len(cols); n > 0 && s[0]-cols[n-1][1] < em/2 {
			cols[n-1][1] = math.Max(cols[n-1][1], s[1])
			continue
		}
		cols = append(cols, s)
	}
	if len(cols) < 3 {
		return i, nil
	}
	cols = pdfIndexColumn(lines[i:end], cols, em)
	// Lines of the region's end that fit no column are no part of it.
	for end > i+1 && len(lines[end-1].segs) < 3 && !pdfFits(lines[end-1], cols, em) {
		end--
	}
	// The last row's cells may wrap below its last line of several
	// segments: lines that keep to one column, a line pitch apart.
	byCol := make([][]pdfSeg, len(cols))
	for _, ln := range lines[i:end] {
		for _, s := range ln.segs {
			if k := pdfColumn(s, cols, em); k >= 0 {
				byCol[k] = append(byCol[k], s)
			}
		}
	}
	pitch := pdfLinePitch(byCol, em)
	for end < len(lines) && lines[end].y-lines[end-1].y <= 1.6*pitch && pdfFits(lines[end], cols, em) {
		end++
	}
	return end, cols
}

// pdfPartTitle reports a part row's text: it opens with 一、 or （一）. A
// part row as wide as the table (a long title across it) does not end the
// table as a paragraph would; it is part of the table when table lines
// follow it.
func pdfPartTitle(s string) bool {
	r := []rune(s)
	m, _ := markerAt(r, 0, len(r))
	return m == markCN || m == markParenCN
}

// pdfIndexColumn adds the index column when no line of three segments
// gave it a box: in a middle-aligned table whose rows all hold cells of two
// lines, each row's number stands alone between them, on a line of its own
// or beside a one-line cell. Segments entirely left of the first column,
// most of them row numbers (the others its header, 序 / 号), are that
// column.
func pdfIndexColumn(lines []pdfLine, cols [][2]float64, em float64) [][2]float64 {
	box := [2]float64{math.Inf(1), math.Inf(-1)}
	n, numbers := 0, 0
	for _, ln := range lines {
		for _, s := range ln.segs {
			if s.x1 >= cols[0][0]-em/2 {
				continue
			}
			n++
			if rowNumber(s.text) {
				numbers++
			}
			box = [2]float64{math.Min(box[0], s.x0), math.Max(box[1], s.x1)}
		}
	}
	if numbers < 2 || 10*numbers < 7*n {
		return cols
	}
	return append([][2]float64{box}, cols...)
}

// pdfFits reports a line whose every segment lies in one column.
func pdfFits(ln pdfLine, cols [][2]float64, em float64) bool {
	for _, s := range ln.segs {
		if pdfColumn(s, cols, em) < 0 {
			return false
		}
	}
	return true
}

// pdfTableRows lays the lines of a table out as rows and returns its header
// cells: its own, or those of the table it continues (prev, when as wide).
//
// On a page that continues a top-aligned table (continuesTop) without a
// header of its own, the fragments standing above the first row number by
// more than half a line belong to the previous page's last row: they are
// returned as carry, not given to the first row. top reports whether the
// cells stand at the top of their rows.
func pdfTableRows(lines []pdfLine, cols [][2]float64, em float64, prev []string, continuesTop bool) (out, headerCells []string, top bool, carry []string) {
	byCol := make([][]pdfSeg, len(cols))
	var spanning []pdfSeg
	for _, ln := range lines {
		for _, s := range ln.segs {
			s.col = pdfColumn(s, cols, em)
			s.alone = len(ln.segs) == 1
			if s.col < 0 {
				spanning = append(spanning, s)
				continue
			}
			byCol[s.col] = append(byCol[s.col], s)
		}
	}
	// A spanning row wrapped over two lines (a long part title): a line
	// one pitch under a spanning line that opens no part of its own
	// continues it.
	if len(spanning) > 1 {
		pitch := pdfLinePitch(byCol, em)
		joined := spanning[:1]
		for _, s := range spanning[1:] {
			if prev := &joined[len(joined)-1]; s.y-prev.y <= 1.2*pitch && !pdfPartTitle(s.text) {
				prev.text = joinFragments(prev.text, s.text)
				continue
			}
			joined = append(joined, s)
		}
		spanning = joined
	}
	type row struct {
		y     float64
		cells []string
	}
	var rows []row
	headerCells = make([]string, len(cols))
	if len(prev) == len(cols) {
		headerCells = prev
	}
	// The header: the lines down to the last fragment of the index column
	// above its first number (a header cell may wrap: 序 / 号), and half the
	// commonest distance between lines below it (a header cell may wrap
	// once more than the index column's: 完成时 / 限, one line pitch under
	// it, whereas the first row stands a row's padding further).
	if first := pdfFirstNumber(byCol[0]); first > 0 {
		lastY := byCol[0][first-1].y + math.Max(pdfPitch(byCol), pdfLinePitch(byCol, em))/2
		hdr := row{y: byCol[0][0].y, cells: make([]string, len(cols))}
		for k, c := range byCol {
			n := 0
			for n < len(c) && c[n].y <= lastY {
				hdr.cells[k] = joinFragments(hdr.cells[k], c[n].text)
				n++
			}
			byCol[k] = c[n:]
		}
		rows = append(rows, hdr)
		headerCells = hdr.cells
	}
	anchors := pdfAnchors(byCol[0])
	if continuesTop && len(prev) == len(cols) && anchors != nil && pdfFirstNumber(byCol[0]) == 0 {
		pitch := pdfLinePitch(byCol, em)
		for k := 1; k < len(cols); k++ {
			n := 0
			for n < len(byCol[k]) && byCol[k][n].y < anchors[0]-pitch/2 {
				if carry == nil {
					carry = make([]string, len(cols))
				}
				carry[k] = joinFragments(carry[k], byCol[k][n].text)
				n++
			}
			byCol[k] = byCol[k][n:]
		}
	}
	if anchors != nil {
		spanning = append(spanning, pdfPartRows(byCol, em)...)
	}
	ys := []float64{}
	for _, c := range byCol {
		for _, s := range c {
			ys = append(ys, s.y)
		}
	}
	if anchors == nil && len(ys) > 0 {
		// No index column: a row ends where no column has a line for
		// more than 1.3 line pitches.
		sort.Float64s(ys)
		pitch := pdfLinePitch(byCol, em)
		starts := []float64{ys[0]}
		for k := 1; k < len(ys); k++ {
			if ys[k]-ys[k-1] > 1.3*pitch {
				starts = append(starts, ys[k])
			}
		}
		for _, y := range starts {
			rows = append(rows, row{y: y, cells: make([]string, len(cols))})
		}
		for k, c := range byCol {
			for _, s := range c {
				r := sort.Search(len(starts), func(n int) bool { return starts[n] > s.y+0.01 }) - 1
				rows[max(r, 0)].cells[k] = joinFragments(rows[max(r, 0)].cells[k], s.text)
			}
		}
	} else if anchors != nil {
		groups := make([][][]pdfSeg, len(cols)) // by column, by row
		best, bestMiddle := math.Inf(1), false
		pitch := pdfLinePitch(byCol, em)
		for _, middle := range []bool{true, false} {
			total := 0.0
			g := make([][][]pdfSeg, len(cols))
			for k := range cols {
				if k == 0 {
					g[k] = make([][]pdfSeg, len(anchors))
					for r, a := range byCol[0] {
						g[k][r] = []pdfSeg{a}
					}
					continue
				}
				var cost float64
				g[k], cost = pdfAssign(byCol[k], anchors, pitch, middle)
				total += cost
			}
			if total < best {
				best, groups, bestMiddle = total, g, middle
			}
		}
		top = !bestMiddle
		if bestMiddle {
			for k := 1; k < len(cols); k++ {
				if role := columnRole(headerCells[k]); role == "leader" || role == "lead" {
					pdfMergedCells(groups, k, anchors, pitch)
				}
			}
		}
		for r, a := range anchors {
			cells := make([]string, len(cols))
			for k := range cols {
				for _, s := range groups[k][r] {
					cells[k] = joinFragments(cells[k], s.text)
				}
			}
			rows = append(rows, row{y: a, cells: cells})
		}
	}
	for _, s := range spanning {
		cells := make([]string, len(cols))
		cells[0] = s.text
		rows = append(rows, row{y: s.y, cells: cells})
	}
	sort.SliceStable(rows, func(a, b int) bool { return rows[a].y < rows[b].y })
	out = make([]string, 0, len(rows))
	for _, r := range rows {
		out = append(out, strings.Join(r.cells, "\t"))
	}
	return out, headerCells, top, carry
}

// pdfPartRows takes out of the columns right of the index column the part
// rows that lie inside one column (a short 一、… or （一） centred over the
// table, or set in the task column) and returns them. A part row has a row
// band of its own: it is the only segment of its line, and no fragment of
// any column stands within 1.1 line pitches above or below it, whereas every
// line of a cell has its number or another line of its row within one
// pitch (the lines of a cell stand one pitch apart, and a one-line cell
// shares its line with the row's number). The pitch is that of a wrapped
// cell: the least distance between consecutive lines of a column, at least
// 0.8 of a character (a table without a wrapped cell has none smaller than
// its rows', and no part row is taken out of it).
func pdfPartRows(byCol [][]pdfSeg, em float64) []pdfSeg {
	pitch := math.Inf(1)
	for _, c := range byCol {
		for k := 1; k < len(c); k++ {
			if d := c[k].y - c[k-1].y; d >= 0.8*em {
				pitch = math.Min(pitch, d)
			}
		}
	}
	if math.IsInf(pitch, 1) {
		return nil
	}
	var parts []pdfSeg
	apart := func(s pdfSeg) bool {
		for _, c := range byCol {
			for _, f := range c {
				if f != s && math.Abs(f.y-s.y) < 1.1*pitch {
					return false
				}
			}
		}
		return true
	}
	for k := 1; k < len(byCol); k++ {
		var kept []pdfSeg
		for _, s := range byCol[k] {
			if s.alone && pdfPartTitle(s.text) && apart(s) {
				parts = append(parts, s)
				continue
			}
			kept = append(kept, s)
		}
		if len(kept) < len(byCol[k]) {
			byCol[k] = kept
		}
	}
	return parts
}

// pdfMergedCells spreads the cells of column k over the rows a merged cell
// covers. A cell merged over several rows and printed in the middle of them
// (a web page's rowspan) lands in one row, the rows around it blank: the
// merged cells of a column tile its rows, each centred on its text, so from
// the top of the first row each cell reaches as far below its centre as its
// top lies above it. Only leader and lead columns are spread, the columns
// whose blank cells mean "same as above" in every table source. A row
// numbered 一, 二 … among rows numbered 1, 2 … is a part row (its title
// across the other columns): no merged cell covers it, so the rows between
// two part rows are tiled on their own.
func pdfMergedCells(groups [][][]pdfSeg, k int, anchors []float64, pitch float64) {
	n := len(groups[k])
	part := make([]bool, n)
	arabic, parts := false, false
	for r := 0; r < n; r++ {
		if len(groups[0][r]) == 0 {
			continue
		}
		t := groups[0][r][0].text
		if strings.ContainsFunc(t, isDigit) {
			arabic = true
		} else if strings.ContainsFunc(t, isCNNumeral) {
			part[r], parts = true, true
		}
	}
	if arabic && parts {
		for a := 0; a < n; {
			if part[a] {
				a++
				continue
			}
			b := a
			for b < n && !part[b] {
				b++
			}
			sub := make([][][]pdfSeg, len(groups))
			for c := range groups {
				sub[c] = groups[c][a:b]
			}
			pdfMergedRange(sub, k, anchors[a:b], pitch)
			a = b
		}
		return
	}
	pdfMergedRange(groups, k, anchors, pitch)
}

// pdfMergedRange tiles the merged cells of column k over the rows of groups.
func pdfMergedRange(groups [][][]pdfSeg, k int, anchors []float64, pitch float64) {
	n := len(groups[k])
	top, bottom := make([]float64, n), make([]float64, n)
	filled := 0
	for r := 0; r < n; r++ {
		top[r], bottom[r] = math.Inf(1), math.Inf(-1)
		for c := range groups {
			for _, s := range groups[c][r] {
				top[r], bottom[r] = math.Min(top[r], s.y), math.Max(bottom[r], s.y)
			}
		}
		if len(groups[k][r]) > 0 {
			filled++
		}
	}
	if filled == 0 || filled == n {
		return
	}
	// The lines of one wrapped cell may have gone to neighbouring rows:
	// fragments of filled rows less than 1.15 line pitches apart are one
	// cell (the lines of different rows stand a row's padding further), and
	// so are fragments up to 1.6 pitches apart that both stand off the
	// middle of their rows.
	for f := 0; f < n; f++ {
		if len(groups[k][f]) == 0 {
			continue
		}
		for g := f + 1; g < n; g++ {
			cell := groups[k][f]
			if len(groups[k][g]) == 0 {
				continue
			}
			d := groups[k][g][0].y - cell[len(cell)-1].y
			off := func(r int) bool { // not where a cell of row r alone would stand
				c := groups[k][r]
				return math.Abs((c[0].y+c[len(c)-1].y)/2-anchors[r]) > pitch/3
			}
			if d >= 1.15*pitch && (d >= 1.6*pitch || !off(f) || !off(g)) {
				break
			}
			groups[k][f] = append(append([]pdfSeg(nil), cell...), groups[k][g]...)
			groups[k][g] = nil
		}
	}
	below := func(r int) float64 { // the boundary under row r
		if r+1 == n {
			return bottom[r] + pitch/2
		}
		return (bottom[r] + top[r+1]) / 2
	}
	start, from := 0, top[0]-pitch/2
	for f := 0; f < n; f++ {
		cell := groups[k][f]
		if len(cell) == 0 {
			continue
		}
		next := f + 1
		for next < n && len(groups[k][next]) == 0 {
			next++
		}
		c := (cell[0].y + cell[len(cell)-1].y) / 2
		reach := 2*c - from
		end := f
		for e := f; e < next; e++ {
			if math.Abs(below(e)-reach) < math.Abs(below(end)-reach) {
				end = e
			}
		}
		for r := start; r <= end; r++ {
			groups[k][r] = cell
		}
		start, from = end+1, below(end)
	}
}

// pdfColumn returns the column a segment lies in, or -1 when it reaches
// into a second column by more than a character or covers a second column
// whole (it spans the row: a part row 一、… over an index column of
// one-digit numbers, narrower than a character, covers that column and runs
// on into the next; the text of a cell stays inside its cell, and so never
// crosses a gap between columns).
func pdfColumn(s pdfSeg, cols [][2]float64, em float64) int {
	best, second := -1, 0.0
	bestOverlap := 0.0
	for k, c := range cols {
		o := math.Min(s.x1, c[1]) - math.Max(s.x0, c[0])
		if o <= 0 {
			continue
		}
		if o > bestOverlap {
			best, second, bestOverlap = k, bestOverlap, o
		} else if o > second {
			second = o
		}
	}
	for k, c := range cols {
		if k != best && best >= 0 && s.x0 <= c[0] && s.x1 >= c[1] && s.x1 > c[0] {
			return -1 // covers a second column whole
		}
	}
	if best < 0 {
		// in a gap between columns: the nearest column
		d := math.Inf(1)
		for k, c := range cols {
			if dk := math.Min(math.Abs(s.x0-c[1]), math.Abs(s.x1-c[0])); dk < d {
				best, d = k, dk
			}
		}
	}
	if second > em {
		return -1
	}
	return best
}

// pdfFirstNumber returns the index of the first fragment of the first
// column that is a row number, or -1.
func pdfFirstNumber(first []pdfSeg) int {
	for k, s := range first {
		if rowNumber(s.text) {
			return k
		}
	}
	return -1
}

func rowNumber(s string) bool {
	return s != "" && utf8.RuneCountInString(s) <= 5 && strings.TrimRightFunc(s, func(r rune) bool { return isDigit(r) || isCNNumeral(r) || r == '、' || r == '.' || r == '．' }) == ""
}

// pdfAnchors returns the line centres of the index column's fragments when
// the first column (below the header) is one, most of its fragments row
// numbers, else nil.
func pdfAnchors(first []pdfSeg) []float64 {
	if len(first) < 2 {
		return nil
	}
	numbers := 0
	for _, s := range first {
		if utf8.RuneCountInString(s.text) > 5 {
			return nil
		}
		if rowNumber(s.text) {
			numbers++
		}
	}
	if 10*numbers < 7*len(first) {
		return nil
	}
	ys := make([]float64, len(first))
	for k, s := range first {
		ys[k] = s.y
	}
	return ys
}

// pdfPitch: the commonest distance between consecutive lines of a column.
func pdfPitch(byCol [][]pdfSeg) float64 {
	var ds []float64
	for _, c := range byCol {
		for k := 1; k < len(c); k++ {
			if d := c[k].y - c[k-1].y; d > 0 {
				ds = append(ds, d)
			}
		}
	}
	if len(ds) == 0 {
		return 1
	}
	sort.Float64s(ds)
	return ds[len(ds)/4]
}

// pdfLinePitch: the line pitch inside a wrapped cell of a table. The lines
// of one cell stand one pitch apart; lines of different rows stand a row's
// padding and border further, and in a table of mostly one-line rows those
// distances are the commoner. So the pitch is the commonest distance near
// the least: the median of the distances between consecutive lines of a
// column, at least 0.8 of a character, that lie within a fifth of the least
// of them (a table without a wrapped cell has none less than its rows',
// and its pitch is the distance between rows).
func pdfLinePitch(byCol [][]pdfSeg, em float64) float64 {
	var ds []float64
	for _, c := range byCol {
		for k := 1; k < len(c); k++ {
			if d := c[k].y - c[k-1].y; d >= 0.8*em {
				ds = append(ds, d)
			}
		}
	}
	if len(ds) == 0 {
		return pdfPitch(byCol)
	}
	sort.Float64s(ds)
	n := 1
	for n < len(ds) && ds[n] <= 1.2*ds[0] {
		n++
	}
	return ds[(n-1)/2]
}

// maxCellLines bounds the lines of one cell, and so the work of pdfAssign.
const maxCellLines = 40

// pdfAssign splits a column's fragments (top to bottom) into one contiguous,
// possibly empty group per row, so that each group's lines stand where a
// cell aligned to the middle (or the top) of its row at the anchor would put
// them, one line pitch apart.
func pdfAssign(segs []pdfSeg, anchors []float64, pitch float64, middle bool) ([][]pdfSeg, float64) {
	n, m := len(segs), len(anchors)
	groups := make([][]pdfSeg, m)
	if n == 0 {
		return groups, 0
	}
	// A fragment of row r lies between the anchors of the rows around it,
	// and in a top-aligned table not above its own.
	lo := func(r int) float64 {
		if !middle {
			return anchors[r] - pitch/4
		}
		if r == 0 {
			return math.Inf(-1)
		}
		return anchors[r-1] + pitch/4
	}
	hi := func(r int) float64 {
		if r+1 == m {
			return math.Inf(1)
		}
		return anchors[r+1] - pitch/4
	}
	cost := func(a, b, r int) float64 { // segs[a:b] in row r
		if a < b && (segs[a].y < lo(r) || segs[b-1].y > hi(r)) {
			return math.Inf(1)
		}
		c := 0.0
		for k := a; k < b; k++ {
			want := anchors[r] + float64(k-a)*pitch
			if middle {
				want = anchors[r] + (float64(k-a)-float64(b-a-1)/2)*pitch
			}
			d := segs[k].y - want
			c += d * d
		}
		return c
	}
	// best[r][i]: the least cost of putting segs[:i] in rows[:r].
	inf := math.Inf(1)
	best := make([][]float64, m+1)
	from := make([][]int, m+1)
	for r := range best {
		best[r] = make([]float64, n+1)
		from[r] = make([]int, n+1)
		for i := range best[r] {
			best[r][i] = inf
		}
	}
	best[0][0] = 0
	for r := 1; r <= m; r++ {
		for i := 0; i <= n; i++ {
			for a := max(0, i-maxCellLines); a <= i; a++ {
				if best[r-1][a] == inf {
					continue
				}
				if c := best[r-1][a] + cost(a, i, r-1); c < best[r][i] && !math.IsInf(c, 1) {
					best[r][i], from[r][i] = c, a
				}
			}
		}
	}
	if math.IsInf(best[m][n], 1) {
		// no assignment keeps every fragment between its neighbours'
		// anchors: each fragment goes to the nearest anchor
		cost := 0.0
		for _, s := range segs {
			r := sort.SearchFloat64s(anchors, s.y)
			if r == m || r > 0 && s.y-anchors[r-1] < anchors[r]-s.y {
				r--
			}
			groups[r] = append(groups[r], s)
			cost += 1e6
		}
		return groups, cost
	}
	for r, i := m, n; r > 0; r-- {
		a := from[r][i]
		groups[r-1] = segs[a:i]
		i = a
	}
	return groups, best[m][n]
}

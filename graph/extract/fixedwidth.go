package extract

import (
	"sort"
	"strings"

	"github.com/mattn/go-runewidth"
)

// Plain-text tables in fixed-width columns: a ledger typed or exported as
// text, its columns padded with spaces (U+3000 or ASCII). A gap is a run of
// spaces inside a line at least two display columns wide (one U+3000, two
// ASCII spaces); a table is a run of at least three lines of three or more
// cells whose cell starts line up, dash rules allowed between them. Its
// lines are rewritten with the cells joined by TAB, as a TSV is read, so the
// same column mapping applies; the line count is kept.

// fixedWidthMinRows is how many lines of three or more cells make a table.
const fixedWidthMinRows = 3

// fixedWidthSlack is how far (display columns) the starts of one column may
// wander between lines: padding counted with CJK or ASCII widths.
const fixedWidthSlack = 8

// fixedCell is one cell of a line: its byte range and display column.
type fixedCell struct{ s, e, col int }

// fixedWidthTables rewrites the fixed-width tables of a plain text.
func fixedWidthTables(text string) string {
	if !strings.Contains(text, "\u3000") && !strings.Contains(text, "  ") {
		return text
	}
	lines := strings.Split(text, "\n")
	cells := make([][]fixedCell, len(lines))
	changed := false
	for i := 0; i < len(lines); {
		if cells[i] = gappedCells(lines[i]); len(cells[i]) < 2 {
			i++
			continue
		}
		j, rows := i, 0 // the block: lines of cells and dash rules
		for ; j < len(lines); j++ {
			if j > i {
				cells[j] = gappedCells(lines[j])
			}
			if len(cells[j]) >= 3 {
				rows++
			} else if len(cells[j]) < 2 && !ruleLine(lines[j]) {
				break
			}
		}
		if rows >= fixedWidthMinRows && rewriteFixedBlock(lines[i:j], cells[i:j]) {
			changed = true
		}
		i = j + 1
	}
	if !changed {
		return text
	}
	return strings.Join(lines, "\n")
}

// gappedCells splits a line at its gaps; a line without one gives nil.
func gappedCells(ln string) []fixedCell {
	if !strings.Contains(ln, "\u3000") && !strings.Contains(ln, "  ") {
		return nil
	}
	var out []fixedCell
	col, start, startCol, space, spaceW := 0, -1, 0, 0, 0
	for k, r := range ln {
		if r == ' ' || r == '\u3000' || r == '\t' {
			if start >= 0 && spaceW == 0 {
				space = k
			}
			spaceW += max(runewidth.RuneWidth(r), 1)
		} else if r != '\r' {
			if start < 0 || spaceW >= 2 {
				if start >= 0 {
					out = append(out, fixedCell{start, space, startCol})
				}
				start, startCol = k, col
			}
			spaceW = 0
		}
		col += max(runewidth.RuneWidth(r), 1)
		if r == '\t' {
			col += 7
		}
	}
	if start < 0 {
		return nil
	}
	end := len(strings.TrimRight(ln, " \u3000\t\r"))
	out = append(out, fixedCell{start, end, startCol})
	if len(out) < 2 {
		return nil
	}
	return out
}

// ruleLine is a line of dashes or equals signs drawn under a header.
func ruleLine(ln string) bool {
	t := strings.TrimSpace(ln)
	if len(t) < 3 {
		return false
	}
	for _, r := range t {
		switch r {
		case '-', '－', '—', '─', '━', '=', '＝', '_', '＿', ' ', '\u3000', '+', '|':
		default:
			return false
		}
	}
	return true
}

// rewriteFixedBlock finds the columns of a block (the cell count most lines
// have, at the median start of each), checks that they line up and writes
// every line of cells as TAB-joined columns, a cell going to the column
// whose start is nearest. It reports whether it did.
func rewriteFixedBlock(lines []string, cells [][]fixedCell) bool {
	counts := map[int]int{}
	for _, c := range cells {
		if len(c) >= 3 {
			counts[len(c)]++
		}
	}
	n, best := 0, 0
	for k, v := range counts {
		if v > best || v == best && k > n {
			n, best = k, v
		}
	}
	if best < fixedWidthMinRows {
		return false
	}
	starts := make([]int, n)
	for k := range n {
		var cs []int
		for _, c := range cells {
			if len(c) == n {
				cs = append(cs, c[k].col)
			}
		}
		sort.Ints(cs)
		if cs[len(cs)-1]-cs[0] > fixedWidthSlack {
			return false
		}
		starts[k] = cs[len(cs)/2]
	}
	for i, c := range cells {
		if len(c) < 2 {
			continue
		}
		ln := lines[i]
		out := make([]string, n)
		from := make([]int, n) // first cell of a column, to keep the text between cells it joins
		for k := range from {
			from[k] = -1
		}
		for ci, cell := range c {
			k := nearestColumn(starts, cell.col)
			if from[k] < 0 {
				from[k] = ci
			}
			out[k] = ln[c[from[k]].s:cell.e]
		}
		lines[i] = strings.Join(out, "\t")
	}
	return true
}

// nearestColumn is the column whose start is nearest to col.
func nearestColumn(starts []int, col int) int {
	k := 0
	for j, s := range starts {
		if abs(s-col) < abs(starts[k]-col) {
			k = j
		}
	}
	return k
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

package extract

import (
	"math"
	"sort"
	"strings"
	"unicode/utf8"
)

// PDF pages set in two text columns. pdftotext -layout prints a page line by
// line across the page, so the lines of the left and the right column
// interleave and every paragraph is cut at the column's edge. The word boxes
// show the columns: a vertical gutter of whitespace that runs down most of
// the page's text, with paragraph text on both sides (columns of about equal
// width, lines that run to the column's edge and wrap to its margin). A full-
// width title, notice or closing paragraph above or below the columns is
// common. Such a page is rewritten as its full-width lines, then the left
// column's lines, then the right column's, each column's wrapped lines joined.
// A table is no text column: its rows line up across the gutter (a row's
// cells start together after the space between rows), and its columns are
// rarely of equal width; so is a form of labels and values.

// pdfBand is a run of lines [start, end) split by a gutter at x.
type pdfBand struct {
	start, end int
	x          float64
}

// pdfColumnsPage rewrites a page set in two text columns; ok is false when
// the page has none.
func pdfColumnsPage(words []pdfWord) (string, bool) {
	em := pdfEm(words)
	if em <= 0 || len(words) == 0 {
		return "", false
	}
	lines := pdfLines(words, em)
	left, right := math.Inf(1), math.Inf(-1)
	top, bottom := math.Inf(1), math.Inf(-1)
	for _, w := range words {
		left, right = math.Min(left, w.x0), math.Max(right, w.x1)
		top, bottom = math.Min(top, w.y0), math.Max(bottom, w.y1)
	}
	var out []string
	found := false
	for i := 0; i < len(lines); {
		b, ok := pdfColumnBand(lines, i, left, right, bottom-top, em)
		if !ok {
			for ; i < len(lines); i++ {
				out = append(out, pdfLineText(lines[i], left, em))
			}
			break
		}
		for ; i < b.start; i++ {
			out = append(out, pdfLineText(lines[i], left, em))
		}
		out = append(out, pdfColumnText(lines[b.start:b.end], b.x, em)...)
		found, i = true, b.end
	}
	if !found {
		return "", false
	}
	return strings.Join(out, "\n"), true
}

// pdfColumnBand finds the longest run of lines from line i on that a
// vertical gutter splits into two text columns.
func pdfColumnBand(lines []pdfLine, from int, left, right, height, em float64) (pdfBand, bool) {
	w := right - left
	if w < 10*em {
		return pdfBand{}, false
	}
	free := func(ln pdfLine, x float64) bool {
		for _, s := range ln.segs {
			if s.x0-0.6*em < x && x < s.x1+0.6*em {
				return false
			}
		}
		return true
	}
	var best pdfBand
	for x := left + 0.3*w; x <= left+0.7*w; x += em / 4 {
		for i := from; i < len(lines); {
			if !free(lines[i], x) {
				i++
				continue
			}
			j := i
			for j < len(lines) && free(lines[j], x) {
				j++
			}
			if j-i > best.end-best.start {
				best = pdfBand{start: i, end: j, x: x}
			}
			i = j
		}
	}
	for best.end-best.start >= 6 {
		band := lines[best.start:best.end]
		// the gutter runs down most of the page, or holds most of its lines
		// (the short columns of a last page)
		if (band[len(band)-1].y-band[0].y >= 0.4*height || 2*len(band) >= len(lines)) && pdfTextColumns(band, best.x, em) {
			return best, true
		}
		// the longest run is no pair of text columns: look below it
		if b, ok := pdfColumnBand(lines, best.end, left, right, height, em); ok {
			return b, true
		}
		break
	}
	return pdfBand{}, false
}

// pdfSide is one column of a band: its lines' segments, by line.
type pdfSide struct {
	lines      []pdfLine
	x0, x1     float64 // the column's margin and its right edge
	full, wrap int     // lines reaching the edge; such lines wrapped to the margin
}

// pdfSplitBand splits the lines of a band at the gutter x.
func pdfSplitBand(band []pdfLine, x float64) [2]pdfSide {
	var sides [2]pdfSide
	for k := range sides {
		sides[k].x0, sides[k].x1 = math.Inf(1), math.Inf(-1)
	}
	for _, ln := range band {
		var parts [2]pdfLine
		for _, s := range ln.segs {
			k := 0
			if (s.x0+s.x1)/2 > x {
				k = 1
			}
			parts[k].segs = append(parts[k].segs, s)
		}
		for k := range parts {
			if len(parts[k].segs) == 0 {
				continue
			}
			parts[k].y = ln.y
			sides[k].lines = append(sides[k].lines, parts[k])
			sides[k].x0 = math.Min(sides[k].x0, parts[k].segs[0].x0)
		}
	}
	// The right edge: where the third longest line ends (a short last line
	// of a full-width paragraph may stand above the columns, and text that
	// is not justified ends a character short or long).
	for k := range sides {
		var ends []float64
		for _, ln := range sides[k].lines {
			ends = append(ends, ln.segs[len(ln.segs)-1].x1)
		}
		sort.Sort(sort.Reverse(sort.Float64Slice(ends)))
		if len(ends) > 0 {
			sides[k].x1 = ends[min(2, len(ends)-1)]
		}
	}
	return sides
}

// pdfTextColumns reports a band whose two sides read as columns of text,
// not as the columns of a table or a form.
func pdfTextColumns(band []pdfLine, x, em float64) bool {
	sides := pdfSplitBand(band, x)
	for k := range sides {
		sd := &sides[k]
		if len(sd.lines) < 4 {
			return false
		}
		pitch := pdfSidePitch(sd.lines)
		split := 0 // lines of several segments: the cells of a table
		for j, ln := range sd.lines {
			if len(ln.segs) > 1 {
				split++
			}
			if ln.segs[len(ln.segs)-1].x1 < sd.x1-1.5*em {
				continue
			}
			sd.full++
			if j+1 < len(sd.lines) {
				next := sd.lines[j+1]
				if next.segs[0].x0 <= sd.x0+0.5*em && next.y-ln.y <= 1.6*pitch {
					sd.wrap++
				}
			}
		}
		if sd.full < 3 || sd.wrap < 2 || 10*split > len(sd.lines) {
			return false
		}
	}
	wl, wr := sides[0].x1-sides[0].x0, sides[1].x1-sides[1].x0
	if wl < 0.6*wr || wr < 0.6*wl {
		return false // a narrow column of labels or numbers beside text
	}
	// A table's rows start together on both sides, after the space between
	// rows; text columns break their paragraphs independently.
	starts := func(sd pdfSide) []float64 {
		pitch := pdfSidePitch(sd.lines)
		var ys []float64
		for j := 1; j < len(sd.lines); j++ {
			if sd.lines[j].y-sd.lines[j-1].y > 1.35*pitch {
				ys = append(ys, sd.lines[j].y)
			}
		}
		return ys
	}
	sl, sr := starts(sides[0]), starts(sides[1])
	matched := 0
	for _, y := range sl {
		for _, z := range sr {
			if math.Abs(y-z) < 0.4*em {
				matched++
				break
			}
		}
	}
	if n := min(len(sl), len(sr)); matched >= 3 && 10*matched >= 6*n {
		return false
	}
	return true
}

// pdfSidePitch: the commonest distance between consecutive lines.
func pdfSidePitch(lines []pdfLine) float64 {
	segs := make([]pdfSeg, len(lines))
	for j, ln := range lines {
		segs[j] = pdfSeg{y: ln.y}
	}
	return pdfPitch([][]pdfSeg{segs})
}

// pdfColumnText renders a band column by column, left then right, each line
// indented from its column's margin; a line that runs to its column's edge
// is joined by the next when that starts at the margin (or, in an indented
// block, where the line itself starts) with no number or label of its own:
// the column's width broke a paragraph. This holds from the foot of the left
// column to the head of the right one too. Every line but a last one that
// runs to the edge is marked pdfKeepLine: joinLayoutLines, which judges a
// line full by the page's width, leaves it as it stands.
func pdfColumnText(band []pdfLine, x, em float64) []string {
	sides := pdfSplitBand(band, x)
	var out []string
	prevFull, prevStart := false, 0.0
	for _, sd := range sides {
		pitch := pdfSidePitch(sd.lines)
		for j, ln := range sd.lines {
			t := pdfLineText(ln, sd.x0, em)
			body := strings.TrimSpace(t)
			x0 := ln.segs[0].x0
			hang := x0 <= sd.x0+0.5*em || j > 0 && math.Abs(x0-prevStart) <= 0.5*em
			near := j == 0 || ln.y-sd.lines[j-1].y <= 1.6*pitch
			if n := len(out); n > 0 && prevFull && hang && near && len(ln.segs) == 1 && !startsBlock(body) && !startsField(body) {
				out[n-1] = joinFragments(out[n-1], body)
			} else {
				out = append(out, t)
			}
			prevFull = len(ln.segs) == 1 && ln.segs[0].x1 >= sd.x1-1.5*em
			prevStart = x0
		}
	}
	for k := range out {
		if k == len(out)-1 && prevFull {
			out[k] = pdfFullLine + out[k]
		} else {
			out[k] = pdfKeepLine + out[k]
		}
	}
	return out
}

// Marks on the lines of a page read by columns, for joinLayoutLines, which
// judges other lines full by the width of the page's text: pdfKeepLine, no
// line below continues this one; pdfFullLine, it runs to its column's edge,
// so the next line (the head of the next column or page) continues it when it
// starts at the margin with no number or label.
const (
	pdfKeepLine = "\x1f"
	pdfFullLine = "\x1e"
)

// pdfMayHaveColumns: a page of pdftotext -layout text that may be set in two
// columns: a third of its lines, six at least, hold a space between two
// words (-layout puts one at least between the columns; Chinese running text
// has none).
func pdfMayHaveColumns(page string) bool {
	n, gaps := 0, 0
	for _, l := range strings.Split(page, "\n") {
		t := strings.TrimSpace(l)
		if t == "" {
			continue
		}
		n++
		if strings.Contains(t, " ") && utf8.RuneCountInString(t) >= 12 {
			gaps++
		}
	}
	return gaps >= 6 && 3*gaps >= n
}
